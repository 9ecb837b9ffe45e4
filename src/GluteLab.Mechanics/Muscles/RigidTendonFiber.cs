using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Muscles;

/// <summary>
/// Fibre kinematics and force multipliers of a Hill muscle with a rigid tendon (the tendon treatment of OpenSim's static
/// optimisation) and DeGroote–Fregly 2016 curves, the active force–length curve widened by
/// <see cref="ActiveForceCurveWidthScale"/>. Pure functions, no allocation.
/// </summary>
/// <remarks>
/// <para>Geometry: the fibre length along the tendon is l_M·cos α = L_MT − TSL and the pennation has constant width,
/// l_M·sin α = L_opt′·sin α₀, so l_M = √((L_MT − TSL)² + (L_opt′ sin α₀)²) and cos α = (L_MT − TSL)/l_M. When L_MT ≤ TSL
/// the fibre is taken at its minimum (L_MT − TSL = 0, cos α = 0: no force along the tendon).</para>
/// <para>Velocity: v_M = (dL_MT/dt)·cos α (differentiating l_M² = (L_MT − TSL)² + const).</para>
/// <para><b>Fibre excursion ratio</b> κ (<see cref="Muscle.FiberExcursionRatio"/>, used by the overload taking a
/// <see cref="Muscle"/>): the fibre length along the tendon becomes L₀ − TSL + κ·(L_MT − L₀) about the neutral length L₀,
/// and its rate κ·dL_MT/dt, a rigid-tendon equivalent of tendinous tissue taking the share 1 − κ of every length change
/// (docs/muscles.md §4). κ = 1 is the plain rigid tendon above.</para>
/// <para><b>Resting-length shortening</b> (adaptive shortening of a tight muscle, e.g. hip flexors in Lower Crossed
/// Syndrome): a fraction s ∈ [0, 0.5] that shortens the optimal fibre length, L_opt′ = L_opt·(1 − s). Tendon slack
/// length, Fmax and α₀ are unchanged; the constant pennation width becomes L_opt′·sin α₀ and v_max = 10·L_opt′/s.
/// At a given posture l̃ = l_M/L_opt′ is therefore larger, so passive force rises and the active force–length
/// operating point moves to the descending limb. This models fewer sarcomeres in series; it is a named assumption.</para>
/// </remarks>
public static class RigidTendonFiber
{
    /// <summary>
    /// Width scale w of the active force–length curve, f_L((l̃ − 1)/w + 1), for every muscle: 1.5, as OpenSim Moco
    /// simulates the Rajagopal 2016 model with rigid-tendon DeGroote–Fregly muscles
    /// (<c>ModOpScaleActiveFiberForceCurveWidthDGF(1.5)</c> in opensim-core's <c>exampleMocoInverse</c> and
    /// <c>exampleMocoTrack</c>). It stands in for the wider active curve the Rajagopal model was built with
    /// (Millard 2012 curve, active from l̃ 0.25 to 1.9, MUSCULOSKELETAL.md §1.1). See docs/muscles.md §4.
    /// </summary>
    public const double ActiveForceCurveWidthScale = 1.5;

    /// <summary>Largest accepted resting-length shortening fraction.</summary>
    public const double MaxRestingLengthShortening = 0.5;

    /// <summary>Effective optimal fibre length after shortening: L_opt·(1 − s), m.</summary>
    /// <exception cref="ArgumentOutOfRangeException">s is NaN or outside [0, 0.5].</exception>
    public static double EffectiveOptimalFiberLength(double optimalFiberLengthMeters, double restingLengthShortening) =>
        optimalFiberLengthMeters * (1.0 - Preconditions.CheckRange(nameof(restingLengthShortening), restingLengthShortening, 0, MaxRestingLengthShortening));

    /// <summary>Fibre state of <paramref name="muscle"/> at a musculotendon length and velocity.</summary>
    /// <remarks>
    /// Uses the muscle's fibre excursion ratio κ (<see cref="Muscle.FiberExcursionRatio"/>): the fibre length along the
    /// tendon is L₀ − TSL + κ·(L_MT − L₀) with L₀ the (scaled) neutral musculotendon length, and its velocity κ·dL_MT/dt
    /// before projection onto the fibre. With κ = 1 this is the rigid tendon, l_M·cos α = L_MT − TSL.
    /// </remarks>
    /// <param name="muscle">The muscle (its L_opt, TSL, α₀, passive strain e₀, excursion ratio and neutral length are used).</param>
    /// <param name="musculotendonLengthMeters">L_MT, m, finite.</param>
    /// <param name="musculotendonVelocityMetersPerSecond">dL_MT/dt, m/s, positive when lengthening, finite.</param>
    /// <param name="restingLengthShortening">Tightness fraction s in [0, 0.5]; 0 = normal.</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or out of range.</exception>
    public static FiberState Compute(Muscle muscle, double musculotendonLengthMeters, double musculotendonVelocityMetersPerSecond, double restingLengthShortening = 0) =>
        new MuscleFiber(muscle, restingLengthShortening).Compute(musculotendonLengthMeters, musculotendonVelocityMetersPerSecond);

    /// <summary>Fibre state from explicit parameters.</summary>
    /// <param name="musculotendonLengthMeters">L_MT, m, finite.</param>
    /// <param name="musculotendonVelocityMetersPerSecond">dL_MT/dt, m/s, positive when lengthening, finite.</param>
    /// <param name="optimalFiberLengthMeters">L_opt, m, &gt; 0.</param>
    /// <param name="tendonSlackLengthMeters">TSL, m, ≥ 0.</param>
    /// <param name="pennationAngleAtOptimumRadians">α₀, rad, in [0, 1.2].</param>
    /// <param name="restingLengthShortening">Tightness fraction s in [0, 0.5]; 0 = normal.</param>
    /// <param name="maxContractionVelocityOptimalLengthsPerSecond">v_max in L_opt′/s, &gt; 0 (default 10).</param>
    /// <param name="passiveFiberStrainAtOneNormForce">Passive strain e₀ of the f_PE curve, ≥ 0.1 (default 0.6).</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN, infinite or out of range.</exception>
    public static FiberState Compute(
        double musculotendonLengthMeters, double musculotendonVelocityMetersPerSecond,
        double optimalFiberLengthMeters, double tendonSlackLengthMeters, double pennationAngleAtOptimumRadians,
        double restingLengthShortening = 0,
        double maxContractionVelocityOptimalLengthsPerSecond = Muscle.MaxContractionVelocityOptimalLengthsPerSecond,
        double passiveFiberStrainAtOneNormForce = DeGrooteFregly2016.PassiveFiberStrainAtOneNormForce) =>
        new MuscleFiber(optimalFiberLengthMeters, tendonSlackLengthMeters, pennationAngleAtOptimumRadians, restingLengthShortening,
            maxContractionVelocityOptimalLengthsPerSecond, passiveFiberStrainAtOneNormForce)
            .Compute(musculotendonLengthMeters, musculotendonVelocityMetersPerSecond);
}
