using BenchmarkDotNet.Attributes;
using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;

namespace GluteLab.Benchmarks;

/// <summary>
/// One frame of the bilateral model (all muscles of both legs and the trunk, 10 matched coordinates): building the
/// moment matrix from geometry and muscle curves, and solving the static optimisation.
/// </summary>
[MemoryDiagnoser]
public class FrameRecruitmentBenchmark
{
    private FrameRecruiter _recruiter = null!;
    private double[] _activations = null!;
    private Posture _posture;
    private CoordinateValues _velocities;
    private CoordinateValues _required;

    [Params(2, 3)]
    public int Exponent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var muscles = MuscleSet.LoadBundled().ScaledTo(Anthropometry.Default);
        var condition = Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, 0.5);
        _recruiter = new FrameRecruiter(MuscleDrive.Create(muscles, condition), Exponent);
        _activations = new double[_recruiter.MuscleCount];
        // A single-leg-squat-like frame: loaded right hip and knee, small trunk and frontal demands.
        _posture = Posture.Neutral
            .WithDegrees(Coordinate.HipFlexionRight, 60).WithDegrees(Coordinate.KneeFlexionRight, 70)
            .WithDegrees(Coordinate.HipFlexionLeft, 30).WithDegrees(Coordinate.KneeFlexionLeft, 60)
            .WithDegrees(Coordinate.LumbarFlexion, 20);
        _velocities[(int)Coordinate.HipFlexionRight] = -0.8;
        _velocities[(int)Coordinate.KneeFlexionRight] = -1.0;
        _required[(int)Coordinate.HipFlexionRight] = -70;
        _required[(int)Coordinate.KneeFlexionRight] = -60;
        _required[(int)Coordinate.HipAdductionRight] = -45;
        _required[(int)Coordinate.HipRotationRight] = 5;
        _required[(int)Coordinate.HipFlexionLeft] = 8;
        _required[(int)Coordinate.LumbarFlexion] = -40;
        _required[(int)Coordinate.LumbarLateralBending] = 6;
    }

    [Benchmark(Description = "build + solve one frame")]
    public double BuildAndSolve() => _recruiter.Solve(_posture, _velocities, _required, _activations).Cost;

    [Benchmark(Description = "build one frame (no solve)")]
    public double BuildOnly()
    {
        _recruiter.Build(_posture, _velocities, _required);
        return _recruiter.ActiveMomentsRequired[0];
    }

    [Benchmark(Description = "solve one frame, warm start")]
    public double SolveWarm() => _recruiter.Solve(_posture, _velocities, _required, _activations, warmStart: true).Cost;
}
