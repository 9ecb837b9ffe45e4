using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Muscles;

/// <summary>
/// One muscle's rigid-tendon fibre for one person (resting-length shortening fixed), with everything that does not
/// depend on the posture computed once: the model of <see cref="RigidTendonFiber"/> in a form cheap enough to evaluate
/// for every muscle of every frame. <see cref="Compute"/> gives the same <see cref="FiberState"/> as
/// <see cref="RigidTendonFiber.Compute(Muscle, double, double, double)"/>, which is built on it.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct MuscleFiber
{
    private readonly double _alongOffset;      // fibre length along the tendon at L_MT = 0 after the excursion ratio, m
    private readonly double _excursionRatio;   // fibre excursion per musculotendon excursion
    private readonly double _widthSquared;     // (L_opt′ sin α₀)², m²
    private readonly double _inverseOptimal;   // 1 / L_opt′, 1/m
    private readonly double _inverseMaxVelocity; // 1 / (v_max L_opt′), s/m
    private readonly PassiveForceLengthCurve _passive;

    // f_V(0): the same number every isometric muscle would otherwise recompute (a logarithm and a square root).
    private static readonly double IsometricForceVelocity = Math.Max(0.0, DeGrooteFregly2016.ForceVelocity(0.0));

    /// <summary>The fibre of <paramref name="muscle"/> with its resting length shortened by <paramref name="restingLengthShortening"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The shortening is NaN or outside [0, <see cref="RigidTendonFiber.MaxRestingLengthShortening"/>].</exception>
    public MuscleFiber(Muscle muscle, double restingLengthShortening = 0)
        : this(muscle?.OptimalFiberLengthMeters ?? throw new ArgumentNullException(nameof(muscle)), muscle.TendonSlackLengthMeters,
            muscle.PennationAngleAtOptimumRadians, restingLengthShortening, Muscle.MaxContractionVelocityOptimalLengthsPerSecond,
            muscle.PassiveFiberStrainAtOneNormForce, muscle.FiberExcursionRatio, muscle.Geometry.NeutralLengthMeters * muscle.Geometry.Scale)
    {
    }

    /// <summary>A fibre from its parameters (see <see cref="RigidTendonFiber.Compute(double, double, double, double, double, double, double, double)"/>).</summary>
    /// <param name="optimalFiberLengthMeters">L_opt &gt; 0, m.</param>
    /// <param name="tendonSlackLengthMeters">L_TS ≥ 0, m.</param>
    /// <param name="pennationAngleAtOptimumRadians">α₀ in [0, 1.2] rad.</param>
    /// <param name="restingLengthShortening">Fraction in [0, 0.5].</param>
    /// <param name="maxContractionVelocityOptimalLengthsPerSecond">v_max &gt; 0, optimal lengths per second.</param>
    /// <param name="passiveFiberStrainAtOneNormForce">e₀ ≥ 0.1.</param>
    /// <param name="fiberExcursionRatio">Fibre excursion per musculotendon excursion, (0, 1] (1 = rigid tendon proper).</param>
    /// <param name="neutralLengthMeters">Musculotendon length about which the excursion ratio applies, m.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or out of its range.</exception>
    public MuscleFiber(double optimalFiberLengthMeters, double tendonSlackLengthMeters, double pennationAngleAtOptimumRadians,
        double restingLengthShortening, double maxContractionVelocityOptimalLengthsPerSecond, double passiveFiberStrainAtOneNormForce,
        double fiberExcursionRatio = 1.0, double neutralLengthMeters = 0)
    {
        Preconditions.CheckPositive(nameof(optimalFiberLengthMeters), optimalFiberLengthMeters);
        Preconditions.CheckRange(nameof(tendonSlackLengthMeters), tendonSlackLengthMeters, 0, double.MaxValue);
        Preconditions.CheckRange(nameof(pennationAngleAtOptimumRadians), pennationAngleAtOptimumRadians, 0, 1.2);
        Preconditions.CheckPositive(nameof(maxContractionVelocityOptimalLengthsPerSecond), maxContractionVelocityOptimalLengthsPerSecond);
        Preconditions.CheckRange(nameof(fiberExcursionRatio), fiberExcursionRatio, double.Epsilon, 1.0);
        Preconditions.CheckFinite(nameof(neutralLengthMeters), neutralLengthMeters);
        var optimal = RigidTendonFiber.EffectiveOptimalFiberLength(optimalFiberLengthMeters, restingLengthShortening);
        var width = optimal * Math.Sin(pennationAngleAtOptimumRadians);
        _excursionRatio = fiberExcursionRatio;
        // along = L_MT − L_TS, or with an excursion ratio ρ: (L_N − L_TS) + ρ (L_MT − L_N) = ρ L_MT + (1 − ρ) L_N − L_TS.
        _alongOffset = (1.0 - fiberExcursionRatio) * neutralLengthMeters - tendonSlackLengthMeters;
        _widthSquared = width * width;
        _inverseOptimal = 1.0 / optimal;
        _inverseMaxVelocity = 1.0 / (maxContractionVelocityOptimalLengthsPerSecond * optimal);
        _passive = new PassiveForceLengthCurve(passiveFiberStrainAtOneNormForce);
    }

    /// <summary>The fibre state at musculotendon length <paramref name="musculotendonLengthMeters"/> (m) and lengthening
    /// velocity <paramref name="musculotendonVelocityMetersPerSecond"/> (m/s, positive = lengthening).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length or velocity is NaN or infinite.</exception>
    public FiberState Compute(double musculotendonLengthMeters, double musculotendonVelocityMetersPerSecond)
    {
        Preconditions.CheckFinite(nameof(musculotendonLengthMeters), musculotendonLengthMeters);
        Preconditions.CheckFinite(nameof(musculotendonVelocityMetersPerSecond), musculotendonVelocityMetersPerSecond);
        var along = Math.Max(_excursionRatio * musculotendonLengthMeters + _alongOffset, 0.0);
        var fiber = Math.Sqrt(along * along + _widthSquared);
        var cos = fiber > 0 ? along / fiber : 0.0;
        var l = fiber * _inverseOptimal;
        var v = _excursionRatio * musculotendonVelocityMetersPerSecond * cos * _inverseMaxVelocity;
        return new FiberState(
            l, v, cos,
            DeGrooteFregly2016.ActiveForceLength((l - 1.0) / RigidTendonFiber.ActiveForceCurveWidthScale + 1.0),
            v == 0 ? IsometricForceVelocity : Math.Max(0.0, DeGrooteFregly2016.ForceVelocity(Math.Clamp(v, -1.0, 1.0))),
            _passive.Value(l));
    }
}
