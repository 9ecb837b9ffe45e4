using System.Collections.Concurrent;
using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Tests.Simulation;

/// <summary>Loads the bundled body and exercise library once and caches outcomes per (exercise, condition).</summary>
public static class SimulationFixture
{
    public static readonly Body Body = Body.LoadBundled();
    public static readonly ExerciseLibrary Library = ExerciseLibrary.LoadBundled();
    private static readonly ConcurrentDictionary<(string, Condition, int), ExerciseOutcome> Cache = new();

    public static ExerciseOutcome Run(string exercise, Condition? condition = null, int exponent = 2) =>
        Cache.GetOrAdd((exercise, condition ?? Condition.Healthy, exponent), key =>
            new ExerciseSimulator(Body, new Person(Anthropometry.Default, key.Item2), RecruitmentOptions.Default with { Exponent = key.Item3 })
                .Run(Library.Get(key.Item1)));

    public static Condition GluteusMaximusCapacity(double capacity, Side side = Side.Right) =>
        Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, side, capacity);

    public static double Mean(this ExerciseOutcome outcome, MuscleGroup group) => outcome.Group(group, outcome.WorkingSide).MeanActivation;
}
