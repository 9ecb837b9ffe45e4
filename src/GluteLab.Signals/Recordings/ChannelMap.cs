using GluteLab.Anatomy;

namespace GluteLab.Signals.Recordings;

/// <summary>
/// Which muscle each channel records. Explicit entries (from the user) win; other labels are recognised by
/// <see cref="ChannelLabels.Recognise"/>.
/// </summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class ChannelMap
{
    private readonly Dictionary<string, MuscleSite> entries;

    private ChannelMap(Dictionary<string, MuscleSite> entries) => this.entries = entries;

    /// <summary>A map with no explicit entries: every label is recognised from its text.</summary>
    public static ChannelMap Empty { get; } = new(new Dictionary<string, MuscleSite>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The explicit entries, label → site.</summary>
    public IReadOnlyDictionary<string, MuscleSite> Entries => entries;

    /// <summary>A copy with <paramref name="label"/> mapped to <paramref name="site"/> (pseudomutator).</summary>
    public ChannelMap With(string label, MuscleSite site)
    {
        var copy = new Dictionary<string, MuscleSite>(entries, StringComparer.OrdinalIgnoreCase) { [label] = Preconditions.CheckNotNull(site) };
        return new ChannelMap(copy);
    }

    /// <summary>The site of <paramref name="label"/>: the explicit entry, else the recognised label, else null.</summary>
    public MuscleSite? Resolve(string label) =>
        entries.TryGetValue(label, out var site) ? site : ChannelLabels.Recognise(label);

    /// <summary>
    /// Parses <c>LABEL=MUSCLE[:SIDE],…</c>, e.g. <c>EMG1=gluteus_maximus:left,EMG2=semitendinosus:right,EMG3=tfl</c>.
    /// MUSCLE is a group id, an individual muscle (<see cref="MuscleSite.Muscles"/>) or a known abbreviation;
    /// SIDE is <c>left</c>/<c>right</c>/<c>l</c>/<c>r</c>.
    /// </summary>
    /// <exception cref="FormatException">An entry is malformed; the message names the entry and suggests the nearest name.</exception>
    public static ChannelMap Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var map = new Dictionary<string, MuscleSite>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=');
            if (eq <= 0 || eq == raw.Length - 1)
            {
                throw new FormatException($"channel map entry '{raw}' should look like LABEL=muscle[:side], e.g. EMG1=gluteus_maximus:left.");
            }
            var label = raw[..eq].Trim();
            var value = raw[(eq + 1)..].Trim();
            Side? side = null;
            var colon = value.LastIndexOf(':');
            if (colon >= 0)
            {
                var sideText = value[(colon + 1)..];
                if (!Sides.TryParse(sideText, out var parsed))
                {
                    throw new FormatException($"channel map entry '{raw}': side should be left or right, was '{sideText}'.");
                }
                side = parsed;
                value = value[..colon];
            }
            if (!ChannelLabels.TryParseMuscle(value, out var group, out var muscle))
            {
                throw new FormatException(
                    $"channel map entry '{raw}': unknown muscle '{value}'; did you mean '{NearestName.Find(value.ToLowerInvariant(), ChannelLabels.KnownNames)}'?");
            }
            if (!map.TryAdd(label, new MuscleSite(group, side, muscle)))
            {
                throw new FormatException($"channel map: label '{label}' is mapped twice.");
            }
        }
        return new ChannelMap(map);
    }
}
