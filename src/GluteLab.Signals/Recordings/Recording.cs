using GluteLab.Anatomy;

namespace GluteLab.Signals.Recordings;

/// <summary>
/// A neutral, format-independent recording: analog channels (EMG, triggers) and labelled events.
/// Readers for CSV, text and C3D all produce this type; analyses only consume it.
/// </summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class Recording
{
    private readonly AnalogChannel[] channels;
    private readonly RecordingEvent[] events;
    private readonly string[] warnings;

    /// <summary>Creates a recording.</summary>
    /// <param name="name">Name for messages (usually the file name).</param>
    /// <param name="channels">Analog channels; labels unique (case-insensitive).</param>
    /// <param name="events">Labelled events, any order; stored sorted by time.</param>
    /// <param name="warnings">What the reader tolerated in the file (e.g. C3D diagnostics), for the user to see; none by default.</param>
    /// <exception cref="ArgumentException">Two channels share a label, or an event time is not finite and ≥ 0.</exception>
    public Recording(string name, IEnumerable<AnalogChannel> channels, IEnumerable<RecordingEvent>? events = null, IEnumerable<string>? warnings = null)
    {
        this.warnings = (warnings ?? []).ToArray();
        Name = Preconditions.CheckNotNull(name);
        this.channels = Preconditions.CheckNotNull(channels).ToArray();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var channel in this.channels)
        {
            Preconditions.CheckNotNull(channel);
            if (!seen.Add(channel.Label)) throw new ArgumentException($"{name}: channel label '{channel.Label}' appears twice.", nameof(channels));
        }
        this.events = (events ?? []).OrderBy(e => e.TimeSeconds).ToArray();
        foreach (var e in this.events)
        {
            if (!double.IsFinite(e.TimeSeconds) || e.TimeSeconds < 0)
            {
                throw new ArgumentException($"{name}: event '{e.Label}' time should be finite and >= 0, was {e.TimeSeconds}.", nameof(events));
            }
        }
    }

    /// <summary>Name for messages (usually the file name).</summary>
    public string Name { get; }

    /// <summary>The analog channels, in recorded order.</summary>
    public IReadOnlyList<AnalogChannel> Channels => channels;

    /// <summary>Labelled events, sorted by time.</summary>
    public IReadOnlyList<RecordingEvent> Events => events;

    /// <summary>What the reader tolerated in the file, in the order found (empty for a clean file).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The channel with <paramref name="label"/> (case-insensitive), or null.</summary>
    public AnalogChannel? FindChannel(string label) =>
        channels.FirstOrDefault(c => string.Equals(c.Label, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>The channel with <paramref name="label"/> (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such channel; the message names the nearest label.</exception>
    public AnalogChannel Channel(string label) =>
        FindChannel(label) ?? throw new KeyNotFoundException(
            $"{Name}: no channel '{label}'" + (channels.Length > 0 ? $"; did you mean '{NearestName.Find(label, channels.Select(c => c.Label))}'?" : "."));

    /// <summary>The first event with <paramref name="label"/> (case-insensitive), or null.</summary>
    public RecordingEvent? FindEvent(string label) =>
        events.FirstOrDefault(e => string.Equals(e.Label, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>A copy with <paramref name="recordingEvent"/> added (pseudomutator).</summary>
    public Recording WithEvent(RecordingEvent recordingEvent) => new(Name, channels, events.Append(recordingEvent), warnings);

    /// <summary>A copy keeping only the channels for which <paramref name="keep"/> is true.</summary>
    public Recording WithChannels(Func<AnalogChannel, bool> keep) => new(Name, channels.Where(keep), events, warnings);
}
