using CsCheck;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Tests.Recruitment;

/// <summary>A recruitment frame held in arrays (row-major A), with a known point inside the bounds when feasible.</summary>
public sealed record RecruitmentCase(int M, int N, double[] A, double[] B, double[] U, double[] W, double P)
{
    public RecruitmentProblem Problem => new(M, N, A, B, U, W, P);

    public override string ToString() =>
        $"m={M} n={N} p={P}\nA=[{string.Join(", ", A.Select(x => x.ToString("R")))}]\nb=[{string.Join(", ", B.Select(x => x.ToString("R")))}]\n" +
        $"u=[{string.Join(", ", U.Select(x => x.ToString("R")))}]\nw=[{string.Join(", ", W.Select(x => x.ToString("R")))}]";

    /// <summary>
    /// A bilateral-sized frame with plausible magnitudes: each muscle crosses one to three coordinates with moment arms
    /// 0.01–0.08 m of either sign and Fmax 200–5000 N scaled by a strength 0.3–1; about one muscle in five has a reduced
    /// capacity and one in twenty is unavailable. b = A·a₀ for activations a₀ strictly inside the bounds (so the frame is
    /// feasible), times <paramref name="loadFactor"/>.
    /// </summary>
    public static RecruitmentCase Realistic(int seed, int m = 10, int n = 70, double p = 2, bool weighted = false, double loadFactor = 1)
    {
        var random = new Random(seed);
        double Uniform(double lo, double hi) => lo + (hi - lo) * random.NextDouble();
        var a = new double[m * n];
        var u = new double[n];
        var w = new double[n];
        var a0 = new double[n];
        for (var i = 0; i < n; i++)
        {
            var fmax = Uniform(200, 5000) * Uniform(0.3, 1.0);
            var crossings = 1 + random.Next(3);
            for (var c = 0; c < crossings; c++)
            {
                var k = (i + c * 3 + random.Next(2)) % m;
                a[k * n + i] = (random.Next(2) == 0 ? -1 : 1) * Uniform(0.01, 0.08) * fmax;
            }
            var draw = random.NextDouble();
            u[i] = draw < 0.05 ? 0 : draw < 0.25 ? Uniform(0.1, 1) : 1;
            w[i] = weighted ? Uniform(0.5, 3) : 1;
            a0[i] = u[i] * Uniform(0.02, 0.5);
        }
        var b = new double[m];
        for (var k = 0; k < m; k++)
        {
            for (var i = 0; i < n; i++) b[k] += a[k * n + i] * a0[i];
            b[k] *= loadFactor;
        }
        return new RecruitmentCase(m, n, a, b, u, w, p);
    }

    /// <summary>
    /// CsCheck generator of small frames (m ≤ 3, n ≤ 6) for comparison with the reference solvers: postures-like
    /// sparse moment matrices (arm 0.01–0.08 m of either sign, or 0, × Fmax × strength), random capacities including 0, random weights, feasible b
    /// from a point strictly inside the bounds of the available muscles. Frames whose available muscles do not span every
    /// coordinate (fewer independent columns than rows: consistent only by construction, a set of measure zero in the
    /// model, where 78 muscles serve 10 rows) are left out; <c>StaticOptimizationSolverTest</c> covers them separately.
    /// </summary>
    public static Gen<RecruitmentCase> Small(double p, int maxMuscles = 6) => SmallAny(p, maxMuscles).Where(c => c.AvailableMusclesSpanTheRows);

    /// <summary>True when the columns of the muscles with capacity &gt; 0 have full row rank m.</summary>
    public bool AvailableMusclesSpanTheRows
    {
        get
        {
            var available = Enumerable.Range(0, N).Where(i => U[i] > 0).ToArray();
            if (available.Length < M) return false;
            var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(M, available.Length, (k, j) => A[k * N + available[j]]);
            return matrix.Rank() == M;
        }
    }

    private static Gen<RecruitmentCase> SmallAny(double p, int maxMuscles) =>
        from m in Gen.Int[1, 3]
        from n in Gen.Int[m + 1, maxMuscles]
        from arms in Gen.Frequency((2, Gen.Const(0.0)), (5, Gen.Double[0.01, 0.08]), (3, Gen.Double[-0.08, -0.01])).Array[m * n]
        from fmax in Gen.Double[200, 5000].Array[n]
        from strength in Gen.Double[0.3, 1.0].Array[n]
        from capacity in Gen.Frequency((5, Gen.Const(1.0)), (4, Gen.Double[0.05, 1.0]), (1, Gen.Const(0.0))).Array[n]
        from inside in Gen.Double[0.05, 0.95].Array[n]
        from weights in Gen.Double[0.5, 3.0].Array[n]
        select Build(m, n, arms, fmax, strength, capacity, inside, weights, p);

    private static RecruitmentCase Build(int m, int n, double[] arms, double[] fmax, double[] strength, double[] capacity,
        double[] inside, double[] weights, double p)
    {
        var a = new double[m * n];
        for (var k = 0; k < m; k++)
        {
            for (var i = 0; i < n; i++) a[k * n + i] = arms[k * n + i] * fmax[i] * strength[i];
        }
        var b = new double[m];
        for (var k = 0; k < m; k++)
        {
            for (var i = 0; i < n; i++) b[k] += a[k * n + i] * capacity[i] * inside[i];
        }
        return new RecruitmentCase(m, n, a, b, capacity, weights, p);
    }
}
