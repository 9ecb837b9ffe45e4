using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Assessments;

/// <summary>One muscle's place in a <see cref="FiringOrder"/>.</summary>
/// <param name="Channel">Channel label.</param>
/// <param name="Site">Muscle and side, when known.</param>
/// <param name="Onset">Onset used (a clinician's override when there is one).</param>
/// <param name="SinceFirst">Latency from the first muscle's onset (≥ 0).</param>
/// <param name="Rank">1-based position; muscles within the tie tolerance share a rank.</param>
public sealed record FiringOrderEntry(string Channel, MuscleSite? Site, OnsetTime Onset, Latency SinceFirst, int Rank)
{
    /// <summary>Site id when known, else the channel label.</summary>
    public string Name => Site?.Id ?? Channel;
}

/// <summary>
/// The order in which muscles switched on in one trial, earliest first, with the muscles that did not switch on.
/// </summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed class FiringOrder
{
    /// <summary>Onsets closer than this share a rank (assumption: 5 ms, below the accuracy of any onset method).</summary>
    public const double DefaultTieSeconds = 0.005;

    private FiringOrder(IReadOnlyList<FiringOrderEntry> entries, IReadOnlyList<string> silent)
    {
        Entries = entries;
        Silent = silent;
    }

    /// <summary>Muscles that switched on, earliest first.</summary>
    public IReadOnlyList<FiringOrderEntry> Entries { get; }

    /// <summary>Channels with no onset (name as in <see cref="FiringOrderEntry.Name"/>).</summary>
    public IReadOnlyList<string> Silent { get; }

    /// <summary>The first muscle's onset, or null when none switched on.</summary>
    public OnsetTime? First => Entries.Count > 0 ? Entries[0].Onset : null;

    /// <summary>The muscle names in order, e.g. <c>semitendinosus:left → erector_spinae:left → gluteus_maximus:left</c>.</summary>
    public string Sequence => string.Join(" → ", Entries.Select(e => e.Name));

    /// <summary>The entry of the channel named <paramref name="channel"/>, or null.</summary>
    public FiringOrderEntry? Find(string channel) => Entries.FirstOrDefault(e => string.Equals(e.Channel, channel, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds the order from per-channel onsets (overrides respected).</summary>
    /// <param name="channels">Onsets per channel.</param>
    /// <param name="tieSeconds">Onsets closer than this to the previous share its rank (s, ≥ 0).</param>
    public static FiringOrder From(IEnumerable<ChannelOnsets> channels, double tieSeconds = DefaultTieSeconds)
    {
        Anatomy.Preconditions.CheckRange(nameof(tieSeconds), tieSeconds, 0, 10);
        var list = channels.ToList();
        var on = list.Where(c => c.Onset is not null).OrderBy(c => c.Onset!.Value.Seconds).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
        var silent = list.Where(c => c.Onset is null).Select(c => c.Site?.Id ?? c.Channel).ToList();
        var entries = new List<FiringOrderEntry>();
        if (on.Count > 0)
        {
            var first = on[0].Onset!.Value.Seconds;
            var rank = 0;
            double? previous = null;
            for (var i = 0; i < on.Count; i++)
            {
                var t = on[i].Onset!.Value;
                if (previous is null || t.Seconds - previous.Value >= tieSeconds) rank = i + 1;
                previous = t.Seconds;
                entries.Add(new FiringOrderEntry(on[i].Channel, on[i].Site, t, Latency.Between(first, t), rank));
            }
        }
        return new FiringOrder(entries, silent);
    }

    /// <inheritdoc />
    public override string ToString() => Sequence;
}
