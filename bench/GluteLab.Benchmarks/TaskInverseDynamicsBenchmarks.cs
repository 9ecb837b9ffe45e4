using BenchmarkDotNet.Attributes;
using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Benchmarks;

/// <summary>One exercise's inverse dynamics for one strategy (all frames), as the recruitment pipeline calls it.</summary>
[MemoryDiagnoser]
public class TaskInverseDynamicsBenchmarks
{
    private readonly TaskInverseDynamics _solver = TaskInverseDynamics.LoadBundled();
    private readonly ExerciseLibrary _library = ExerciseLibrary.LoadBundled();
    private Exercise _squat = null!, _walking = null!, _bridge = null!, _sitToStand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _squat = _library.Get("squat");
        _walking = _library.Get("walking");
        _bridge = _library.Get("bridge");
        _sitToStand = _library.Get("sit-to-stand");
    }

    [Benchmark(Description = "squat, trunk lean +10° (quasi-static, 40 frames)")]
    public TaskKinetics Squat() => _solver.Run(_squat, new TaskSettings(Anthropometry.Default, 0.1, MovementStrategy.TrunkLean(10)));

    [Benchmark(Description = "bridge, lumbar share 0.5 (quasi-static, 40 frames)")]
    public TaskKinetics Bridge() => _solver.Run(_bridge, new TaskSettings(Anthropometry.Default, 0.1, MovementStrategy.LumbarPelvic(0.5)));

    [Benchmark(Description = "walking (inertial, 40 frames)")]
    public TaskKinetics Walking() => _solver.Run(_walking, TaskSettings.Nominal(_walking));

    [Benchmark(Description = "sit-to-stand, trunk lean −5° (inertial, 50 frames)")]
    public TaskKinetics SitToStand() => _solver.Run(_sitToStand, new TaskSettings(Anthropometry.Default, 0, MovementStrategy.TrunkLean(-5)));
}
