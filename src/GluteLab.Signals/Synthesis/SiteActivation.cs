using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Synthesis;

/// <summary>
/// The activation of the muscles under one electrode over a movement: the input of <see cref="EmgSynthesizer"/>.
/// </summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class SiteActivation
{
    private readonly double[] times;
    private readonly double[] activations;

    /// <summary>Creates the series from copies of the arrays.</summary>
    /// <param name="label">Channel label to write (recognisable by <see cref="ChannelLabels.Recognise"/>, e.g. <c>gluteus_maximus_r</c>).</param>
    /// <param name="site">Muscle site the channel records.</param>
    /// <param name="timesSeconds">Times from the start of the movement, s; finite, strictly increasing, first ≥ 0.</param>
    /// <param name="activations">Activation at each time, dimensionless in [0, 1].</param>
    /// <exception cref="ArgumentException">Lengths differ, the series is empty, times do not increase, or an activation is outside [0, 1].</exception>
    public SiteActivation(string label, MuscleSite site, IReadOnlyList<double> timesSeconds, IReadOnlyList<double> activations)
    {
        Preconditions.CheckNotNull(label);
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException("label should not be empty.", nameof(label));
        Label = label;
        Site = Preconditions.CheckNotNull(site);
        Preconditions.CheckNotNull(timesSeconds);
        Preconditions.CheckNotNull(activations);
        if (timesSeconds.Count == 0 || timesSeconds.Count != activations.Count)
        {
            throw new ArgumentException($"{label}: times ({timesSeconds.Count}) and activations ({activations.Count}) should be non-empty and of equal length.", nameof(activations));
        }
        for (var i = 0; i < timesSeconds.Count; i++)
        {
            var t = timesSeconds[i];
            if (!double.IsFinite(t) || t < 0 || (i > 0 && t <= timesSeconds[i - 1]))
            {
                throw new ArgumentException($"{label}: time {i} is {t}; times should be finite, >= 0 and strictly increasing.", nameof(timesSeconds));
            }
            var a = activations[i];
            if (!double.IsFinite(a) || a < 0 || a > 1 + 1e-9)
            {
                throw new ArgumentException($"{label}: activation {i} is {a}; activations should be in [0, 1].", nameof(activations));
            }
        }
        times = [.. timesSeconds];
        this.activations = activations.Select(a => Math.Min(a, 1.0)).ToArray();
    }

    /// <summary>Channel label to write.</summary>
    public string Label { get; }

    /// <summary>Muscle site the channel records.</summary>
    public MuscleSite Site { get; }

    /// <summary>Times from the start of the movement, s.</summary>
    public IReadOnlyList<double> TimesSeconds => times;

    /// <summary>Activations in [0, 1].</summary>
    public IReadOnlyList<double> Activations => activations;

    /// <summary>Time of the last value, s from the start of the movement.</summary>
    public double EndSeconds => times[^1];

    /// <summary>
    /// The activation at <paramref name="seconds"/> from the start of the movement: linear between the given times,
    /// 0 before the first time and after the last (the muscle is at rest outside the movement).
    /// </summary>
    public double At(double seconds)
    {
        if (seconds < times[0] || seconds > times[^1]) return 0;
        var i = Array.BinarySearch(times, seconds);
        if (i >= 0) return activations[i];
        i = ~i;
        var f = (seconds - times[i - 1]) / (times[i] - times[i - 1]);
        return activations[i - 1] + f * (activations[i] - activations[i - 1]);
    }

    /// <summary>A constant activation <paramref name="activation"/> over [0, <paramref name="durationSeconds"/>] (e.g. an MVIC at 1).</summary>
    public static SiteActivation Constant(string label, MuscleSite site, double activation, double durationSeconds) =>
        new(label, site, [0, Preconditions.CheckPositive(nameof(durationSeconds), durationSeconds)], [activation, activation]);

    /// <summary>The channel label for a site: the muscle (or group) id and the side, e.g. <c>semitendinosus_r</c>.</summary>
    public static string LabelFor(MuscleSite site)
    {
        Preconditions.CheckNotNull(site);
        var name = site.Muscle ?? site.Group.ToId();
        return site.Side switch
        {
            Side.Left => name + "_l",
            Side.Right => name + "_r",
            _ => name,
        };
    }
}
