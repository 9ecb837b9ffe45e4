namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// One musculotendon unit of one side: Hill-type parameters (Rajagopal et al. 2016 for the leg; MUSCULOSKELETAL.md §1)
/// and its geometry (length and moment arms as functions of the posture).
/// </summary>
/// <remarks>
/// Parameters follow OpenSim: the tendon is treated as rigid by the mechanics, fibre length along the tendon is
/// l_M·cos α = L_MT − tendon slack length, and pennation keeps constant width (l_M·sin α = L_opt·sin α₀).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Muscle
{
    /// <summary>Maximum contraction velocity in optimal fibre lengths per second (Rajagopal 2016, DeGroote 2016 default).</summary>
    public const double MaxContractionVelocityOptimalLengthsPerSecond = 10;

    /// <summary>Creates a muscle.</summary>
    /// <param name="baseName">Side-less name as in <c>data/muscles.csv</c>, e.g. <c>glmax1</c>.</param>
    /// <param name="group">Functional group.</param>
    /// <param name="label">Anatomical muscle the unit belongs to, for EMG comparisons, e.g. <c>biceps_femoris</c>.</param>
    /// <param name="side">Body side.</param>
    /// <param name="maxIsometricForceNewtons">Fmax, N, &gt; 0.</param>
    /// <param name="optimalFiberLengthMeters">L_opt, m, &gt; 0.</param>
    /// <param name="tendonSlackLengthMeters">Tendon slack length, m, ≥ 0.</param>
    /// <param name="pennationAngleAtOptimumRadians">α₀, rad, in [0, 1.2] (≈ 69°).</param>
    /// <param name="neutralNormalizedFiberLength">l̃ = l_M/L_opt at the neutral posture, in [0.3, 1.8].</param>
    /// <param name="source">Where the parameters come from.</param>
    /// <param name="geometry">Length and moment arms; must act on this muscle's side only.</param>
    /// <param name="passiveFiberStrainAtOneNormForce">e₀ of the passive force–length curve, in [0.3, 3] (DeGroote/OpenSim default 0.6).</param>
    /// <param name="fiberExcursionRatio">κ, the share of a musculotendon length change taken by the fibres (along the
    /// tendon), in [0.2, 1]; 1 = rigid tendon (default). See <see cref="FiberExcursionRatio"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or out of range.</exception>
    /// <exception cref="ArgumentException">The geometry acts on a coordinate of the other side.</exception>
    public Muscle(
        string baseName, MuscleGroup group, string label, Side side,
        double maxIsometricForceNewtons, double optimalFiberLengthMeters, double tendonSlackLengthMeters,
        double pennationAngleAtOptimumRadians, double neutralNormalizedFiberLength, string source, MuscleGeometry geometry,
        double passiveFiberStrainAtOneNormForce = DefaultPassiveFiberStrainAtOneNormForce, double fiberExcursionRatio = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseName);
        BaseName = baseName;
        Name = baseName + (side == Side.Left ? "_l" : "_r");
        Group = group;
        Label = string.IsNullOrWhiteSpace(label) ? group.ToId() : label;
        Side = side;
        MaxIsometricForceNewtons = Preconditions.CheckPositive(nameof(maxIsometricForceNewtons), maxIsometricForceNewtons);
        OptimalFiberLengthMeters = Preconditions.CheckPositive(nameof(optimalFiberLengthMeters), optimalFiberLengthMeters);
        TendonSlackLengthMeters = Preconditions.CheckRange(nameof(tendonSlackLengthMeters), tendonSlackLengthMeters, 0, 2);
        PennationAngleAtOptimumRadians = Preconditions.CheckRange(nameof(pennationAngleAtOptimumRadians), pennationAngleAtOptimumRadians, 0, 1.2);
        NeutralNormalizedFiberLength = Preconditions.CheckRange(nameof(neutralNormalizedFiberLength), neutralNormalizedFiberLength, 0.3, 1.8);
        PassiveFiberStrainAtOneNormForce = Preconditions.CheckRange(nameof(passiveFiberStrainAtOneNormForce), passiveFiberStrainAtOneNormForce, 0.3, 3.0);
        FiberExcursionRatio = Preconditions.CheckRange(nameof(fiberExcursionRatio), fiberExcursionRatio, MinFiberExcursionRatio, 1.0);
        Source = source ?? string.Empty;
        Geometry = geometry ?? throw new ArgumentNullException(nameof(geometry));
        foreach (var curve in geometry.Curves)
        {
            if (curve.Acting.SideOf() is { } acting && acting != side || curve.Versus?.SideOf() is { } versus && versus != side)
            {
                throw new ArgumentException($"Muscle {Name} has a moment arm about {curve.Acting.ToId()} on the other side.", nameof(geometry));
            }
        }
    }

    /// <summary>Name with side suffix, e.g. <c>glmax1_r</c> (OpenSim style).</summary>
    public string Name { get; }

    /// <summary>Name without side, e.g. <c>glmax1</c>.</summary>
    public string BaseName { get; }

    /// <summary>Functional group.</summary>
    public MuscleGroup Group { get; }

    /// <summary>Anatomical muscle, e.g. <c>biceps_femoris</c> (both heads), for comparisons with EMG channels.</summary>
    public string Label { get; }

    /// <summary>Body side.</summary>
    public Side Side { get; }

    /// <summary>Maximum isometric force Fmax, N (already scaled to the body when the set was scaled).</summary>
    public double MaxIsometricForceNewtons { get; }

    /// <summary>Optimal fibre length L_opt, m.</summary>
    public double OptimalFiberLengthMeters { get; }

    /// <summary>Tendon slack length, m.</summary>
    public double TendonSlackLengthMeters { get; }

    /// <summary>Pennation angle at optimal fibre length α₀, rad.</summary>
    public double PennationAngleAtOptimumRadians { get; }

    /// <summary>Normalised fibre length l̃ at the neutral posture (the calibration of <see cref="MuscleGeometry.NeutralLengthMeters"/>).</summary>
    public double NeutralNormalizedFiberLength { get; }

    /// <summary>
    /// Passive fibre strain at one normalised force, e₀ of the DeGroote–Fregly passive curve (OpenSim's per-muscle
    /// <c>passive_fiber_strain_at_one_norm_force</c>): f_PE reaches Fmax at l̃ = 1 + e₀.
    /// </summary>
    public double PassiveFiberStrainAtOneNormForce { get; }

    /// <summary>
    /// Fibre excursion ratio κ in [0.2, 1]: the fibre length along the tendon changes by κ·ΔL_MT when the musculotendon
    /// length changes by ΔL_MT from its neutral value (l_M·cos α = L₀ − TSL + κ·(L_MT − L₀), L₀ the neutral length).
    /// 1 is OpenSim's rigid tendon; below 1 the tendinous tissue (free tendon and aponeuroses) takes the share 1 − κ of
    /// every length change, a rigid-tendon equivalent of a series-elastic tendon (docs/muscles.md §4). Moment arms and
    /// force transmission are unchanged; only the fibre length and velocity see the reduced excursion.
    /// </summary>
    public double FiberExcursionRatio { get; }

    /// <summary>Smallest accepted <see cref="FiberExcursionRatio"/>.</summary>
    public const double MinFiberExcursionRatio = 0.2;

    /// <summary>The DeGroote–Fregly / OpenSim default e₀, 0.6.</summary>
    public const double DefaultPassiveFiberStrainAtOneNormForce = 0.6;

    /// <summary>Maximum contraction velocity, m/s (10 L_opt/s).</summary>
    public double MaxContractionVelocityMetersPerSecond => MaxContractionVelocityOptimalLengthsPerSecond * OptimalFiberLengthMeters;

    /// <summary>Where the parameters come from.</summary>
    public string Source { get; }

    /// <summary>Musculotendon length and moment arms as functions of the posture.</summary>
    public MuscleGeometry Geometry { get; }

    /// <summary>
    /// Musculotendon length (m, returned) and moment arms (m, one per <see cref="Coordinate"/>, r = −∂L/∂q) at
    /// <paramref name="posture"/>. Does not allocate.
    /// </summary>
    public double Evaluate(in Posture posture, Span<double> momentArmsMeters) => Geometry.Evaluate(posture, momentArmsMeters);

    /// <summary>
    /// Musculotendon length at which the fibre has normalised length <paramref name="normalizedFiberLength"/> with a
    /// rigid tendon: TSL + √((l̃·L_opt)² − (L_opt·sin α₀)²), m.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">l̃ is not above sin α₀ (the fibre cannot be that short).</exception>
    public static double MusculotendonLengthAt(double normalizedFiberLength, double optimalFiberLengthMeters, double tendonSlackLengthMeters, double pennationAngleAtOptimumRadians)
    {
        var width = optimalFiberLengthMeters * Math.Sin(pennationAngleAtOptimumRadians);
        var fiber = normalizedFiberLength * optimalFiberLengthMeters;
        if (!(fiber > width))
        {
            throw new ArgumentOutOfRangeException(nameof(normalizedFiberLength), normalizedFiberLength,
                $"normalizedFiberLength should exceed sin(pennation) = {Math.Sin(pennationAngleAtOptimumRadians):G4}, was {normalizedFiberLength:G4}.");
        }
        return tendonSlackLengthMeters + Math.Sqrt(fiber * fiber - width * width);
    }

    /// <summary>
    /// A copy for a differently sized body: L_opt, tendon slack length, path length and moment arms × <paramref name="lengthScale"/>,
    /// Fmax × <paramref name="forceScale"/>. Normalised fibre lengths at any posture are unchanged.
    /// </summary>
    public Muscle ScaledBy(double lengthScale, double forceScale)
    {
        Preconditions.CheckPositive(nameof(lengthScale), lengthScale);
        Preconditions.CheckPositive(nameof(forceScale), forceScale);
        return new Muscle(BaseName, Group, Label, Side,
            MaxIsometricForceNewtons * forceScale, OptimalFiberLengthMeters * lengthScale, TendonSlackLengthMeters * lengthScale,
            PennationAngleAtOptimumRadians, NeutralNormalizedFiberLength, Source, Geometry.ScaledBy(lengthScale), PassiveFiberStrainAtOneNormForce,
            FiberExcursionRatio);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
