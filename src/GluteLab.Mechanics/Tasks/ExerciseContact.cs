using GluteLab.Mechanics.Dynamics;

namespace GluteLab.Mechanics.Tasks;

/// <summary>How the centre of pressure of a contact is placed.</summary>
public enum CopMode
{
    /// <summary>At the contact point.</summary>
    Fixed,
    /// <summary>Shifted horizontally (together with the other free contacts) to satisfy whole-body moment balance.</summary>
    Free,
    /// <summary>Free while the lumbar–pelvic strategy substitutes (s &gt; 0 at that instant), fixed otherwise.</summary>
    FreeWhenSubstituting,
    /// <summary>Fixed while the lumbar–pelvic strategy substitutes, free otherwise.</summary>
    FreeUnlessSubstituting,
}

/// <summary>
/// A body point that bears load (KINEMATICS.md §4). The vertical force is set, in order, by <see cref="Carries"/>
/// (the weight and inertia of the named bodies), by <see cref="Share"/> (a fraction of the vertical load left after
/// carried bodies), or by static equilibrium over the remaining contacts (lever rule for two, exact for three,
/// least-squares for more). Horizontal force is shared in proportion to the vertical forces.
/// </summary>
/// <param name="Point">Where the force acts.</param>
/// <param name="Share">Fraction of the vertical load, or null.</param>
/// <param name="Carries">RigidBodies whose weight (and inertial force) this contact carries directly, or empty.</param>
/// <param name="Cop">How the centre of pressure is placed.</param>
/// <param name="ActiveFrom">Start of contact as a fraction of the task's duration (0–1).</param>
/// <param name="ActiveTo">End of contact as a fraction of the duration; above 1 wraps in periodic tasks.</param>
/// <param name="RampInFraction">Load is ramped in (cosine) over this fraction of the duration after the window opens (smooth transition of double support, after Ren et al. 2008, J Biomech 41:2750).</param>
/// <param name="RampOutFraction">Load is ramped out over this fraction before the window closes.</param>
/// <param name="CopAheadStartMeters">Centre of pressure ahead of the ankle along the sole at contact start, m at 1.741 m stature (foot contacts).</param>
/// <param name="CopAheadEndMeters">The same at contact end (progression from heel to toe in walking).</param>
/// <param name="LateralTowardHip">
/// If true, the medio-lateral (world Z) component of this foot's force is chosen so that, in the frontal plane, the
/// force points at the same side's hip joint centre. With the feet wider than the hips, a frictionless vertical force
/// would pass far lateral to the hip; the split of medio-lateral friction between two feet is statically
/// indeterminate, and this rule (no frontal-plane hip moment from the ground reaction itself) is the assumption used.
/// </param>
/// <param name="TowardCenterOfMass">
/// If true, the horizontal components of this contact's force are chosen so that the force points at the whole-body
/// centre of mass (a leg acting as a strut, as in inverted-pendulum models of gait); with two feet on the ground this
/// gives the leading foot a braking and the trailing foot a propulsive force. The difference from the required total
/// horizontal force is shared in proportion to the vertical forces.
/// </param>
/// <param name="AimAboveCenterOfMassMeters">
/// With <paramref name="TowardCenterOfMass"/>: aim at a point this far above the centre of mass (a "virtual pivot
/// point", Maus et al. 2010, Nat Commun 1:70), m at 1.741 m stature, scaled.
/// </param>
/// <param name="VerticalProfileBodyWeights">
/// If given, the vertical force of this contact is prescribed over its window (values in body weights at evenly spaced
/// fractions of the window, linear in between), as a measured ground reaction would be; joint moments then follow from
/// the distal side, and the whole-body balance is not enforced (a residual at the pelvis, as in laboratory inverse
/// dynamics).
/// </param>
/// <param name="CopRange">For a free centre of pressure: how far it may move along its body's axis; null = anywhere.</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record ExerciseContact(
    BodyPointSpec Point,
    double? Share,
    IReadOnlyList<RigidBody> Carries,
    CopMode Cop,
    double ActiveFrom,
    double ActiveTo,
    double RampInFraction,
    double RampOutFraction,
    double CopAheadStartMeters,
    double CopAheadEndMeters,
    bool LateralTowardHip = false,
    bool TowardCenterOfMass = false,
    double AimAboveCenterOfMassMeters = 0,
    IReadOnlyList<double>? VerticalProfileBodyWeights = null,
    CopRange? CopRange = null)
{
    /// <summary>The contact for the mirror-image task (left ↔ right).</summary>
    public ExerciseContact Mirrored() => this with { Point = Point.Mirrored(), Carries = Carries.Select(b => b.Mirror()).ToArray() };
}

/// <summary>Kinds of external load.</summary>
/// <summary>
/// How far a free centre of pressure may move along its body's long axis, as fractions of the body's length (from
/// <see cref="From"/> to <see cref="To"/>, measured from the contact point; e.g. the pelvis on a table reaches from the
/// hip joints to the navel). Moment the contact cannot hold within that range passes to the task's contacts with
/// <see cref="CopMode.FreeWhenSubstituting"/> (docs/inverse-dynamics.md, "Contacts").
/// </summary>
/// <param name="From">Lower end, fraction of the body's axis length (≤ 0).</param>
/// <param name="To">Upper end, fraction of the body's axis length (≥ 0).</param>
public sealed record CopRange(double From, double To);

public enum ExternalLoadKind
{
    /// <summary>A weight (barbell, dumbbell) hanging at a body point: a vertical force of a fraction of body weight.</summary>
    Weight,
    /// <summary>An elastic band between two body points pulling them together with a constant force, N.</summary>
    Band,
}

/// <summary>An external load on the body.</summary>
/// <param name="Kind">Weight or band.</param>
/// <param name="Points">One point for a weight, two for a band.</param>
/// <param name="BodyWeightFraction">Weight ÷ body weight (weights only).</param>
/// <param name="ForceNewtons">Band tension, N (bands only).</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record ExternalLoad(ExternalLoadKind Kind, IReadOnlyList<BodyPointSpec> Points, double BodyWeightFraction, double ForceNewtons)
{
    /// <summary>The load for the mirror-image task.</summary>
    public ExternalLoad Mirrored() => this with { Points = Points.Select(p => p.Mirrored()).ToArray() };
}
