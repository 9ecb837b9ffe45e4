using GluteLab.Anatomy;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Tests.Assessments;

internal static class AssessmentTestData
{
    public static readonly OnsetMethod Method = new("test", "given onsets", "test data", new Dictionary<string, double>());

    public static ChannelOnsets Onset(string channel, MuscleSite? site, double? onsetSeconds, double duration = 5) =>
        new(channel, site, Method, onsetSeconds is { } t ? [new ActivationBurst(new OnsetTime(t), new OffsetTime(Math.Min(duration, t + 1)))] : [], duration);

    public static readonly MuscleSite St = new(MuscleGroup.Hamstrings, Side.Left, "semitendinosus");
    public static readonly MuscleSite Bf = new(MuscleGroup.Hamstrings, Side.Left, "biceps_femoris");
    public static readonly MuscleSite GMax = new(MuscleGroup.GluteusMaximus, Side.Left);
    public static readonly MuscleSite Es = new(MuscleGroup.ErectorSpinae, Side.Left);
}
