using System.Globalization;

namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// One time frame of the muscle-recruitment (static optimization) problem, as a read-only view over the caller's
/// arrays: minimise Σᵢ wᵢ·aᵢᵖ subject to A·a = b and 0 ≤ aᵢ ≤ uᵢ.
/// </summary>
/// <remarks>
/// <para>
/// Layout of <see cref="MomentMatrix"/>: <b>row-major</b>, one row per coordinate (m rows), one column per muscle
/// (n columns): entry <c>[k * n + i]</c> is the moment about coordinate k produced by muscle i at full activation,
/// in N·m per unit activation (moment arm × Fmax × f_L × f_V × cos α × strength). Row-major keeps every operation of
/// the solver a contiguous pass over a row (n ≈ 70), which vectorises; the per-muscle column is never needed alone.
/// </para>
/// <para>
/// The view does not copy: the spans must stay unchanged while a solver works on the problem. Construction validates
/// every entry (O(m·n), well under a microsecond for the bilateral model) and throws on the first bad one, naming it.
/// </para>
/// <threadsafety>A read-only view; safe to share while the underlying arrays are not written.</threadsafety>
/// </remarks>
public readonly ref struct RecruitmentProblem
{
    /// <summary>Largest coordinate count accepted; the solver works with dense m×m matrices.</summary>
    public const int MaxCoordinateCount = 64;

    /// <summary>Creates a validated view of one frame.</summary>
    /// <param name="coordinateCount">m, the number of moment constraints (rows), 1 to <see cref="MaxCoordinateCount"/>.</param>
    /// <param name="muscleCount">n, the number of muscles (columns), ≥ 1.</param>
    /// <param name="momentMatrix">A, m·n finite entries in N·m per unit activation, row-major (see remarks).</param>
    /// <param name="requiredMoments">b, m finite entries in N·m.</param>
    /// <param name="capacities">u, n upper bounds on activation in [0, 1] (neural capacity; 0 = muscle unavailable).
    /// The lower bound of every activation is 0.</param>
    /// <param name="weights">w, n finite weights &gt; 0, or empty for all 1.</param>
    /// <param name="exponent">p, the activation exponent of the cost, finite and ≥ 2 (2 is OpenSim's default; 3 is also common).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or the exponent is out of range, or an entry is NaN,
    /// infinite or out of range; the message names the entry and its value.</exception>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public RecruitmentProblem(
        int coordinateCount,
        int muscleCount,
        ReadOnlySpan<double> momentMatrix,
        ReadOnlySpan<double> requiredMoments,
        ReadOnlySpan<double> capacities,
        ReadOnlySpan<double> weights = default,
        double exponent = 2.0)
    {
        if (coordinateCount < 1 || coordinateCount > MaxCoordinateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(coordinateCount), coordinateCount,
                $"coordinateCount should be in range [1, {MaxCoordinateCount}], was {coordinateCount}.");
        }
        if (muscleCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(muscleCount), muscleCount, $"muscleCount should be ≥ 1, was {muscleCount}.");
        }
        CheckLength(nameof(momentMatrix), momentMatrix.Length, coordinateCount * muscleCount, "m·n");
        CheckLength(nameof(requiredMoments), requiredMoments.Length, coordinateCount, "m");
        CheckLength(nameof(capacities), capacities.Length, muscleCount, "n");
        if (!weights.IsEmpty) CheckLength(nameof(weights), weights.Length, muscleCount, "n (or empty for all 1)");
        if (!double.IsFinite(exponent) || exponent < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent,
                $"exponent should be a finite number ≥ 2, was {Format(exponent)}.");
        }

        // Fast vectorised screen; the entry-by-entry loops below run only to name the first bad entry.
        if (!Kernels.AllFinite(momentMatrix) || !Kernels.AllFinite(requiredMoments) || !Kernels.AllWithin(capacities, 0, 1)
            || (!weights.IsEmpty && !(Kernels.AllFinite(weights) && Kernels.AllWithin(weights, double.Epsilon, double.MaxValue))))
        {
            FindBadEntry(coordinateCount, muscleCount, momentMatrix, requiredMoments, capacities, weights);
        }

        CoordinateCount = coordinateCount;
        MuscleCount = muscleCount;
        MomentMatrix = momentMatrix;
        RequiredMoments = requiredMoments;
        Capacities = capacities;
        Weights = weights;
        Exponent = exponent;
    }

    /// <summary>m: number of moment constraints (coordinates), rows of <see cref="MomentMatrix"/>.</summary>
    public int CoordinateCount { get; }

    /// <summary>n: number of muscles, columns of <see cref="MomentMatrix"/>.</summary>
    public int MuscleCount { get; }

    /// <summary>A, row-major m×n, N·m per unit activation: entry <c>[k * n + i]</c> is muscle i about coordinate k.</summary>
    public ReadOnlySpan<double> MomentMatrix { get; }

    /// <summary>b, the m required moments, N·m (same sign convention as the rows of A).</summary>
    public ReadOnlySpan<double> RequiredMoments { get; }

    /// <summary>u, the n activation upper bounds in [0, 1]. Lower bounds are 0.</summary>
    public ReadOnlySpan<double> Capacities { get; }

    /// <summary>w, the n cost weights (&gt; 0), or empty when every weight is 1.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>p, the activation exponent of the cost (≥ 2).</summary>
    public double Exponent { get; }

    /// <summary>Weight of muscle <paramref name="muscle"/> (1 when <see cref="Weights"/> is empty).</summary>
    public double Weight(int muscle) => Weights.IsEmpty ? 1.0 : Weights[muscle];

    /// <summary>Row k of A: the moments of every muscle about coordinate k, N·m per unit activation.</summary>
    public ReadOnlySpan<double> Row(int coordinate) => MomentMatrix.Slice(coordinate * MuscleCount, MuscleCount);

    /// <summary>Entry A[k, i], N·m per unit activation.</summary>
    public double Moment(int coordinate, int muscle) => MomentMatrix[coordinate * MuscleCount + muscle];

    /// <summary>The cost Σᵢ wᵢ·aᵢᵖ of the given activations (dimensionless).</summary>
    /// <exception cref="ArgumentException"><paramref name="activations"/> does not have n entries.</exception>
    public double Cost(ReadOnlySpan<double> activations)
    {
        CheckLength(nameof(activations), activations.Length, MuscleCount, "n");
        if (Exponent == 2.0) return Weights.IsEmpty ? Kernels.Dot(activations, activations) : Kernels.Dot(Weights, activations, activations);
        var sum = 0.0;
        for (var i = 0; i < MuscleCount; i++) sum += Weight(i) * Power(activations[i], Exponent);
        return sum;
    }

    /// <summary>The largest |(A·a − b)ₖ| over the coordinates, N·m.</summary>
    /// <exception cref="ArgumentException"><paramref name="activations"/> does not have n entries.</exception>
    public double MaxResidual(ReadOnlySpan<double> activations)
    {
        CheckLength(nameof(activations), activations.Length, MuscleCount, "n");
        var worst = 0.0;
        for (var k = 0; k < CoordinateCount; k++)
        {
            worst = Math.Max(worst, Math.Abs(Kernels.Dot(Row(k), activations) - RequiredMoments[k]));
        }
        return worst;
    }

    private static void FindBadEntry(int coordinateCount, int muscleCount, ReadOnlySpan<double> momentMatrix,
        ReadOnlySpan<double> requiredMoments, ReadOnlySpan<double> capacities, ReadOnlySpan<double> weights)
    {
        for (var k = 0; k < coordinateCount; k++)
        {
            var row = momentMatrix.Slice(k * muscleCount, muscleCount);
            for (var i = 0; i < muscleCount; i++)
            {
                if (!double.IsFinite(row[i]))
                {
                    throw new ArgumentOutOfRangeException(nameof(momentMatrix), row[i],
                        $"momentMatrix[coordinate {k}, muscle {i}] should be a finite number (N·m per unit activation), was {Format(row[i])}.");
                }
            }
            if (!double.IsFinite(requiredMoments[k]))
            {
                throw new ArgumentOutOfRangeException(nameof(requiredMoments), requiredMoments[k],
                    $"requiredMoments[{k}] should be a finite number (N·m), was {Format(requiredMoments[k])}.");
            }
        }
        for (var i = 0; i < muscleCount; i++)
        {
            var u = capacities[i];
            if (double.IsNaN(u) || u < 0 || u > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(capacities), u, $"capacities[{i}] should be in range [0, 1], was {Format(u)}.");
            }
            if (!weights.IsEmpty && (!double.IsFinite(weights[i]) || weights[i] <= 0))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i],
                    $"weights[{i}] should be a finite number > 0, was {Format(weights[i])}.");
            }
        }
    }

    internal static double Power(double a, double p) => p == 2.0 ? a * a : p == 3.0 ? a * a * a : Math.Pow(a, p);

    private static void CheckLength(string name, int actual, int expected, string what)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{name} should have {what} = {expected} entries, had {actual}.", name);
        }
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
