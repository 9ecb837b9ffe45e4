using GluteLab.Anatomy;
using GluteLab.Signals.EmgProcessing;

namespace GluteLab.Signals.Assessments;

/// <summary>The MVIC reference amplitude of one channel.</summary>
/// <param name="Channel">Channel label the reference belongs to.</param>
/// <param name="RmsAmplitude">Highest windowed RMS of the band-passed signal over all reference trials, in the channel's unit (&gt; 0).</param>
/// <param name="Unit">Unit of the amplitude.</param>
/// <param name="Trials">Number of reference trials that contained this channel.</param>
/// <param name="WindowSeconds">RMS window length in s.</param>
public sealed record MvicValue(string Channel, double RmsAmplitude, string Unit, int Trials, double WindowSeconds);

/// <summary>
/// Maximal voluntary isometric contraction (MVIC) references per channel, for amplitude normalisation: the highest
/// RMS over a sliding 0.5–1 s window across one or more MVIC trials (EVIDENCE §7; Contreras 2015, PeerJ 3:e1261,
/// for GMax positions). Never the analysed trial's own maximum: that hides weakness, a known mistake.
/// </summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed class MvicReference
{
    /// <summary>Default RMS window: 0.5 s (the short end of the usual 0.5–1 s).</summary>
    public const double DefaultWindowSeconds = 0.5;

    private readonly Dictionary<string, MvicValue> values;

    private MvicReference(Dictionary<string, MvicValue> values) => this.values = values;

    /// <summary>No references.</summary>
    public static MvicReference Empty { get; } = new(new Dictionary<string, MvicValue>(StringComparer.OrdinalIgnoreCase));

    /// <summary>References by channel label (case-insensitive).</summary>
    public IReadOnlyDictionary<string, MvicValue> Values => values;

    /// <summary>
    /// Builds references from conditioned MVIC trials: per channel label, the highest RMS of
    /// <see cref="ConditionedEmg.Filtered"/> over any window of <paramref name="windowSeconds"/>.
    /// </summary>
    /// <param name="trials">Conditioned channels of one or more MVIC trials (same labels as the analysed trials).</param>
    /// <param name="windowSeconds">RMS window in s, 0.5–1 s.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is outside 0.5–1 s.</exception>
    /// <exception cref="ArgumentException">A trial is shorter than the window or has no signal (RMS 0).</exception>
    public static MvicReference FromTrials(IEnumerable<ConditionedEmg> trials, double windowSeconds = DefaultWindowSeconds)
    {
        Preconditions.CheckRange(nameof(windowSeconds), windowSeconds, 0.5, 1.0);
        var result = new Dictionary<string, MvicValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var trial in Preconditions.CheckNotNull(trials))
        {
            var window = (int)Math.Round(windowSeconds * trial.RateHz);
            if (trial.Length < window)
            {
                throw new ArgumentException($"MVIC trial channel '{trial.Label}' lasts {trial.DurationSeconds:0.###} s, shorter than the {windowSeconds} s RMS window.", nameof(trials));
            }
            var rms = MovingWindow.MaxRms(trial.Filtered.Span, window);
            if (!(rms > 0)) throw new ArgumentException($"MVIC trial channel '{trial.Label}' has no signal (RMS 0).", nameof(trials));
            result[trial.Label] = result.TryGetValue(trial.Label, out var old)
                ? old with { RmsAmplitude = Math.Max(old.RmsAmplitude, rms), Trials = old.Trials + 1 }
                : new MvicValue(trial.Label, rms, trial.Unit, 1, windowSeconds);
        }
        return new MvicReference(result);
    }

    /// <summary>The reference for <paramref name="channel"/>, or null.</summary>
    public MvicValue? Find(string channel) => values.GetValueOrDefault(channel);

    /// <summary><paramref name="amplitude"/> of <paramref name="channel"/> in %MVIC, or null without a reference.</summary>
    public PercentMvic? Normalise(string channel, double amplitude) =>
        Find(channel) is { } reference ? PercentMvic.Of(amplitude, reference.RmsAmplitude) : null;
}
