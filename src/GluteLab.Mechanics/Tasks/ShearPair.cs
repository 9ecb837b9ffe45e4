namespace GluteLab.Mechanics.Tasks;

/// <summary>
/// A friction force pair that the person may set up between two groups of contacts, e.g. driving the feet toward the
/// head while the shoulders hold on the floor in a bridge (KINEMATICS.md §4: "friction at the feet sets much of the knee
/// moment"), or pushing the feet apart in a wide stance. The pair acts along a horizontal world axis
/// (<see cref="Axis"/>): +F on the <see cref="Push"/> contacts, −F on the <see cref="Resist"/> contacts, so it changes
/// the joint moments but not the body's equilibrium. Its size is a
/// choice of the recruitment, bounded by Coulomb friction: |F| ≤ μ·min(N_push, N_resist).
/// </summary>
/// <param name="Push">Indices into <see cref="Exercise.Contacts"/> that receive +F (shared by their vertical force).</param>
/// <param name="Resist">Indices into <see cref="Exercise.Contacts"/> that receive −F (shared by their vertical force).</param>
/// <param name="FrictionCoefficient">Static friction coefficient μ, in (0, 1.5].</param>
/// <param name="Axis">The horizontal world axis the pair acts along.</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record ShearPair(IReadOnlyList<int> Push, IReadOnlyList<int> Resist, double FrictionCoefficient, ShearAxis Axis = ShearAxis.ForeAft)
{
    /// <summary>
    /// Cost weight of using the whole friction cone, in the same units as one muscle's (a/u)ᵖ: a named assumption
    /// (docs/recruitment.md, "Contact shear"). Friction costs no metabolic energy; the small weight keeps the
    /// optimisation strictly convex and makes people prefer not to approach slip when it gains them nothing.
    /// </summary>
    public const double EffortWeight = 0.05;
}

/// <summary>The horizontal world axis of a <see cref="ShearPair"/>.</summary>
public enum ShearAxis
{
    /// <summary>World X: forward–backward in standing tasks, head–feet in lying ones.</summary>
    ForeAft,
    /// <summary>World Z: side to side (e.g. the feet pushed apart or pulled together).</summary>
    Lateral,
}
