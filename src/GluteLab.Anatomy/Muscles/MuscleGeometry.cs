namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// A muscle's musculotendon length L(q) and moment arms r(q) = −∂L/∂q, built from tabulated moment-arm curves so that
/// the two are exactly consistent.
/// </summary>
/// <remarks>
/// <para>The length is a potential: L(q) = s·[L₀ − Σ Φₖ(q)] with one term Φₖ per <see cref="MomentArmCurve"/> k:</para>
/// <list type="bullet">
/// <item>arm tabulated against its own coordinate (e.g. hip-flexion arm vs hip flexion): Φ = ∫₀^q r(θ) dθ;</item>
/// <item>arm tabulated against another coordinate v (e.g. hip-adduction arm vs hip flexion): Φ = q_acting · r(q_v),
/// so the arm about the acting coordinate is r(q_v) and the coupling term q_acting · r′(q_v) is added to the arm about v;</item>
/// <item>constant arm: Φ = r · q.</item>
/// </list>
/// <para>At zero adduction and rotation every arm therefore equals its table. s is the stature scale, L₀ the length at the
/// neutral posture (all angles zero). Coordinates without a curve have a zero arm.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MuscleGeometry
{
    private readonly MomentArmCurve[] _curves;
    // The curves sorted by kind for evaluation: constant arms, arms that depend on their own coordinate, and arms that
    // depend on another coordinate (hip flexion for the frontal and transverse arms).
    private readonly (int Acting, double Arm)[] _constant;
    private readonly (int Acting, NaturalCubicSpline Arm)[] _self;
    private readonly (int Acting, int Versus, NaturalCubicSpline Arm)[] _cross;

    /// <summary>Creates a geometry.</summary>
    /// <param name="curves">The moment-arm curves; at most one per acting coordinate.</param>
    /// <param name="neutralLengthMeters">Musculotendon length at the neutral posture, m, unscaled; &gt; 0.</param>
    /// <param name="scale">Stature scale applied to lengths and arms; &gt; 0 (1 = reference body).</param>
    /// <exception cref="ArgumentException">Two curves act about the same coordinate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A length or the scale is not a positive number.</exception>
    public MuscleGeometry(IEnumerable<MomentArmCurve> curves, double neutralLengthMeters, double scale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(curves);
        _curves = [.. curves];
        for (var i = 0; i < _curves.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (_curves[i].Acting == _curves[j].Acting)
                {
                    throw new ArgumentException($"Two moment-arm curves act about {_curves[i].Acting.ToId()}.", nameof(curves));
                }
            }
        }
        NeutralLengthMeters = Preconditions.CheckPositive(nameof(neutralLengthMeters), neutralLengthMeters);
        Scale = Preconditions.CheckPositive(nameof(scale), scale);
        _constant = [.. _curves.Where(c => c.Versus is null).Select(c => ((int)c.Acting, c.ArmMeters.Value(0)))];
        _self = [.. _curves.Where(c => c.Versus == c.Acting).Select(c => ((int)c.Acting, c.ArmMeters))];
        _cross = [.. _curves.Where(c => c.Versus is { } v && v != c.Acting).Select(c => ((int)c.Acting, (int)c.Versus!.Value, c.ArmMeters))];
    }

    /// <summary>The moment-arm curves.</summary>
    public IReadOnlyList<MomentArmCurve> Curves => _curves;

    /// <summary>Musculotendon length at the neutral posture for the reference body (unscaled), m.</summary>
    public double NeutralLengthMeters { get; }

    /// <summary>Stature scale applied to every length and arm (1 for the reference body).</summary>
    public double Scale { get; }

    /// <summary>True if the muscle has a moment-arm curve about <paramref name="coordinate"/>.</summary>
    public bool Crosses(Coordinate coordinate)
    {
        foreach (var curve in _curves)
        {
            if (curve.Acting == coordinate) return true;
        }
        return false;
    }

    /// <summary>A copy with the stature scale multiplied by <paramref name="factor"/>.</summary>
    public MuscleGeometry ScaledBy(double factor) => new(_curves, NeutralLengthMeters, Scale * Preconditions.CheckPositive(nameof(factor), factor));

    /// <summary>
    /// Evaluates the musculotendon length and every moment arm at <paramref name="posture"/>. Does not allocate.
    /// </summary>
    /// <param name="posture">Joint angles, rad.</param>
    /// <param name="momentArmsMeters">Receives one arm per <see cref="Coordinate"/> (index = (int)coordinate), m;
    /// length at least <see cref="Coordinates.Count"/>. Overwritten.</param>
    /// <returns>Musculotendon length, m (can become ≤ 0 only far outside the tabulated ranges).</returns>
    /// <exception cref="ArgumentException">The span is too short.</exception>
    public double Evaluate(in Posture posture, Span<double> momentArmsMeters)
    {
        if (momentArmsMeters.Length < Coordinates.Count)
        {
            throw new ArgumentException($"momentArmsMeters needs {Coordinates.Count} elements, has {momentArmsMeters.Length}.", nameof(momentArmsMeters));
        }
        var arms = momentArmsMeters[..Coordinates.Count];
        arms.Clear();
        var length = NeutralLengthMeters;
        foreach (var (acting, arm) in _constant)
        {
            length -= arm * posture[(Coordinate)acting];
            arms[acting] += arm;
        }
        foreach (var (acting, spline) in _self)
        {
            arms[acting] += spline.ValueWithIntegralFromZero(posture[(Coordinate)acting], out var integral);
            length -= integral;
        }
        foreach (var (acting, versus, spline) in _cross)
        {
            var q = posture[(Coordinate)acting];
            var r = spline.Value(posture[(Coordinate)versus], out var slope);
            length -= q * r;
            arms[acting] += r;
            arms[versus] += q * slope;
        }
        for (var i = 0; i < arms.Length; i++) arms[i] *= Scale;
        return length * Scale;
    }

    /// <summary>The splines evaluated at a coordinate's angle, in evaluation order: those tabulated against their own
    /// coordinate, then those tabulated against another one (<see cref="Evaluate(in Posture, Span{double}, ReadOnlySpan{KnotLocation}, ReadOnlySpan{int})"/>).</summary>
    internal IEnumerable<(Coordinate Abscissa, NaturalCubicSpline Spline)> Splines =>
        _self.Select(s => ((Coordinate)s.Acting, s.Arm)).Concat(_cross.Select(c => ((Coordinate)c.Versus, c.Arm)));

    /// <summary>
    /// <see cref="Evaluate(in Posture, Span{double})"/> with each spline's abscissa already located among its knots:
    /// <paramref name="locations"/>[<paramref name="locationOfSpline"/>[j]] is where spline j of <see cref="Splines"/>
    /// is evaluated. The same numbers, without a knot search per spline.
    /// </summary>
    internal double Evaluate(in Posture posture, Span<double> arms, ReadOnlySpan<KnotLocation> locations, ReadOnlySpan<int> locationOfSpline)
    {
        arms.Clear();
        var length = NeutralLengthMeters;
        foreach (var (acting, arm) in _constant)
        {
            length -= arm * posture[(Coordinate)acting];
            arms[acting] += arm;
        }
        var j = 0;
        foreach (var (acting, spline) in _self)
        {
            arms[acting] += spline.ValueWithIntegralFromZero(locations[locationOfSpline[j++]], out var integral);
            length -= integral;
        }
        foreach (var (acting, versus, spline) in _cross)
        {
            var q = posture[(Coordinate)acting];
            var r = spline.Value(locations[locationOfSpline[j++]], out var slope);
            length -= q * r;
            arms[acting] += r;
            arms[versus] += q * slope;
        }
        for (var i = 0; i < arms.Length; i++) arms[i] *= Scale;
        return length * Scale;
    }

    /// <summary>Musculotendon length at <paramref name="posture"/>, m. Does not allocate.</summary>
    public double Length(in Posture posture)
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        return Evaluate(posture, arms);
    }

    /// <summary>
    /// Musculotendon lengthening velocity dL/dt = −Σ r_c · q̇_c, m/s (positive = lengthening).
    /// </summary>
    /// <param name="momentArmsMeters">Arms from <see cref="Evaluate(in Posture, Span{double})"/>, m, indexed by coordinate.</param>
    /// <param name="coordinateVelocities">Joint angular velocities, rad/s, indexed by coordinate.</param>
    public static double LengtheningVelocity(ReadOnlySpan<double> momentArmsMeters, ReadOnlySpan<double> coordinateVelocities)
    {
        var n = Math.Min(momentArmsMeters.Length, coordinateVelocities.Length);
        var v = 0.0;
        for (var i = 0; i < n; i++) v -= momentArmsMeters[i] * coordinateVelocities[i];
        return v;
    }
}
