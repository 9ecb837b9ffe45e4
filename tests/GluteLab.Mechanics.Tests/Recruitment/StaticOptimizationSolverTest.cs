using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Tests.Recruitment;

public class StaticOptimizationSolverTest
{
    private const double MomentTolerance = 1e-9; // N·m, the solver's default and the project's requirement

    private static (RecruitmentSolution Solution, double[] Activations) Solve(RecruitmentCase c, RecruitmentSolverOptions? options = null)
    {
        var solver = new StaticOptimizationSolver(c.M, c.N, options);
        var a = new double[c.N];
        var solution = solver.Solve(c.Problem, a);
        return (solution, a);
    }

    /// <summary>max |A·a − b| with plain loops, independent of the solver's kernels.</summary>
    private static double Residual(RecruitmentCase c, double[] a)
    {
        var worst = 0.0;
        for (var k = 0; k < c.M; k++)
        {
            var sum = 0.0;
            for (var i = 0; i < c.N; i++) sum += c.A[k * c.N + i] * a[i];
            worst = Math.Max(worst, Math.Abs(sum - c.B[k]));
        }
        return worst;
    }

    private static void AssertWithinBounds(RecruitmentCase c, double[] a)
    {
        for (var i = 0; i < c.N; i++)
        {
            Assert.True(double.IsFinite(a[i]), $"a[{i}] = {a[i]}");
            Assert.InRange(a[i], 0, c.U[i]);
        }
    }

    [Fact]
    public void AMuscleSaturatedAtASmallCapacityDoesNotHoldTheStepsBack()
    {
        // Found by the property test: p = 3, the first muscle inhibited to u = 0.066 and at that cap at the optimum. Its
        // predictor must move far past saturation; capping every step to 50 of its tiny ranges took 187 iterations.
        var c = new RecruitmentCase(2, 3,
            [-130.07723030025414, 37.45881653542186, 64.44444444444444, 62.976533814432514, 61.696874293636014, 100.38461538461539],
            [31.669702880733805, 68.22765930644661], [0.06593406593406594, 1, 1], [0.6, 2.207792207792208, 1.213075141695152], 3);
        var (solution, a) = Solve(c);
        Assert.Equal(SolverStatus.Converged, solution.Status);
        Assert.True(solution.Iterations <= 20, $"{solution.Iterations} iterations");
        Assert.Equal(c.U[0], a[0]);
        Assert.True(Residual(c, a) <= MomentTolerance);
    }

    [Fact]
    public void MoreRowsThanAvailableMusclesIsReportedHonestly()
    {
        // Three rows, two available muscles, b consistent by construction (a set of measure zero for the model's 10 rows
        // and 78 muscles). The dual then has a flat direction; the solver may stop short of 1e-9 N·m, but it never calls
        // that converged, stays within the bounds, and lands within 1e-6 N·m of the unique solution.
        var c = new RecruitmentCase(3, 4,
            [37.838074589165295, 83.22671493480406, -68.6445003214774, 348.7958491065786, 15.423919847270747, -19.75030889969852,
             36.999872513704126, 0, 0, 48.4047619047619, 0, 0],
            [29.233432433311837, -2.397182556706443, 12.907936507936506], [1, 1, 0, 0],
            [1.1097560975609757, 2.0422535211267605, 2.2830024077321887, 2], 3);
        var (solution, a) = Solve(c);
        AssertWithinBounds(c, a);
        var residual = Residual(c, a);
        Assert.True(residual <= 1e-6, $"residual {residual:E2}");
        Assert.Equal(residual <= MomentTolerance, solution.Status == SolverStatus.Converged);
        Assert.Equal(12.907936507936506 / 48.4047619047619, a[1], 8);
    }

    [Theory]
    [InlineData(2.0, false)]
    [InlineData(2.0, true)]
    [InlineData(3.0, false)]
    [InlineData(3.0, true)]
    [InlineData(2.5, true)]
    public void RealisticFramesConvergeExactlyWithinBounds(double p, bool weighted)
    {
        var seeds = p == 2.5 ? 60 : 300;
        var largest = 0.0;
        for (var seed = 0; seed < seeds; seed++)
        {
            var c = RecruitmentCase.Realistic(seed, p: p, weighted: weighted);
            var (solution, a) = Solve(c);
            Assert.True(solution.IsConverged, $"seed {seed}: {solution}");
            AssertWithinBounds(c, a);
            var residual = Residual(c, a);
            Assert.True(residual <= MomentTolerance, $"seed {seed}: residual {residual} N·m");
            Assert.Equal(ReferenceSolvers.Cost(c, a), solution.Cost, 1e-12 * Math.Max(1, solution.Cost));
            largest = Math.Max(largest, c.B.Max(Math.Abs));
        }
        Assert.True(largest > 200, $"the frames should include required moments of hundreds of N·m, largest was {largest}");
    }

    [Fact]
    public void HeavyLoadsOfSeveralHundredNewtonMetresStayExact()
    {
        var largest = 0.0;
        for (var seed = 0; seed < 100; seed++)
        {
            // a₀ up to 0.5·u times 1.9: many muscles near or at capacity, b up to about a thousand N·m.
            var c = RecruitmentCase.Realistic(1000 + seed, loadFactor: 1.9);
            var (solution, a) = Solve(c);
            Assert.True(solution.IsConverged, $"seed {seed}: {solution}");
            AssertWithinBounds(c, a);
            Assert.True(Residual(c, a) <= MomentTolerance, $"seed {seed}: residual {Residual(c, a)}");
            largest = Math.Max(largest, c.B.Max(Math.Abs));
        }
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void SolutionsSatisfyTheKarushKuhnTuckerConditions(double p)
    {
        // Independent optimality check: recover λ by least squares from stationarity on the free muscles,
        // p·wᵢ·aᵢ^{p−1} = Aᵢᵀλ, then check the sign conditions on the bounded muscles.
        for (var seed = 0; seed < 40; seed++)
        {
            var c = RecruitmentCase.Realistic(2000 + seed, p: p, weighted: true);
            var (solution, a) = Solve(c);
            Assert.True(solution.IsConverged);
            var free = Enumerable.Range(0, c.N).Where(i => a[i] > 1e-9 && a[i] < c.U[i] - 1e-9).ToArray();
            var af = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(free.Length, c.M, (j, k) => c.A[k * c.N + free[j]]);
            var target = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(free.Length,
                j => p * c.W[free[j]] * Math.Pow(a[free[j]], p - 1));
            var lambda = af.Svd().Solve(target);
            var gradientScale = c.W.Max() * p;
            for (var j = 0; j < free.Length; j++)
            {
                Assert.True(Math.Abs((af.Row(j) * lambda) - target[j]) <= 1e-7 * gradientScale, $"seed {seed}: stationarity of muscle {free[j]}");
            }
            for (var i = 0; i < c.N; i++)
            {
                if (c.U[i] == 0 || free.Contains(i)) continue;
                var ci = Enumerable.Range(0, c.M).Sum(k => c.A[k * c.N + i] * lambda[k]);
                var threshold = p * c.W[i] * Math.Pow(a[i], p - 1);
                if (a[i] <= 1e-9) Assert.True(ci <= threshold + 1e-6 * gradientScale, $"seed {seed}: muscle {i} at 0 should not be wanted (c = {ci})");
                else Assert.True(ci >= threshold - 1e-6 * gradientScale, $"seed {seed}: muscle {i} at capacity should want more (c = {ci}, threshold {threshold})");
            }
        }
    }

    [Fact]
    public void OneCoordinateWithoutActiveUpperBoundsMatchesTheClosedForm()
    {
        // m = 1, p = 2: minimising Σ wᵢaᵢ² with Σ Aᵢaᵢ = b > 0 leaves the antagonist (Aᵢ < 0) at 0 and gives the
        // agonists aᵢ = (Aᵢ/wᵢ)·b / Σⱼ (Aⱼ²/wⱼ) over the agonists (Lagrange condition 2wᵢaᵢ = λAᵢ).
        double[] arms = [120.0, 80.0, -30.0, 45.0];
        double[] w = [1.0, 2.0, 1.0, 0.5];
        double[] u = [1.0, 1.0, 1.0, 1.0];
        const double b = 60.0;
        var c = new RecruitmentCase(1, 4, arms, [b], u, w, 2);
        var (solution, a) = Solve(c);
        Assert.True(solution.IsConverged);
        var denominator = arms.Select((x, i) => x > 0 ? x * x / w[i] : 0).Sum();
        foreach (var i in new[] { 0, 1, 3 }) Assert.Equal(arms[i] / w[i] * b / denominator, a[i], 1e-14); // p = 2 ends on an exact solve of the right piece: rounding only
        Assert.Equal(0.0, a[2]);
    }

    [Fact]
    public void UnavailableMusclesStayAtZero()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var c = RecruitmentCase.Realistic(3000 + seed);
            var (solution, a) = Solve(c);
            Assert.True(solution.IsConverged);
            for (var i = 0; i < c.N; i++)
            {
                if (c.U[i] == 0) Assert.Equal(0.0, a[i]);
            }
        }
    }

    [Fact]
    public void SameInputGivesBitwiseSameOutput()
    {
        var c = RecruitmentCase.Realistic(42, p: 3, weighted: true);
        var solver = new StaticOptimizationSolver(c.M, c.N);
        var first = new double[c.N];
        var second = new double[c.N];
        var third = new double[c.N];
        var s1 = solver.Solve(c.Problem, first);
        solver.Solve(RecruitmentCase.Realistic(7, p: 3).Problem, new double[c.N]); // unrelated frame in between
        var s2 = solver.Solve(c.Problem, second);
        var s3 = new StaticOptimizationSolver(c.M, c.N).Solve(c.Problem, third);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(s1, s2);
        Assert.Equal(s1, s3);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void WarmStartGivesTheSameAnswerInFewerIterations(double p)
    {
        // A slowly varying movement: b(t) moves between two feasible frames of the same muscles.
        var start = RecruitmentCase.Realistic(77, p: p);
        var end = RecruitmentCase.Realistic(77, p: p, loadFactor: 1.6);
        var solver = new StaticOptimizationSolver(start.M, start.N);
        var multipliers = new double[start.M];
        int warmIterations = 0, coldIterations = 0;
        for (var frame = 0; frame <= 40; frame++)
        {
            var s = frame / 40.0;
            var b = start.B.Select((x, k) => (1 - s) * x + s * end.B[k]).ToArray();
            var c = start with { B = b };
            var warm = new double[c.N];
            var cold = new double[c.N];
            var warmSolution = solver.Solve(c.Problem, warm, multipliers, warmStart: frame > 0);
            var coldSolution = new StaticOptimizationSolver(c.M, c.N).Solve(c.Problem, cold);
            Assert.True(warmSolution.IsConverged && coldSolution.IsConverged);
            for (var i = 0; i < c.N; i++) Assert.Equal(cold[i], warm[i], 1e-10);
            if (frame > 0)
            {
                warmIterations += warmSolution.Iterations;
                coldIterations += coldSolution.Iterations;
            }
        }
        Assert.True(warmIterations < coldIterations, $"warm {warmIterations} vs cold {coldIterations} iterations");
    }

    [Fact]
    public void MultipliersAreTheMarginalCostOfEachRequiredMoment()
    {
        var c = RecruitmentCase.Realistic(5, weighted: true);
        var solver = new StaticOptimizationSolver(c.M, c.N);
        var lambda = new double[c.M];
        var a = new double[c.N];
        var baseline = solver.Solve(c.Problem, a, lambda, warmStart: false);
        for (var k = 0; k < c.M; k++)
        {
            const double h = 1e-4; // N·m
            var plus = c.B.ToArray();
            var minus = c.B.ToArray();
            plus[k] += h;
            minus[k] -= h;
            var costPlus = solver.Solve((c with { B = plus }).Problem, a).Cost;
            var costMinus = solver.Solve((c with { B = minus }).Problem, a).Cost;
            var derivative = (costPlus - costMinus) / (2 * h);
            Assert.Equal(derivative, lambda[k], 1e-6 * Math.Max(1, Math.Abs(derivative)));
        }
        Assert.True(baseline.IsConverged);
    }

    [Fact]
    public void CoordinateNoMuscleCrossesIsFineWhenNoMomentIsRequired()
    {
        var c = RecruitmentCase.Realistic(9);
        var a = c.A.ToArray();
        var b = c.B.ToArray();
        for (var i = 0; i < c.N; i++) a[3 * c.N + i] = 0;
        b[3] = 0;
        var (solution, activations) = Solve(c with { A = a, B = b });
        Assert.True(solution.IsConverged, solution.ToString());
        Assert.True(Residual(c with { A = a, B = b }, activations) <= MomentTolerance);
    }

    [Fact]
    public void ZeroRequiredMomentsNeedNoActivation()
    {
        var c = RecruitmentCase.Realistic(11, p: 3);
        var (solution, a) = Solve(c with { B = new double[c.M] });
        Assert.True(solution.IsConverged);
        Assert.All(a, x => Assert.Equal(0.0, x));
        Assert.Equal(0.0, solution.Cost);
    }

    [Fact]
    public void SolverRejectsMismatchedSizes()
    {
        var c = RecruitmentCase.Realistic(1);
        var solver = new StaticOptimizationSolver(c.M, c.N + 1);
        var e = Assert.Throws<ArgumentException>(() => solver.Solve(c.Problem, new double[c.N + 1]));
        Assert.Contains("sized for 10×71", e.Message);
        var right = new StaticOptimizationSolver(c.M, c.N);
        Assert.Throws<ArgumentException>(() => right.Solve(c.Problem, new double[c.N - 1]));
        Assert.Throws<ArgumentException>(() => right.Solve(c.Problem, new double[c.N], new double[c.M - 1], false));
        var nanStart = new double[c.M];
        nanStart[2] = double.NaN;
        Assert.Throws<ArgumentException>(() => right.Solve(c.Problem, new double[c.N], nanStart, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StaticOptimizationSolver(2, 3, new RecruitmentSolverOptions { MomentToleranceNewtonMetres = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StaticOptimizationSolver(2, 3, new RecruitmentSolverOptions { MaxIterations = 0 }));
    }

    [Fact]
    public void ExhaustedIterationBudgetIsReportedNotHidden()
    {
        var c = RecruitmentCase.Realistic(13, loadFactor: 1.8);
        var (solution, a) = Solve(c, new RecruitmentSolverOptions { MaxIterations = 1 });
        Assert.Equal(SolverStatus.IterationLimit, solution.Status);
        Assert.Equal(Residual(c, a), solution.MaxResidualNewtonMetres, 1e-9);
        Assert.True(solution.MaxResidualNewtonMetres > MomentTolerance);
        AssertWithinBounds(c, a);
    }
}
