using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Assessments;

/// <summary>Movement onset from a trigger or foot-switch channel.</summary>
public static class MovementOnset
{
    /// <summary>
    /// The first time the trigger crosses <paramref name="fraction"/> of the way from its resting level (median of
    /// the first 10 % of samples) to its farthest excursion, in s; null when the trigger never changes (range below
    /// 1e-12 of its scale).
    /// </summary>
    /// <param name="trigger">Trigger channel (any polarity).</param>
    /// <param name="fraction">Crossing level between rest (0) and full excursion (1); default 0.5.</param>
    public static double? FromTrigger(AnalogChannel trigger, double fraction = 0.5)
    {
        Preconditions.CheckNotNull(trigger);
        Preconditions.CheckRange(nameof(fraction), fraction, 0.01, 0.99);
        var x = trigger.Samples;
        if (x.Length < 2) return null;
        var head = x[..Math.Max(1, x.Length / 10)].ToArray();
        Array.Sort(head);
        var rest = head[head.Length / 2];
        double far = rest;
        foreach (var v in x) if (Math.Abs(v - rest) > Math.Abs(far - rest)) far = v;
        var range = far - rest;
        if (Math.Abs(range) <= 1e-12 * Math.Max(1, Math.Abs(rest))) return null;
        var level = rest + fraction * range;
        for (var i = 0; i < x.Length; i++)
        {
            if (range > 0 ? x[i] >= level : x[i] <= level) return trigger.TimeOf(i);
        }
        return null;
    }

    /// <summary>
    /// Movement onset of a recording: an event labelled <see cref="RecordingEvent.MovementOnset"/> when present,
    /// else the first trigger channel (see <see cref="Emg.IsTrigger"/>), else null.
    /// </summary>
    public static double? Find(Recording recording)
    {
        Preconditions.CheckNotNull(recording);
        if (recording.FindEvent(RecordingEvent.MovementOnset) is { } e) return e.TimeSeconds;
        var trigger = recording.Channels.FirstOrDefault(c => Emg.IsTrigger(c.Label));
        return trigger is null ? null : FromTrigger(trigger);
    }
}
