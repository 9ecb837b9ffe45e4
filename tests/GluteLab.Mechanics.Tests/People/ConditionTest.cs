using GluteLab.Anatomy;
using GluteLab.Mechanics.People;

namespace GluteLab.Mechanics.Tests.People;

public class ConditionTest
{
    [Fact]
    public void HealthyIsFullCapacityAndStrength()
    {
        foreach (var group in MuscleGroups.All)
        {
            foreach (var side in Sides.All)
            {
                Assert.Equal(1.0, Condition.Healthy.NeuralCapacity[group, side]);
                Assert.Equal(1.0, Condition.Healthy.Strength[group, side]);
            }
        }
        Assert.Equal(0.0, Condition.Healthy.PelvicTiltOffsetRadians);
    }

    [Fact]
    public void PseudomutatorsReturnCopies()
    {
        var inhibited = Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Left, 0.3);
        Assert.Equal(0.3, inhibited.NeuralCapacity[MuscleGroup.GluteusMaximus, Side.Left]);
        Assert.Equal(1.0, inhibited.NeuralCapacity[MuscleGroup.GluteusMaximus, Side.Right]);
        Assert.Equal(1.0, Condition.Healthy.NeuralCapacity[MuscleGroup.GluteusMaximus, Side.Left]);
        Assert.NotEqual(Condition.Healthy, inhibited);
        Assert.Equal(inhibited, Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Left, 0.3));
    }

    [Fact]
    public void PelvicTiltOffsetIsRelativeToTheReference()
    {
        var tilted = Condition.Healthy.WithPelvicTiltDegrees(Condition.ReferencePelvicTiltDegrees + 10);
        Assert.Equal(10 * Math.PI / 180, tilted.PelvicTiltOffsetRadians, 12);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void ImpossibleCapacityIsRejected(double capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, capacity));

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(5.0)]
    public void ImpossibleStrengthIsRejected(double strength) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Condition.Healthy.WithStrength(MuscleGroup.Hamstrings, Side.Right, strength));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.31)]
    [InlineData(double.NaN)]
    public void ImpossibleTightnessIsRejected(double tightness) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Condition.Healthy.WithHipFlexorTightness(Side.Left, tightness));
}
