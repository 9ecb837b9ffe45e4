using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Tests.Recruitment;

/// <summary>Infeasible frames: detected, explained by missing moments and limiting muscles, never NaN.</summary>
public class InfeasibilityTest
{
    // Muscle columns of the hand-built two-coordinate frames below.
    private const int GluteusMaximus = 0, Hamstrings = 1, Vasti = 2;

    /// <summary>Rows: hip extension, knee extension (N·m). Columns: gluteus maximus, hamstrings, vasti.</summary>
    private static RecruitmentCase HipAndKnee(double glutealCapacity, double vastiCapacity, double hipExtension, double kneeExtension) => new(
        2, 3,
        [
            100, 80, 0,    // hip extension: gluteus maximus, hamstrings
            0, -40, 120,   // knee extension: hamstrings flex the knee, vasti extend it
        ],
        [hipExtension, kneeExtension],
        [glutealCapacity, 1.0, vastiCapacity],
        [1.0, 1.0, 1.0],
        2);

    private static (RecruitmentSolution Solution, double[] Activations) Solve(RecruitmentCase c)
    {
        var a = new double[c.N];
        return (new StaticOptimizationSolver(c.M, c.N).Solve(c.Problem, a), a);
    }

    [Fact]
    public void HipMomentBeyondInhibitedGlutesAndHamstringsIsReportedWithTheMissingAmount()
    {
        // Capacity at the hip: 100·0.3 + 80·1 = 110 N·m; 200 are required. The vasti cancel the hamstrings' knee
        // flexion (40 N·m at a = 1/3), so the closest point is glutes and hamstrings at capacity: 90 N·m missing at the hip.
        var c = HipAndKnee(glutealCapacity: 0.3, vastiCapacity: 1, hipExtension: 200, kneeExtension: 0);
        var (solution, a) = Solve(c);

        Assert.Equal(SolverStatus.Infeasible, solution.Status);
        var diagnosis = Assert.IsType<InfeasibilityDiagnosis>(solution.Diagnosis);
        Assert.True(diagnosis.DetectedByRowBounds);
        Assert.Equal(90.0, diagnosis.MissingMomentsNewtonMetres[0], 1e-6);
        Assert.Equal(0.0, diagnosis.MissingMomentsNewtonMetres[1], 1e-6);
        var hip = Assert.Single(diagnosis.Shortfalls);
        Assert.Equal(0, hip.Coordinate);
        Assert.Equal(200.0, hip.RequiredNewtonMetres);
        Assert.Equal(110.0, hip.ReachableAloneNewtonMetres, 1e-12);
        Assert.Equal([Hamstrings, GluteusMaximus], hip.LimitingMuscles); // 80 N·m before 30 N·m
        Assert.Empty(hip.UnavailableMuscles);
        Assert.Equal(0.3, a[GluteusMaximus], 1e-9);
        Assert.Equal(1.0, a[Hamstrings], 1e-9);
        Assert.Equal(1.0 / 3, a[Vasti], 1e-6);
        Assert.Equal(90.0, solution.MaxResidualNewtonMetres, 1e-6);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void FrameExactlyAtTheLimitOfStrengthConverges(double p)
    {
        // 110 N·m is exactly the hip capacity (glutes 30 + hamstrings 80): feasible only with both saturated, the
        // vasti cancelling the hamstrings' 40 N·m of knee flexion. The dual has no finite maximiser here.
        var c = HipAndKnee(glutealCapacity: 0.3, vastiCapacity: 1, hipExtension: 110, kneeExtension: 0) with { P = p };
        var (solution, a) = Solve(c);
        Assert.Equal(SolverStatus.Converged, solution.Status);
        Assert.True(solution.MaxResidualNewtonMetres <= 1e-9, solution.ToString());
        Assert.Equal(0.3, a[GluteusMaximus], 1e-9);
        Assert.Equal(1.0, a[Hamstrings], 1e-9);
        Assert.Equal(1.0 / 3, a[Vasti], 1e-9);
    }

    [Fact]
    public void CouplingThroughTheKneeIsFoundWhenEveryRowAloneLooksFeasible()
    {
        // Vasti unavailable: the hamstrings' knee flexion cannot be cancelled. Each row alone is reachable (hip up to
        // 110 N·m, knee range [−40, 0] contains 0), but together they are not. Least squares over the box with the
        // glutes saturated: minimise (100 − 30 − 80h)² + (40h)² → h = 0.7, missing hip 14 N·m, missing knee +28 N·m.
        var c = HipAndKnee(glutealCapacity: 0.3, vastiCapacity: 0, hipExtension: 100, kneeExtension: 0);
        var (solution, a) = Solve(c);

        Assert.Equal(SolverStatus.Infeasible, solution.Status);
        var diagnosis = solution.Diagnosis!;
        Assert.False(diagnosis.DetectedByRowBounds);
        Assert.Equal(14.0, diagnosis.MissingMomentsNewtonMetres[0], 1e-5);
        Assert.Equal(28.0, diagnosis.MissingMomentsNewtonMetres[1], 1e-5);
        Assert.Equal(0.7, a[Hamstrings], 1e-6);
        Assert.Equal(0.3, a[GluteusMaximus], 1e-9);
        Assert.Equal(0.0, a[Vasti]);
        Assert.Equal([1, 0], diagnosis.Shortfalls.Select(s => s.Coordinate)); // knee (28) before hip (14)
        var knee = diagnosis.Shortfalls[0];
        Assert.Equal([Vasti], knee.UnavailableMuscles);
        Assert.Empty(knee.LimitingMuscles);
        Assert.Equal([GluteusMaximus], diagnosis.Shortfalls[1].LimitingMuscles);
    }

    [Fact]
    public void RequiredMomentAboutACoordinateNoMuscleCrossesIsInfeasible()
    {
        var c = RecruitmentCase.Realistic(9);
        var a = c.A.ToArray();
        for (var i = 0; i < c.N; i++) a[3 * c.N + i] = 0;
        var b = c.B.ToArray();
        b[3] = 12.5;
        var (solution, activations) = Solve(c with { A = a, B = b });
        Assert.Equal(SolverStatus.Infeasible, solution.Status);
        Assert.True(solution.Diagnosis!.DetectedByRowBounds);
        Assert.Equal(12.5, solution.Diagnosis.MissingMomentsNewtonMetres[3], 1e-9);
        Assert.Equal(3, Assert.Single(solution.Diagnosis.Shortfalls).Coordinate);
        Assert.Equal(0.0, solution.Diagnosis.Shortfalls[0].ReachableAloneNewtonMetres);
        Assert.All(activations, x => Assert.True(double.IsFinite(x)));
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void OverloadedRealisticFramesGiveTheLeastSquaresClosestPoint(double p)
    {
        // Independent check of the closest point: the projected gradient of ½‖A·a − b‖² vanishes (KKT of the bounded
        // least-squares problem): gᵢ = Aᵢᵀ(A·a − b) ≈ 0 where 0 < aᵢ < uᵢ, ≥ 0 at 0, ≤ 0 at uᵢ.
        for (var seed = 0; seed < 30; seed++)
        {
            var c = RecruitmentCase.Realistic(4000 + seed, p: p, loadFactor: 8);
            var (solution, a) = Solve(c);
            Assert.Equal(SolverStatus.Infeasible, solution.Status);
            var diagnosis = solution.Diagnosis!;
            for (var i = 0; i < c.N; i++)
            {
                Assert.True(double.IsFinite(a[i]));
                Assert.InRange(a[i], 0, c.U[i]);
            }
            var residual = new double[c.M];
            for (var k = 0; k < c.M; k++)
            {
                residual[k] = Enumerable.Range(0, c.N).Sum(i => c.A[k * c.N + i] * a[i]) - c.B[k];
                Assert.Equal(-residual[k], diagnosis.MissingMomentsNewtonMetres[k], 1e-9);
            }
            var norm = Math.Sqrt(residual.Sum(r => r * r));
            for (var i = 0; i < c.N; i++)
            {
                if (c.U[i] == 0) continue;
                var columnNorm = Math.Sqrt(Enumerable.Range(0, c.M).Sum(k => c.A[k * c.N + i] * c.A[k * c.N + i]));
                var g = Enumerable.Range(0, c.M).Sum(k => c.A[k * c.N + i] * residual[k]);
                var tolerance = 1e-6 * columnNorm * Math.Max(1, norm);
                if (a[i] > 1e-9 && a[i] < c.U[i] - 1e-9) Assert.True(Math.Abs(g) <= tolerance, $"seed {seed}: free muscle {i} g = {g}");
                else if (a[i] <= 1e-9) Assert.True(g >= -tolerance, $"seed {seed}: muscle {i} at 0 with g = {g}");
                else Assert.True(g <= tolerance, $"seed {seed}: muscle {i} at capacity with g = {g}");
            }
            Assert.Equal(diagnosis.MissingMomentsNewtonMetres.Max(Math.Abs), solution.MaxResidualNewtonMetres, 1e-9);
            Assert.NotEmpty(diagnosis.Shortfalls);
            foreach (var shortfall in diagnosis.Shortfalls)
            {
                Assert.True(Math.Abs(shortfall.MissingNewtonMetres) > 1e-9);
                var sign = Math.Sign(shortfall.MissingNewtonMetres);
                foreach (var i in shortfall.LimitingMuscles)
                {
                    Assert.True(c.A[shortfall.Coordinate * c.N + i] * sign > 0);
                    Assert.Equal(c.U[i], a[i], 1e-9);
                }
            }
        }
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(5.0, false)]
    public void DuplicatedCoordinateIsSolvedWhenConsistentAndExplainedWhenNot(double disagreementNewtonMetres, bool feasible)
    {
        // Row 1 repeats row 0 (a rank-deficient A): consistent right-hand sides are fine, different ones cannot both hold
        // and the closest point splits the difference (missing ±2.5 N·m).
        var c = RecruitmentCase.Realistic(21);
        var a = c.A.ToArray();
        var b = c.B.ToArray();
        Array.Copy(a, 0, a, c.N, c.N);
        b[1] = b[0] + disagreementNewtonMetres;
        var (solution, activations) = Solve(c with { A = a, B = b });
        if (feasible)
        {
            Assert.Equal(SolverStatus.Converged, solution.Status);
            Assert.True(solution.MaxResidualNewtonMetres <= 1e-9);
            return;
        }
        Assert.Equal(SolverStatus.Infeasible, solution.Status);
        Assert.False(solution.Diagnosis!.DetectedByRowBounds);
        Assert.Equal(-2.5, solution.Diagnosis.MissingMomentsNewtonMetres[0], 1e-6);
        Assert.Equal(2.5, solution.Diagnosis.MissingMomentsNewtonMetres[1], 1e-6);
        Assert.All(activations, x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void MultipliersAreLeftUnchangedForAnInfeasibleFrame()
    {
        var c = HipAndKnee(0.3, 1, 200, 0);
        var multipliers = new[] { 0.25, -0.5 };
        new StaticOptimizationSolver(c.M, c.N).Solve(c.Problem, new double[c.N], multipliers, warmStart: true);
        Assert.Equal([0.25, -0.5], multipliers);
    }
}
