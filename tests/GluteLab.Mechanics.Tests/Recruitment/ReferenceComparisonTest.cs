using CsCheck;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Tests.Recruitment;

/// <summary>Property tests: the dual Newton solver agrees with independent general-purpose optimisers.</summary>
public class ReferenceComparisonTest
{
    [Fact]
    public void QuadraticCostAgreesWithExhaustiveFaceEnumeration()
    {
        // Exact reference: tolerances at rounding level (activations 1e-8 absolute, cost 1e-9 relative).
        RecruitmentCase.Small(2.0).Sample(c =>
        {
            var solver = new StaticOptimizationSolver(c.M, c.N);
            var a = new double[c.N];
            var solution = solver.Solve(c.Problem, a);
            var reference = ReferenceSolvers.EnumerateFacesQuadratic(c);
            Assert.NotNull(reference);
            Assert.Equal(SolverStatus.Converged, solution.Status);
            var referenceCost = ReferenceSolvers.Cost(c, reference);
            Assert.True(Math.Abs(solution.Cost - referenceCost) <= 1e-9 * Math.Max(1e-3, referenceCost),
                $"cost {solution.Cost} vs reference {referenceCost}");
            for (var i = 0; i < c.N; i++) Assert.True(Math.Abs(a[i] - reference[i]) <= 1e-8, $"a[{i}] = {a[i]} vs {reference[i]}");
        }, iter: 150, threads: 1);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void AgreesWithABarrierInteriorPointMethod(double p)
    {
        // Reference precision (duality gap ≤ 2n·1e-12): cost 1e-7 relative, activations 1e-5 absolute.
        RecruitmentCase.Small(p, maxMuscles: 10).Sample(c =>
        {
            var solver = new StaticOptimizationSolver(c.M, c.N);
            var a = new double[c.N];
            var lambda = new double[c.M];
            var solution = solver.Solve(c.Problem, a, lambda, warmStart: false);
            Assert.Equal(SolverStatus.Converged, solution.Status);
            var reference = ReferenceSolvers.Barrier(c);
            var referenceCost = ReferenceSolvers.Cost(c, reference);
            // Both match the moments only to 1e-9 N·m, and the optimal cost moves by λₖ per N·m of bₖ: allow Σ|λₖ|·2e-9.
            var slack = lambda.Sum(Math.Abs) * 2e-9 + 1e-12;
            Assert.True(solution.Cost <= referenceCost + slack,
                $"the solver's cost {solution.Cost} should not exceed the reference's {referenceCost} (+{slack:E1})");
            Assert.True(Math.Abs(solution.Cost - referenceCost) <= 1e-7 * Math.Max(1e-3, referenceCost),
                $"cost {solution.Cost} vs reference {referenceCost}");
            for (var i = 0; i < c.N; i++) Assert.True(Math.Abs(a[i] - reference[i]) <= 1e-5, $"a[{i}] = {a[i]} vs {reference[i]}");
        }, iter: 100, threads: 1);
    }
}
