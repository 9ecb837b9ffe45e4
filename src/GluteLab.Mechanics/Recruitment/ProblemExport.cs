using System.Collections.Immutable;

namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// A set of recruitment frames with names and the solver's answers, for inspection and for comparison with other
/// optimisers. The file format is described in docs/problem-format.md; the JSON reader and writer live at the edge
/// (GluteLab.Cli.Export.ProblemExportJson). Immutable.
/// </summary>
/// <param name="Frames">The frames in time order.</param>
/// <param name="Source">Free text saying where the frames come from (exercise, trial, generator), or null.</param>
public sealed record ProblemExport(ImmutableArray<ExportedFrame> Frames, string? Source = null);

/// <summary>
/// One frame of a <see cref="ProblemExport"/>: the problem of <see cref="RecruitmentProblem"/> with names, plus the
/// solution found (if any). Lower bounds are 0 for every muscle. Immutable; validated on construction.
/// </summary>
public sealed record ExportedFrame
{
    /// <summary>Creates a validated frame.</summary>
    /// <param name="timeSeconds">Time of the frame in the trial, s (finite).</param>
    /// <param name="coordinateNames">m coordinate names (rows of A), e.g. <c>hip_flexion_r</c>.</param>
    /// <param name="muscleNames">n muscle names (columns of A).</param>
    /// <param name="momentMatrix">A, row-major m×n, N·m per unit activation.</param>
    /// <param name="requiredMoments">b, m entries, N·m.</param>
    /// <param name="capacities">Upper bounds u, n entries in [0, 1].</param>
    /// <param name="weights">Cost weights w, n entries &gt; 0.</param>
    /// <param name="exponent">Cost exponent p ≥ 2.</param>
    /// <param name="solution">The solver's answer, or null for a problem not yet solved.</param>
    /// <exception cref="ArgumentException">Names or arrays have the wrong length, or an entry is invalid (the
    /// message names it, as in <see cref="RecruitmentProblem"/>).</exception>
    public ExportedFrame(double timeSeconds, ImmutableArray<string> coordinateNames, ImmutableArray<string> muscleNames,
        ImmutableArray<double> momentMatrix, ImmutableArray<double> requiredMoments, ImmutableArray<double> capacities,
        ImmutableArray<double> weights, double exponent, ExportedSolution? solution)
    {
        Anatomy.Preconditions.CheckFinite(nameof(timeSeconds), timeSeconds);
        if (coordinateNames.IsDefault || muscleNames.IsDefault)
        {
            throw new ArgumentException("coordinateNames and muscleNames are required.", coordinateNames.IsDefault ? nameof(coordinateNames) : nameof(muscleNames));
        }
        var m = coordinateNames.Length;
        var n = muscleNames.Length;
        if (momentMatrix.IsDefault || requiredMoments.IsDefault || capacities.IsDefault || weights.IsDefault)
        {
            throw new ArgumentException("momentMatrix, requiredMoments, capacities and weights are required.");
        }
        // Validates shapes and every entry against the names' counts.
        _ = new RecruitmentProblem(m, n, momentMatrix.AsSpan(), requiredMoments.AsSpan(), capacities.AsSpan(), weights.AsSpan(), exponent);
        if (solution is not null && solution.Activations.Length != n)
        {
            throw new ArgumentException($"solution.Activations should have n = {n} entries, had {solution.Activations.Length}.", nameof(solution));
        }
        TimeSeconds = timeSeconds;
        CoordinateNames = coordinateNames;
        MuscleNames = muscleNames;
        MomentMatrix = momentMatrix;
        RequiredMoments = requiredMoments;
        Capacities = capacities;
        Weights = weights;
        Exponent = exponent;
        Solution = solution;
    }

    /// <summary>Copies a solved frame: the problem, its names and the solver's answer.</summary>
    /// <exception cref="ArgumentException">Name counts or the activations' length do not match the problem.</exception>
    public static ExportedFrame FromSolved(double timeSeconds, IEnumerable<string> coordinateNames, IEnumerable<string> muscleNames,
        RecruitmentProblem problem, ReadOnlySpan<double> activations, RecruitmentSolution solution)
    {
        var weights = problem.Weights.IsEmpty ? Enumerable.Repeat(1.0, problem.MuscleCount).ToImmutableArray() : problem.Weights.ToImmutableArray();
        return new ExportedFrame(timeSeconds, coordinateNames.ToImmutableArray(), muscleNames.ToImmutableArray(),
            problem.MomentMatrix.ToImmutableArray(), problem.RequiredMoments.ToImmutableArray(), problem.Capacities.ToImmutableArray(),
            weights, problem.Exponent,
            new ExportedSolution(activations.ToImmutableArray(), solution.Status, solution.Iterations, solution.MaxResidualNewtonMetres, solution.Cost));
    }

    /// <summary>Time of the frame, s.</summary>
    public double TimeSeconds { get; }

    /// <summary>m coordinate names, the rows of <see cref="MomentMatrix"/>.</summary>
    public ImmutableArray<string> CoordinateNames { get; }

    /// <summary>n muscle names, the columns of <see cref="MomentMatrix"/>.</summary>
    public ImmutableArray<string> MuscleNames { get; }

    /// <summary>A, row-major m×n, N·m per unit activation.</summary>
    public ImmutableArray<double> MomentMatrix { get; }

    /// <summary>b, N·m.</summary>
    public ImmutableArray<double> RequiredMoments { get; }

    /// <summary>Activation upper bounds u in [0, 1]; lower bounds are 0.</summary>
    public ImmutableArray<double> Capacities { get; }

    /// <summary>Cost weights w &gt; 0.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>Cost exponent p ≥ 2.</summary>
    public double Exponent { get; }

    /// <summary>The solver's answer, or null.</summary>
    public ExportedSolution? Solution { get; }

    /// <summary>The frame as a solver input (a view over this frame's arrays).</summary>
    public RecruitmentProblem ToProblem() =>
        new(CoordinateNames.Length, MuscleNames.Length, MomentMatrix.AsSpan(), RequiredMoments.AsSpan(), Capacities.AsSpan(), Weights.AsSpan(), Exponent);
}

/// <summary>The solver's answer for an <see cref="ExportedFrame"/>. Immutable.</summary>
/// <param name="Activations">n activations in [0, uᵢ].</param>
/// <param name="Status">How the solve ended.</param>
/// <param name="Iterations">Newton iterations used.</param>
/// <param name="MaxResidualNewtonMetres">max |A·a − b|, N·m.</param>
/// <param name="Cost">Σ wᵢ·aᵢᵖ.</param>
public sealed record ExportedSolution(
    ImmutableArray<double> Activations,
    SolverStatus Status,
    int Iterations,
    double MaxResidualNewtonMetres,
    double Cost);
