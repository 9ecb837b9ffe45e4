using BenchmarkDotNet.Attributes;
using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Benchmarks;

/// <summary>
/// One whole exercise: inverse dynamics of every candidate movement strategy, recruitment of every frame, the
/// golden-section refinement of the strategy, and the outcome's measures.
/// </summary>
[MemoryDiagnoser]
public class ExerciseSimulationBenchmark
{
    private ExerciseSimulator _simulator = null!;
    private ExerciseLibrary _library = null!;

    [Params("prone-hip-extension", "squat", "walking")]
    public string Exercise { get; set; } = "squat";

    [GlobalSetup]
    public void Setup()
    {
        var person = Person.Default with { Condition = Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, 0.5) };
        _simulator = new ExerciseSimulator(Body.LoadBundled(), person);
        _library = ExerciseLibrary.LoadBundled();
    }

    [Benchmark(Description = "whole exercise with strategy choice")]
    public double Run() => _simulator.Run(_library.Get(Exercise)).TotalEffort;
}
