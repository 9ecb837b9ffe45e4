using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Tests.Recordings;

/// <summary>Channel labels for the deep external rotators, gracilis and gastrocnemius (docs/muscles.md §9).</summary>
public class AddedMuscleLabelsTest
{
    [Theory]
    [InlineData("Piriformis R", MuscleGroup.DeepExternalRotators, Side.Right, null)]
    [InlineData("quadratus_femoris_l", MuscleGroup.DeepExternalRotators, Side.Left, null)]
    [InlineData("GRAC L", MuscleGroup.Gracilis, Side.Left, null)]
    [InlineData("gracilis", MuscleGroup.Gracilis, null, null)]
    [InlineData("R Gastroc", MuscleGroup.Gastrocnemius, Side.Right, null)]
    [InlineData("MG_R", MuscleGroup.Gastrocnemius, Side.Right, "medial_gastrocnemius")]
    [InlineData("LG left", MuscleGroup.Gastrocnemius, Side.Left, "lateral_gastrocnemius")]
    [InlineData("Lateral Gastrocnemius", MuscleGroup.Gastrocnemius, null, "lateral_gastrocnemius")]
    public void LabelsAreRecognised(string label, MuscleGroup group, Side? side, string? muscle)
    {
        var site = ChannelLabels.Recognise(label);
        Assert.NotNull(site);
        Assert.Equal(new MuscleSite(group, side, muscle), site);
    }

    [Theory]
    [InlineData("GM")] // gluteus maximus or medius? Deliberately not read as gastrocnemius.
    [InlineData("calf")]
    public void AmbiguousLabelsStayUnrecognised(string label) => Assert.Null(ChannelLabels.Recognise(label));

    [Fact]
    public void GroupIdsParseOnTheCommandLine()
    {
        Assert.True(ChannelLabels.TryParseMuscle("deep_external_rotators", out var group, out _));
        Assert.Equal(MuscleGroup.DeepExternalRotators, group);
        Assert.True(ChannelLabels.TryParseMuscle("medial_gastrocnemius", out group, out var muscle));
        Assert.Equal((MuscleGroup.Gastrocnemius, "medial_gastrocnemius"), (group, muscle));
    }
}
