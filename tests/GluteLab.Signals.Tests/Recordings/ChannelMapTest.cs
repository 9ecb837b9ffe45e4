using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Tests.Recordings;

public class ChannelMapTest
{
    [Theory]
    [InlineData("L GMax", MuscleGroup.GluteusMaximus, Side.Left, null)]
    [InlineData("R_GLUT_MAX", MuscleGroup.GluteusMaximus, Side.Right, null)]
    [InlineData("Glut Med Left", MuscleGroup.GluteusMedius, Side.Left, null)]
    [InlineData("ES_L", MuscleGroup.ErectorSpinae, Side.Left, null)]
    [InlineData("BF right", MuscleGroup.Hamstrings, Side.Right, "biceps_femoris")]
    [InlineData("ST", MuscleGroup.Hamstrings, null, "semitendinosus")]
    [InlineData("TFL", MuscleGroup.TensorFasciaeLatae, null, null)]
    [InlineData("LGMax", MuscleGroup.GluteusMaximus, Side.Left, null)]
    [InlineData("gluteus_medius_r", MuscleGroup.GluteusMedius, Side.Right, null)]
    [InlineData("EMG 3 - R Semitendinosus", MuscleGroup.Hamstrings, Side.Right, "semitendinosus")]
    [InlineData("Lt Multifidus", MuscleGroup.ErectorSpinae, Side.Left, "multifidus")]
    [InlineData("RF", MuscleGroup.RectusFemoris, null, null)]
    public void RecognisesCommonLabels(string label, MuscleGroup group, Side? side, string? muscle)
    {
        Assert.Equal(new MuscleSite(group, side, muscle), ChannelLabels.Recognise(label));
    }

    [Theory]
    [InlineData("EMG1")]
    [InlineData("Trigger")]
    [InlineData("Channel 4")]
    [InlineData("Force Z")]
    public void LeavesUnknownLabelsUnmapped(string label) => Assert.Null(ChannelLabels.Recognise(label));

    [Fact]
    public void ParsesAUserMapThatWinsOverRecognition()
    {
        var map = ChannelMap.Parse("EMG1=gluteus_maximus:left, EMG2=semitendinosus:right,EMG3=tfl,ST=biceps_femoris:l");
        Assert.Equal(new MuscleSite(MuscleGroup.GluteusMaximus, Side.Left), map.Resolve("emg1"));
        Assert.Equal(new MuscleSite(MuscleGroup.Hamstrings, Side.Right, "semitendinosus"), map.Resolve("EMG2"));
        Assert.Equal(new MuscleSite(MuscleGroup.TensorFasciaeLatae), map.Resolve("EMG3"));
        Assert.Equal("biceps_femoris", map.Resolve("ST")!.Muscle);
        Assert.Equal(MuscleGroup.GluteusMedius, map.Resolve("R GMed")!.Group);
    }

    [Theory]
    [InlineData("EMG1", "LABEL=muscle")]
    [InlineData("EMG1=glutes_maximus", "did you mean 'gluteus_maximus'")]
    [InlineData("EMG1=gluteus_maximus:up", "side should be left or right")]
    [InlineData("EMG1=tfl,EMG1=gmax", "mapped twice")]
    public void RejectsBadMapsWithAHelpfulMessage(string text, string message)
    {
        Assert.Contains(message, Assert.Throws<FormatException>(() => ChannelMap.Parse(text)).Message);
    }

    [Fact]
    public void RecordingRejectsDuplicateLabelsAndNonFiniteSamples()
    {
        var a = new AnalogChannel("A", 1000, [1, 2]);
        Assert.Throws<ArgumentException>(() => new Recording("r", [a, new AnalogChannel("a", 1000, [1])]));
        Assert.Throws<ArgumentException>(() => new AnalogChannel("A", 1000, [1, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalogChannel("A", 0, [1]));
        Assert.Contains("did you mean 'A'", Assert.Throws<KeyNotFoundException>(() => new Recording("r", [a]).Channel("B")).Message);
    }

    [Fact]
    public void ChannelKeepsItsOwnCopyOfTheSamples()
    {
        var samples = new double[] { 1, 2, 3 };
        var channel = new AnalogChannel("A", 1000, samples);
        samples[0] = 99;
        Assert.Equal(1, channel.Samples[0]);
    }
}
