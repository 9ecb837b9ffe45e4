using BenchmarkDotNet.Attributes;
using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Muscles;

namespace GluteLab.Benchmarks.Muscles;

/// <summary>Per-frame cost of the muscle model: geometry of all muscles, then their fibre states.</summary>
[MemoryDiagnoser]
public class MuscleEvaluationBenchmarks
{
    private readonly MuscleSet _set = MuscleSet.LoadBundled();
    private double[] _arms = [];
    private double[] _lengths = [];
    private MuscleFiber[] _fibers = [];
    private Posture _posture;

    [GlobalSetup]
    public void Setup()
    {
        _arms = new double[_set.Count * Coordinates.Count];
        _lengths = new double[_set.Count];
        _fibers = [.. _set.Select(m => new MuscleFiber(m))];
        _posture = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 62).WithDegrees(Coordinate.KneeFlexionRight, 75)
            .WithDegrees(Coordinate.HipFlexionLeft, 20).WithDegrees(Coordinate.HipAdductionRight, -8)
            .WithDegrees(Coordinate.HipRotationLeft, 12).WithDegrees(Coordinate.LumbarFlexion, 25);
    }

    /// <summary>Lengths and 12 moment arms of every muscle at one posture.</summary>
    [Benchmark]
    public double GeometryAllMuscles()
    {
        _set.Evaluate(_posture, _arms, _lengths);
        return _lengths[0];
    }

    /// <summary>
    /// Geometry plus the rigid-tendon fibre state (f_L, f_V, f_PE, cos α) of every muscle from fibres prepared once per
    /// person (<see cref="MuscleFiber"/>), as the recruitment does: one frame's muscle work.
    /// </summary>
    [Benchmark]
    public double GeometryAndFiberStatesAllMuscles()
    {
        _set.Evaluate(_posture, _arms, _lengths);
        var sum = 0.0;
        for (var m = 0; m < _fibers.Length; m++)
        {
            sum += _fibers[m].Compute(_lengths[m], 0.05).ActiveForceCoefficient;
        }
        return sum;
    }
}
