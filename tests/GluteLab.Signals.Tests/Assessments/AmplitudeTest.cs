using GluteLab.Anatomy;
using GluteLab.Signals.Assessments;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;
using GluteLab.Signals.Tests.EmgProcessing;

namespace GluteLab.Signals.Tests.Assessments;

public class AmplitudeTest
{
    private static ConditionedEmg Sine(string label, double amplitude, double seconds = 3) =>
        Emg.Condition(new AnalogChannel(label, 1000,
            Enumerable.Range(0, (int)(seconds * 1000)).Select(i => amplitude * Math.Sin(2 * Math.PI * 100 * i / 1000.0)).ToArray(), "V"));

    [Fact]
    public void MvicIsTheHighestWindowedRmsOverAllReferenceTrials()
    {
        var mvic = MvicReference.FromTrials([Sine("GMax", 1.0), Sine("GMax", 2.0)]);
        Assert.Equal(2 / Math.Sqrt(2), mvic.Find("GMax")!.RmsAmplitude, 0.01);
        Assert.Equal(2, mvic.Find("GMax")!.Trials);
    }

    [Fact]
    public void PercentMvicOfATrialUsesTheReferenceNotItsOwnMaximum()
    {
        var mvic = MvicReference.FromTrials([Sine("GMax", 2.0)]);
        var amplitude = ChannelAmplitude.Measure(Sine("GMax", 0.5), null, mvic);
        Assert.Equal(25, amplitude.MeanMvic!.Value.Percent, 1.0);
        Assert.Equal(25, amplitude.PeakMvic!.Value.Percent, 1.5);
    }

    [Fact]
    public void MvicWindowMustBeHalfToOneSecond()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MvicReference.FromTrials([Sine("GMax", 1)], 0.1));
        Assert.Throws<ArgumentException>(() => MvicReference.FromTrials([Sine("GMax", 1, seconds: 0.3)]));
    }

    [Theory]
    [InlineData(50.0, 50.0, 0.0)]
    [InlineData(40.0, 60.0, 40.0)]
    [InlineData(60.0, 40.0, -40.0)]
    [InlineData(0.0, 10.0, 200.0)]
    public void AsymmetryIndexIsRobinson1987(double left, double right, double expected)
    {
        Assert.Equal(expected, AsymmetryIndex.Of(left, right).Percent, 1e-12);
    }

    [Fact]
    public void AsymmetryIsUndefinedWhenBothSidesAreSilent() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AsymmetryIndex.Of(0, 0));

    [Fact]
    public void ReportsAsymmetryAndSubstitutionRatiosPerSide()
    {
        ChannelAmplitude A(MuscleGroup g, Side s, double mean, string? muscle = null) =>
            new($"{g}{s}", new MuscleSite(g, s, muscle), mean, mean, "V", new PercentMvic(mean), new PercentMvic(mean));
        var channels = new[]
        {
            A(MuscleGroup.GluteusMaximus, Side.Left, 20), A(MuscleGroup.GluteusMaximus, Side.Right, 30),
            A(MuscleGroup.ErectorSpinae, Side.Left, 40), A(MuscleGroup.Hamstrings, Side.Left, 10, "biceps_femoris"),
            A(MuscleGroup.GluteusMedius, Side.Right, 30), A(MuscleGroup.TensorFasciaeLatae, Side.Right, 20),
        };
        var asym = Assert.Single(AmplitudeComparison.Asymmetry(channels));
        Assert.Equal(40, asym.Index.Percent, 1e-9);
        Assert.True(asym.Normalised);
        var ratios = AmplitudeComparison.SubstitutionRatios(channels);
        Assert.Equal(0.5, ratios.Single(r => r.Name == "gluteus_maximus/erector_spinae" && r.Side == Side.Left).Value, 1e-12);
        Assert.Equal(2.0, ratios.Single(r => r.Name == "gluteus_maximus/biceps_femoris").Value, 1e-12);
        Assert.Equal(1.5, ratios.Single(r => r.Name == "gluteus_medius/tensor_fasciae_latae").Value, 1e-12);
    }

    [Fact]
    public void MovementOnsetFromATriggerOfEitherPolarity()
    {
        var up = new AnalogChannel("Trigger", 1000, Enumerable.Range(0, 2000).Select(i => i >= 1234 ? 5.0 : 0.0).ToArray());
        Assert.Equal(1.234, MovementOnset.FromTrigger(up)!.Value, 1e-12);
        var down = new AnalogChannel("Trigger", 1000, Enumerable.Range(0, 2000).Select(i => i >= 800 ? -1.0 : 3.0).ToArray());
        Assert.Equal(0.8, MovementOnset.FromTrigger(down)!.Value, 1e-12);
        Assert.Null(MovementOnset.FromTrigger(new AnalogChannel("Trigger", 1000, new double[100])));
    }
}
