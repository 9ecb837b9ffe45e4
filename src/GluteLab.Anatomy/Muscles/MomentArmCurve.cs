namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// One muscle's moment arm about one coordinate (<see cref="Acting"/>), as a function of one joint angle
/// (<see cref="Versus"/>), or constant when <see cref="Versus"/> is null.
/// Sign: OpenSim's r = −∂L/∂q, so the arm is positive when the muscle drives <see cref="Acting"/> positively
/// (flexion, adduction, internal rotation, knee flexion, lumbar flexion, bending to the right).
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MomentArmCurve
{
    /// <summary>Creates a curve.</summary>
    /// <param name="acting">The coordinate the muscle moves.</param>
    /// <param name="versus">The coordinate whose angle (rad) the arm depends on; null for a constant arm.</param>
    /// <param name="armMeters">The arm, m, against the <paramref name="versus"/> angle in rad (one knot when constant).</param>
    /// <param name="source">Where the tabulated values come from.</param>
    public MomentArmCurve(Coordinate acting, Coordinate? versus, NaturalCubicSpline armMeters, string source)
    {
        ArgumentNullException.ThrowIfNull(armMeters);
        if (versus is null && armMeters.KnotCount != 1)
        {
            throw new ArgumentException($"A constant moment arm has exactly one value; got {armMeters.KnotCount}.", nameof(armMeters));
        }
        Acting = acting;
        Versus = versus;
        ArmMeters = armMeters;
        Source = source ?? string.Empty;
    }

    /// <summary>The coordinate this arm acts about.</summary>
    public Coordinate Acting { get; }

    /// <summary>The coordinate whose angle the arm is tabulated against, or null for a constant arm.</summary>
    public Coordinate? Versus { get; }

    /// <summary>The arm (m) as a function of the <see cref="Versus"/> angle (rad), unscaled.</summary>
    public NaturalCubicSpline ArmMeters { get; }

    /// <summary>Where the values come from.</summary>
    public string Source { get; }
}
