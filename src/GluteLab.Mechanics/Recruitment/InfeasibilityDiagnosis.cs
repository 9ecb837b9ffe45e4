namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// Why a frame is infeasible: the closest achievable moments and, per coordinate that falls short, how much moment
/// is missing and which muscles limit it. Indices refer to the rows (coordinates) and columns (muscles) of the
/// problem; the caller maps them to names. Immutable.
/// </summary>
/// <remarks>
/// The closest point minimises ‖A·a − b‖₂ over 0 ≤ a ≤ u. The achieved moments A·a at such a point are unique (the
/// projection of b onto the convex set of achievable moments), so the missing moments are unique; the activations
/// need not be (several muscle mixes may give the same closest moments).
/// </remarks>
public sealed class InfeasibilityDiagnosis
{
    internal InfeasibilityDiagnosis(double[] missingMoments, CoordinateShortfall[] shortfalls, bool detectedByRowBounds)
    {
        MissingMomentsNewtonMetres = missingMoments;
        Shortfalls = shortfalls;
        DetectedByRowBounds = detectedByRowBounds;
    }

    /// <summary>Per coordinate (length m): b − A·a at the closest point, N·m. Positive: more moment in the positive
    /// direction of that coordinate is needed than the muscles can give together with the other constraints.</summary>
    public IReadOnlyList<double> MissingMomentsNewtonMetres { get; }

    /// <summary>The coordinates whose missing moment exceeds the moment tolerance, largest |missing| first.</summary>
    public IReadOnlyList<CoordinateShortfall> Shortfalls { get; }

    /// <summary>True when a single row already shows the infeasibility: some required moment lies beyond what all
    /// muscles crossing that coordinate give at their capacities, ignoring every other constraint.</summary>
    public bool DetectedByRowBounds { get; }
}

/// <summary>One coordinate whose required moment cannot be produced. Immutable.</summary>
/// <param name="Coordinate">Row index k.</param>
/// <param name="RequiredNewtonMetres">bₖ, N·m.</param>
/// <param name="MissingNewtonMetres">bₖ − (A·a)ₖ at the closest point, N·m (sign: direction still needed).</param>
/// <param name="ReachableAloneNewtonMetres">The largest moment in the needed direction that the muscles crossing this
/// coordinate give with every muscle at its capacity and every other constraint ignored, N·m (signed like bₖ).</param>
/// <param name="LimitingMuscles">Muscles at their upper bound at the closest point whose moment about this coordinate
/// acts in the needed direction, largest contribution |Aₖᵢ|·uᵢ first: raising their capacity would help.</param>
/// <param name="UnavailableMuscles">Muscles with capacity 0 whose moment about this coordinate would act in the needed
/// direction, largest |Aₖᵢ| first.</param>
public sealed record CoordinateShortfall(
    int Coordinate,
    double RequiredNewtonMetres,
    double MissingNewtonMetres,
    double ReachableAloneNewtonMetres,
    IReadOnlyList<int> LimitingMuscles,
    IReadOnlyList<int> UnavailableMuscles);
