using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
using Xunit.Abstractions;

namespace GluteLab.Mechanics.Tests.Simulation;

public class WeightLoadLimitTest(ITestOutputHelper output)
{
    private static WeightLoadLimit Limit(string id, Condition? condition = null) =>
        WeightLoadLimit.Find(new ExerciseSimulator(SimulationFixture.Body, new Person(Anthropometry.Default, condition ?? Condition.Healthy)),
            SimulationFixture.Library.Get(id));

    [Fact]
    public void TheLimitIsFeasibleAndTheNextWeightIsNot()
    {
        var limit = Limit("hip-thrust");
        output.WriteLine($"hip thrust: {limit.BodyWeights:F3} BW ({limit.Kilograms:F1} kg); above: {limit.JustAbove?.Describe()}");
        Assert.InRange(limit.BodyWeights, 0.1, WeightLoadLimit.MaxBodyWeights - 0.1);
        Assert.True(limit.AtLimit.Converged);
        Assert.Equal(limit.BodyWeights, limit.AtLimit.Exercise.TotalWeightLoadBodyWeights, 12);
        Assert.NotNull(limit.JustAbove);
        var above = new ExerciseSimulator(SimulationFixture.Body, new Person(Anthropometry.Default, Condition.Healthy))
            .Run(SimulationFixture.Library.Get("hip-thrust").WithTotalWeightLoad(limit.BodyWeights + WeightLoadLimit.ResolutionBodyWeights));
        Assert.NotNull(above.Infeasibility);
    }

    [Fact]
    public void WeakerExtensorsLiftLess()
    {
        var healthy = Limit("back-squat");
        var weak = Limit("back-squat", Condition.Healthy.WithStrength(MuscleGroup.Vasti, Side.Left, 0.5).WithStrength(MuscleGroup.Vasti, Side.Right, 0.5)
            .WithStrength(MuscleGroup.ErectorSpinae, Side.Left, 0.5).WithStrength(MuscleGroup.ErectorSpinae, Side.Right, 0.5));
        output.WriteLine($"back squat: healthy {healthy.BodyWeights:F3} BW, vasti and erector spinae at half strength {weak.BodyWeights:F3} BW; {weak.JustAbove?.Describe()}");
        Assert.True(weak.BodyWeights < healthy.BodyWeights - 0.05);
    }

    [Fact]
    public void ABodyWeightExerciseHasNoWeightToSearch() =>
        Assert.Throws<InvalidOperationException>(() => Limit("bridge"));
}
