using MathNet.Numerics.LinearAlgebra;

namespace GluteLab.Mechanics.Tests.Recruitment;

/// <summary>
/// General-purpose reference optimisers written for the tests, independent of the solver under test (primal methods,
/// dense linear algebra from MathNet.Numerics).
/// </summary>
public static class ReferenceSolvers
{
    /// <summary>
    /// Exact optimum for p = 2 by enumerating every face of the box: for each assignment of each muscle to its lower
    /// bound, its upper bound or free, the cost restricted to the face is minimised over the affine set A·a = b (a
    /// minimum-norm solve), and the cheapest face point inside the bounds wins. The global optimum is a face minimum
    /// of its own face, so the enumeration finds it. 3ⁿ faces: n ≤ 7.
    /// </summary>
    /// <returns>The activations, or null if no face point satisfies the constraints (infeasible).</returns>
    public static double[]? EnumerateFacesQuadratic(RecruitmentCase c)
    {
        var (m, n) = (c.M, c.N);
        var faces = (int)Math.Pow(3, n);
        double[]? best = null;
        var bestCost = double.PositiveInfinity;
        var scale = 1.0;
        for (var k = 0; k < m; k++) scale = Math.Max(scale, Math.Abs(c.B[k]));
        var state = new int[n];
        for (var face = 0; face < faces; face++)
        {
            var code = face;
            for (var i = 0; i < n; i++) { state[i] = code % 3; code /= 3; }
            var free = Enumerable.Range(0, n).Where(i => state[i] == 2 && c.U[i] > 0).ToArray();
            var a = new double[n];
            for (var i = 0; i < n; i++) a[i] = state[i] == 1 ? c.U[i] : 0;
            var rhs = Vector<double>.Build.Dense(m, k => c.B[k] - Enumerable.Range(0, n).Sum(i => c.A[k * n + i] * a[i]));
            if (free.Length > 0)
            {
                // min Σ wᵢaᵢ² s.t. A_F a_F = rhs:  a_F = W⁻¹A_Fᵀ μ with (A_F W⁻¹ A_Fᵀ) μ = rhs (minimum-norm μ).
                var af = Matrix<double>.Build.Dense(m, free.Length, (k, j) => c.A[k * n + free[j]]);
                var winv = Matrix<double>.Build.DenseDiagonal(free.Length, free.Length, j => 1 / c.W[free[j]]);
                var gram = af * winv * af.Transpose();
                var mu = gram.PseudoInverse() * rhs;
                var aFree = winv * af.Transpose() * mu;
                for (var j = 0; j < free.Length; j++) a[free[j]] = aFree[j];
            }
            var ok = true;
            for (var i = 0; i < n && ok; i++) ok = a[i] >= -1e-12 && a[i] <= c.U[i] + 1e-12;
            for (var k = 0; k < m && ok; k++)
            {
                var moment = Enumerable.Range(0, n).Sum(i => c.A[k * n + i] * a[i]);
                ok = Math.Abs(moment - c.B[k]) <= 1e-8 * scale;
            }
            if (!ok) continue;
            var cost = Enumerable.Range(0, n).Sum(i => c.W[i] * a[i] * a[i]);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = a.Select((x, i) => Math.Clamp(x, 0, c.U[i])).ToArray();
            }
        }
        return best;
    }

    /// <summary>
    /// Primal log-barrier interior-point method with infeasible-start Newton steps (Boyd &amp; Vandenberghe 2004,
    /// Convex Optimization, §10.3 and §11.3) for any p ≥ 2: minimise Σ wᵢaᵢᵖ − μ·Σ [ln aᵢ + ln(uᵢ − aᵢ)] subject to
    /// A·a = b, for μ from 1 down to 1e-20 (a muscle that should be off sits near (μ/(p·w))^{1/(p−1)}, ≈ 1e-7 for p = 3). Muscles with uᵢ = 0 are fixed at 0. Needs a strictly feasible problem.
    /// Precision: the duality gap is ≤ 2n·μ; activations agree to about 1e-7.
    /// </summary>
    public static double[] Barrier(RecruitmentCase c)
    {
        var (m, n) = (c.M, c.N);
        var vars = Enumerable.Range(0, n).Where(i => c.U[i] > 0).ToArray();
        var q = vars.Length;
        var x = vars.Select(i => c.U[i] / 2).ToArray();
        var af = Matrix<double>.Build.Dense(m, q, (k, j) => c.A[k * n + vars[j]]);
        var b = Vector<double>.Build.DenseOfArray(c.B);
        var p = c.P;
        for (var mu = 1.0; mu >= 1e-20; mu *= 0.1)
        {
            for (var iteration = 0; iteration < 100; iteration++)
            {
                var xv = Vector<double>.Build.DenseOfArray(x);
                var grad = Vector<double>.Build.Dense(q, j =>
                {
                    var (w, u, a) = (c.W[vars[j]], c.U[vars[j]], x[j]);
                    return p * w * Math.Pow(a, p - 1) - mu / a + mu / (u - a);
                });
                var hess = Vector<double>.Build.Dense(q, j =>
                {
                    var (w, u, a) = (c.W[vars[j]], c.U[vars[j]], x[j]);
                    return p * (p - 1) * w * Math.Pow(a, p - 2) + mu / (a * a) + mu / ((u - a) * (u - a));
                });
                var primal = af * xv - b;
                // KKT: [H Aᵀ; A −δI][dx; ν] = −[grad; A·x − b] with a tiny δ for rank-deficient A.
                var rhs = Vector<double>.Build.Dense(q + m);
                rhs.SetSubVector(0, q, -grad);
                rhs.SetSubVector(q, m, -primal);
                // δ grows only when the system is singular in practice (fewer usable muscles than independent rows).
                Vector<double> step = null!;
                foreach (var delta in new[] { 1e-14, 1e-10, 1e-6 })
                {
                    var kkt = Matrix<double>.Build.Dense(q + m, q + m);
                    for (var j = 0; j < q; j++) kkt[j, j] = hess[j];
                    kkt.SetSubMatrix(0, q, af.Transpose());
                    kkt.SetSubMatrix(q, 0, af);
                    for (var k = 0; k < m; k++) kkt[q + k, q + k] = -delta;
                    step = kkt.Solve(rhs);
                    if (step.All(double.IsFinite)) break;
                }
                var dx = step.SubVector(0, q);
                var t = 1.0;
                for (var j = 0; j < q; j++)
                {
                    var u = c.U[vars[j]];
                    if (dx[j] < 0) t = Math.Min(t, 0.99 * x[j] / -dx[j]);
                    if (dx[j] > 0) t = Math.Min(t, 0.99 * (u - x[j]) / dx[j]);
                }
                for (var j = 0; j < q; j++)
                {
                    // Keep strictly inside even where rounding would land on a bound (u − a below one ulp of u).
                    var u = c.U[vars[j]];
                    x[j] = Math.Clamp(x[j] + t * dx[j], double.Epsilon, Math.BitDecrement(u));
                }
                var decrement = dx.DotProduct(hess.PointwiseMultiply(dx));
                if (t == 1.0 && decrement < 1e-20 && primal.AbsoluteMaximum() < 1e-9) break;
            }
        }
        var result = new double[n];
        for (var j = 0; j < q; j++) result[vars[j]] = x[j];
        return result;
    }

    /// <summary>Σ wᵢ·aᵢᵖ.</summary>
    public static double Cost(RecruitmentCase c, double[] a) => Enumerable.Range(0, c.N).Sum(i => c.W[i] * Math.Pow(a[i], c.P));
}
