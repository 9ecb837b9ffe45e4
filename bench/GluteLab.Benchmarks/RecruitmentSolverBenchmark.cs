using BenchmarkDotNet.Attributes;
using GluteLab.Benchmarks.Recruitment;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Benchmarks;

/// <summary>
/// One static-optimization frame of bilateral size (m = 10 moment constraints, n = 70 muscles), p = 2 and p = 3:
/// from a cold start (λ = 0), and warm-started from the previous frame's multipliers (the usual case in a movement).
/// The solver is a reused workspace: a solve should allocate nothing.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class RecruitmentSolverBenchmark
{
    private StaticOptimizationSolver _solver = null!;
    private SyntheticBilateralFrames.Frame _frame = null!;
    private readonly double[] _activations = new double[SyntheticBilateralFrames.MuscleCount];
    private readonly double[] _previousMultipliers = new double[10];
    private readonly double[] _multipliers = new double[10];

    /// <summary>Cost exponent p.</summary>
    [Params(2.0, 3.0)]
    public double Exponent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var frames = SyntheticBilateralFrames.Movement(seed: 2024, frameCount: 31, exponent: Exponent, weighted: true);
        _frame = frames[30];
        _solver = new StaticOptimizationSolver(10, SyntheticBilateralFrames.MuscleCount);
        var status = _solver.Solve(frames[29].Problem, _activations, _previousMultipliers, warmStart: false);
        var check = _solver.Solve(_frame.Problem, _activations);
        if (!status.IsConverged || !check.IsConverged) throw new InvalidOperationException($"benchmark frames should converge: {status}, {check}");
    }

    [Benchmark(Baseline = true)]
    public SolverStatus ColdStart() => _solver.Solve(_frame.Problem, _activations).Status;

    [Benchmark]
    public SolverStatus WarmStartFromPreviousFrame()
    {
        _previousMultipliers.CopyTo(_multipliers, 0);
        return _solver.Solve(_frame.Problem, _activations, _multipliers, warmStart: true).Status;
    }
}
