using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Onsets and offsets found in one channel by one method, with an optional clinician override.
/// </summary>
/// <param name="Channel">Channel label.</param>
/// <param name="Site">Muscle and side the channel records, when known.</param>
/// <param name="Method">Method and parameters used.</param>
/// <param name="Bursts">Activity periods in time order, each inside the signal.</param>
/// <param name="DurationSeconds">Length of the analysed signal in s.</param>
/// <param name="Override">A clinician's override of the first onset, or null.</param>
public sealed record ChannelOnsets(
    string Channel,
    MuscleSite? Site,
    OnsetMethod Method,
    IReadOnlyList<ActivationBurst> Bursts,
    double DurationSeconds,
    OnsetOverride? Override = null)
{
    /// <summary>The first detected onset, or null when no activity was found.</summary>
    public OnsetTime? DetectedOnset => Bursts.Count > 0 ? Bursts[0].Onset : null;

    /// <summary>The onset to use: the override when there is one, else the first detected onset.</summary>
    public OnsetTime? Onset => Override is { } o ? o.Onset : DetectedOnset;

    /// <summary>True when a clinician has overridden the detected onset.</summary>
    public bool IsOverridden => Override is not null;

    /// <summary>A copy with the clinician's override (pseudomutator); the detected bursts are kept.</summary>
    /// <exception cref="ArgumentException">The override is incomplete or its onset lies outside the signal.</exception>
    public ChannelOnsets WithOverride(OnsetOverride onsetOverride)
    {
        ArgumentNullException.ThrowIfNull(onsetOverride);
        onsetOverride.Validate();
        if (onsetOverride.Onset is { } t && t.Seconds > DurationSeconds)
        {
            throw new ArgumentException($"override onset {t} is after the end of the signal ({DurationSeconds:0.000} s).", nameof(onsetOverride));
        }
        return this with { Override = onsetOverride };
    }
}
