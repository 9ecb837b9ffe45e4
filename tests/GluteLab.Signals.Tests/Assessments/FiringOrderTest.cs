using static GluteLab.Signals.Tests.Assessments.AssessmentTestData;
using GluteLab.Signals.Assessments;
using GluteLab.Signals.EmgProcessing;

namespace GluteLab.Signals.Tests.Assessments;

public class FiringOrderTest
{
    [Fact]
    public void OrdersByOnsetWithLatencyFromTheFirstAndListsSilentMuscles()
    {
        var order = FiringOrder.From([Onset("GMax", GMax, 1.37), Onset("ST", St, 1.0), Onset("ES", Es, 1.2), Onset("BF", Bf, null)]);
        Assert.Equal("semitendinosus:left → erector_spinae:left → gluteus_maximus:left", order.Sequence);
        Assert.Equal(370, order.Find("GMax")!.SinceFirst.Milliseconds, 1e-9);
        Assert.Equal(["biceps_femoris:left"], order.Silent);
        Assert.Equal([1, 2, 3], order.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void NearSimultaneousOnsetsShareARank()
    {
        var order = FiringOrder.From([Onset("A", null, 1.000), Onset("B", null, 1.003), Onset("C", null, 1.1)]);
        Assert.Equal([1, 1, 3], order.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void ClinicianOverrideChangesTheOrder()
    {
        var gmax = Onset("GMax", GMax, 1.5).WithOverride(new OnsetOverride(new OnsetTime(0.9), "JS", "detector caught cross-talk late"));
        var order = FiringOrder.From([gmax, Onset("ST", St, 1.0)]);
        Assert.Equal("GMax", order.Entries[0].Channel);
    }
}
