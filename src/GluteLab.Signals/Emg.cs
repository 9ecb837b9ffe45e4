using GluteLab.Anatomy;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals;

/// <summary>Onset detection methods available through <see cref="Emg.Detector(string)"/>.</summary>
public enum OnsetMethodKind
{
    /// <summary><see cref="HodgesBuiDetector"/>.</summary>
    HodgesBui,

    /// <summary><see cref="TkeoDetector"/>.</summary>
    Tkeo,

    /// <summary><see cref="BonatoDetector"/>.</summary>
    DoubleThreshold,
}

/// <summary>
/// Entry point for EMG analysis: conditioning, onset detection, multi-channel use. Delegates to
/// <see cref="EmgConditioner"/> and the <see cref="IOnsetDetector"/> implementations.
/// </summary>
public static class Emg
{
    /// <summary>Method identifiers accepted by <see cref="Detector(string)"/>.</summary>
    public static IReadOnlyList<string> MethodIds { get; } = ["hodges-bui", "tkeo", "double-threshold"];

    /// <summary>Conditions one channel (see <see cref="EmgConditioningOptions"/> for the defaults).</summary>
    public static ConditionedEmg Condition(AnalogChannel channel, EmgConditioningOptions? options = null) =>
        EmgConditioner.Condition(Preconditions.CheckNotNull(channel).Samples, channel.RateHz, options, channel.Label, channel.Unit);

    /// <summary>Conditions several channels at once (same result as one by one; faster for channels of equal rate and length).</summary>
    public static IReadOnlyList<ConditionedEmg> Condition(IReadOnlyList<AnalogChannel> channels, EmgConditioningOptions? options = null) =>
        EmgConditioner.Condition(channels, options);

    /// <summary>Conditions raw samples recorded at <paramref name="rateHz"/>.</summary>
    public static ConditionedEmg Condition(ReadOnlySpan<double> samples, double rateHz, EmgConditioningOptions? options = null) =>
        EmgConditioner.Condition(samples, rateHz, options);

    /// <summary>A detector with its published default parameters.</summary>
    public static IOnsetDetector Detector(OnsetMethodKind kind) => kind switch
    {
        OnsetMethodKind.HodgesBui => new HodgesBuiDetector(),
        OnsetMethodKind.Tkeo => new TkeoDetector(),
        OnsetMethodKind.DoubleThreshold => new BonatoDetector(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown onset method."),
    };

    /// <summary>A detector by identifier (<c>hodges-bui</c>, <c>tkeo</c>, <c>double-threshold</c>), with default parameters.</summary>
    /// <exception cref="ArgumentException">Unknown identifier; the message suggests the nearest.</exception>
    public static IOnsetDetector Detector(string id) =>
        TryDetector(id, out var detector) ? detector
            : throw new ArgumentException($"unknown onset method '{id}'; did you mean '{NearestName.Find(id, MethodIds)}'? (one of {string.Join(", ", MethodIds)})", nameof(id));

    /// <summary>Looks up a detector by identifier.</summary>
    public static bool TryDetector(string id, out IOnsetDetector detector)
    {
        detector = id.Trim().ToLowerInvariant() switch
        {
            "hodges-bui" or "hodges" => new HodgesBuiDetector(),
            "tkeo" or "solnik" => new TkeoDetector(),
            "double-threshold" or "bonato" => new BonatoDetector(),
            _ => null!,
        };
        return detector is not null;
    }

    /// <summary>Onsets of one conditioned channel.</summary>
    public static ChannelOnsets DetectOnsets(ConditionedEmg conditioned, IOnsetDetector? detector = null, MuscleSite? site = null)
    {
        Preconditions.CheckNotNull(conditioned);
        var d = detector ?? new HodgesBuiDetector();
        var bursts = d.Detect(conditioned.Filtered.Span, conditioned.RateHz);
        return new ChannelOnsets(conditioned.Label, site, d.Method, bursts, Math.Max(0, (conditioned.Length - 1) / conditioned.RateHz));
    }

    /// <summary>
    /// Conditions every EMG channel of <paramref name="recording"/> (all channels but triggers, see
    /// <see cref="IsTrigger"/>) and detects onsets in each.
    /// </summary>
    public static IReadOnlyList<ChannelOnsets> DetectOnsets(Recording recording, ChannelMap? map = null,
        IOnsetDetector? detector = null, EmgConditioningOptions? options = null)
    {
        Preconditions.CheckNotNull(recording);
        var m = map ?? ChannelMap.Empty;
        return Condition(EmgChannels(recording).ToList(), options).Select(c => DetectOnsets(c, detector, m.Resolve(c.Label))).ToArray();
    }

    /// <summary>The channels of a recording that carry EMG: all but triggers.</summary>
    public static IEnumerable<AnalogChannel> EmgChannels(Recording recording) =>
        Preconditions.CheckNotNull(recording).Channels.Where(c => !IsTrigger(c.Label));

    /// <summary>True for labels of trigger / sync / foot-switch channels (<c>trigger</c>, <c>trig</c>, <c>sync</c>, <c>switch</c>, <c>footswitch</c>, <c>movement</c>).</summary>
    public static bool IsTrigger(string label)
    {
        var l = label.ToLowerInvariant();
        return l.Contains("trig") || l.Contains("sync") || l.Contains("switch") || l.Contains("movement") || l == "event";
    }
}
