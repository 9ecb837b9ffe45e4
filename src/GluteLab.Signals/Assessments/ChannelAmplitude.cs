using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Assessments;

/// <summary>Amplitude of one channel in one trial: envelope peak and mean, and both in %MVIC when a reference exists.</summary>
/// <param name="Channel">Channel label.</param>
/// <param name="Site">Muscle and side, when known.</param>
/// <param name="EnvelopePeak">Highest envelope value, in <paramref name="Unit"/>.</param>
/// <param name="EnvelopeMean">Mean envelope value over the whole trial, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit of the channel.</param>
/// <param name="PeakMvic">Peak in %MVIC, or null without a reference.</param>
/// <param name="MeanMvic">Mean in %MVIC, or null without a reference.</param>
public sealed record ChannelAmplitude(string Channel, MuscleSite? Site, double EnvelopePeak, double EnvelopeMean, string Unit,
    PercentMvic? PeakMvic, PercentMvic? MeanMvic)
{
    /// <summary>Measures <paramref name="conditioned"/>; normalises when <paramref name="mvic"/> has its channel.</summary>
    public static ChannelAmplitude Measure(ConditionedEmg conditioned, MuscleSite? site = null, MvicReference? mvic = null)
    {
        ArgumentNullException.ThrowIfNull(conditioned);
        var e = conditioned.Envelope.Span;
        double peak = 0, sum = 0;
        foreach (var v in e)
        {
            if (v > peak) peak = v;
            sum += v;
        }
        var mean = e.Length > 0 ? sum / e.Length : 0;
        var reference = mvic ?? MvicReference.Empty;
        return new ChannelAmplitude(conditioned.Label, site, peak, mean, conditioned.Unit,
            reference.Normalise(conditioned.Label, peak), reference.Normalise(conditioned.Label, mean));
    }

    /// <summary>The amplitude used for comparisons between muscles and sides: mean %MVIC when known, else the raw mean.</summary>
    public double ComparableMean => MeanMvic?.Percent ?? EnvelopeMean;
}
