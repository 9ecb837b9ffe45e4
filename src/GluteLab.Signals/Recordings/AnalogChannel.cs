using GluteLab.Anatomy;

namespace GluteLab.Signals.Recordings;

/// <summary>
/// One uniformly sampled analog channel (an EMG electrode pair, a trigger, a force signal…).
/// </summary>
/// <remarks>
/// Samples are held in a private copy and exposed read-only, so an instance never changes after construction.
/// Samples are in the physical unit named by <see cref="Unit"/> (SI where the source allows: volts for EMG read
/// in mV or µV are converted by the readers); raw ADC counts keep the unit <c>count</c>.
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// </remarks>
public sealed class AnalogChannel
{
    private readonly double[] samples;

    /// <summary>Creates a channel from a copy of <paramref name="samples"/>.</summary>
    /// <param name="label">Channel label as recorded (e.g. <c>L GMax</c>); not empty.</param>
    /// <param name="rateHz">Sampling rate in Hz; finite and &gt; 0.</param>
    /// <param name="samples">Samples in <paramref name="unit"/>; every value finite.</param>
    /// <param name="unit">Physical unit (e.g. <c>V</c>, <c>count</c>); empty when unknown.</param>
    /// <exception cref="ArgumentException">The label is empty or a sample is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not a finite positive number.</exception>
    public AnalogChannel(string label, double rateHz, ReadOnlySpan<double> samples, string unit = "")
    {
        Preconditions.CheckNotNull(label);
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException("label should not be empty.", nameof(label));
        Label = label;
        RateHz = Preconditions.CheckPositive(nameof(rateHz), rateHz);
        for (var i = 0; i < samples.Length; i++)
        {
            if (!double.IsFinite(samples[i]))
            {
                throw new ArgumentException($"samples of channel '{label}' should be finite, sample {i} was {samples[i]}.", nameof(samples));
            }
        }
        this.samples = samples.ToArray();
        Unit = unit ?? string.Empty;
    }

    /// <summary>Channel label as recorded.</summary>
    public string Label { get; }

    /// <summary>Sampling rate in Hz (&gt; 0).</summary>
    public double RateHz { get; }

    /// <summary>Physical unit of <see cref="Samples"/>; empty when unknown.</summary>
    public string Unit { get; }

    /// <summary>The samples, read-only.</summary>
    public ReadOnlySpan<double> Samples => samples;

    /// <summary>The samples as read-only memory (for storing in other immutable results).</summary>
    public ReadOnlyMemory<double> SampleMemory => samples;

    /// <summary>Number of samples.</summary>
    public int Length => samples.Length;

    /// <summary>Duration in seconds: <c>Length / RateHz</c>.</summary>
    public double DurationSeconds => samples.Length / RateHz;

    /// <summary>Time in seconds of sample <paramref name="index"/> (first sample at 0 s).</summary>
    public double TimeOf(int index) => index / RateHz;

    /// <summary>A copy with another label (pseudomutator).</summary>
    public AnalogChannel WithLabel(string label) => new(label, RateHz, samples, Unit);

    /// <inheritdoc />
    public override string ToString() => $"{Label} ({Length} samples at {RateHz:G6} Hz{(Unit.Length > 0 ? ", " + Unit : "")})";
}
