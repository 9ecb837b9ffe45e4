using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Synthesis;

/// <summary>How <see cref="EmgSynthesizer"/> turns activations into a recording.</summary>
/// <param name="RateHz">
/// EMG sampling rate, Hz (default 2000: above twice the 450 Hz upper band edge with margin; EVIDENCE §7). Must be a whole
/// multiple of <paramref name="PointRateHz"/>.
/// </param>
/// <param name="PointRateHz">Marker frame rate, Hz (default 100).</param>
/// <param name="SnrDecibels">
/// Ratio of the EMG RMS at full activation to the RMS of the baseline noise, dB: 20·log10(signal/noise).
/// Default 40 dB (named assumption: a good surface recording; the noise floor is then 1 % of the MVIC amplitude).
/// </param>
/// <param name="FullActivationRmsVolts">
/// RMS of the EMG at activation 1, V (default 0.5 mV; named assumption: MVIC surface EMG RMS is of the order of 0.1–1 mV).
/// The amplitude envelope is this value times the activation (a linear amplitude–activation relation, a named
/// simplification: the EMG–force relation is near-linear in small muscles and curvilinear in large ones).
/// </param>
/// <param name="RestBeforeSeconds">Rest (activation 0, baseline noise only) before the movement, s (default 1).</param>
/// <param name="RestAfterSeconds">Rest after the movement, s (default 0.5).</param>
/// <param name="OnsetDelaysSeconds">Extra delay of a site's activation series, s (≥ 0); sites not listed have none. Default none.</param>
/// <param name="Seed">Seed of the pseudo-random noise; the same seed gives the same samples.</param>
public sealed record SynthesisOptions(
    double RateHz = 2000,
    double PointRateHz = 100,
    double SnrDecibels = 40,
    double FullActivationRmsVolts = 5e-4,
    double RestBeforeSeconds = 1.0,
    double RestAfterSeconds = 0.5,
    IReadOnlyDictionary<MuscleSite, double>? OnsetDelaysSeconds = null,
    int Seed = 1)
{
    /// <summary>The defaults.</summary>
    public static SynthesisOptions Default { get; } = new();

    /// <summary>Lower edge of the EMG band, Hz (band-limited noise; SENIAM/EVIDENCE §7 band 20–450 Hz).</summary>
    public const double BandLowHz = 20;

    /// <summary>Upper edge of the EMG band, Hz.</summary>
    public const double BandHighHz = 450;

    /// <summary>Analog samples per marker frame.</summary>
    public int SamplesPerFrame => (int)Math.Round(RateHz / PointRateHz);

    /// <summary>Checks every value; returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public SynthesisOptions Validate()
    {
        Preconditions.CheckRange(nameof(RateHz), RateHz, 1000, 100_000);
        Preconditions.CheckRange(nameof(PointRateHz), PointRateHz, 1, RateHz);
        var ratio = RateHz / PointRateHz;
        if (Math.Abs(ratio - Math.Round(ratio)) > 1e-9 * ratio)
        {
            throw new ArgumentOutOfRangeException(nameof(RateHz), RateHz, $"RateHz should be a whole multiple of PointRateHz {PointRateHz}, was {RateHz}.");
        }
        Preconditions.CheckRange(nameof(SnrDecibels), SnrDecibels, -20, 120);
        Preconditions.CheckRange(nameof(FullActivationRmsVolts), FullActivationRmsVolts, 1e-9, 1);
        Preconditions.CheckRange(nameof(RestBeforeSeconds), RestBeforeSeconds, 0, 60);
        Preconditions.CheckRange(nameof(RestAfterSeconds), RestAfterSeconds, 0, 60);
        foreach (var (site, delay) in OnsetDelaysSeconds ?? new Dictionary<MuscleSite, double>())
        {
            Preconditions.CheckRange($"{nameof(OnsetDelaysSeconds)}[{site}]", delay, 0, 10);
        }
        return this;
    }

    /// <summary>The delay of <paramref name="site"/>, s (0 when not listed).</summary>
    public double DelayOf(MuscleSite site) => OnsetDelaysSeconds is { } d && d.TryGetValue(site, out var v) ? v : 0;
}
