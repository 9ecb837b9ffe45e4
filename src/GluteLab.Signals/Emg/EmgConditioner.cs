using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// EMG conditioning as a pure function: DC removal → band-pass (Butterworth, zero-phase) → optional notch →
/// envelope. See <see cref="EmgConditioningOptions"/> for the defaults and their sources.
/// </summary>
public static class EmgConditioner
{
    /// <summary>Upper band edges are clamped to this fraction of the Nyquist frequency.</summary>
    public const double MaxEdgeFractionOfNyquist = 0.95;

    /// <summary>Conditions <paramref name="samples"/> recorded at <paramref name="rateHz"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate or an option is out of range.</exception>
    /// <exception cref="ArgumentException">A sample is not finite.</exception>
    public static ConditionedEmg Condition(ReadOnlySpan<double> samples, double rateHz, EmgConditioningOptions? options = null,
        string label = "", string unit = "")
    {
        var o = options ?? EmgConditioningOptions.Default;
        var filtered = GC.AllocateUninitializedArray<double>(samples.Length);
        var envelope = GC.AllocateUninitializedArray<double>(samples.Length);
        var (band, diagnostics) = Condition(samples, rateHz, filtered, envelope, o, label);
        return new ConditionedEmg(label, rateHz, filtered, envelope, unit, o, band, diagnostics);
    }

    /// <summary>
    /// Conditions several channels; channels with the same rate and length are band-passed together (four at a time
    /// in SIMD lanes where available). Results are in the order of <paramref name="channels"/> and equal those of
    /// conditioning each channel alone.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<ConditionedEmg> Condition(IReadOnlyList<AnalogChannel> channels, EmgConditioningOptions? options = null)
    {
        Preconditions.CheckNotNull(channels);
        var o = (options ?? EmgConditioningOptions.Default).Validate();
        var results = new ConditionedEmg[channels.Count];
        foreach (var group in channels.Select((channel, index) => (channel, index)).GroupBy(t => (t.channel.RateHz, t.channel.Length)))
        {
            var (rateHz, n) = group.Key;
            var members = group.ToList();
            var diagnostics = new List<EmgDiagnostic>();
            var band = PassBand(o, rateHz, diagnostics);
            var filtered = members.Select(m =>
            {
                var f = GC.AllocateUninitializedArray<double>(n);
                RemoveDc(m.channel.Samples, f, o, m.channel.Label);
                return f;
            }).ToList();
            if (band is { } b && n > 1) ApplyMany(Butterworth.BandPass(o.ButterworthOrder, b.LowHz, b.HighHz, rateHz), filtered, o);
            if (Notch(o, rateHz, diagnostics) is { } notch && n > 1) ApplyMany(notch, filtered, o);
            for (var k = 0; k < members.Count; k++)
            {
                var envelope = GC.AllocateUninitializedArray<double>(n);
                var own = new List<EmgDiagnostic>(diagnostics);
                Envelope(filtered[k], envelope, o, rateHz, own);
                var c = members[k].channel;
                results[members[k].index] = new ConditionedEmg(c.Label, rateHz, filtered[k], envelope, c.Unit, o, band, own);
            }
        }
        return results;
    }

    /// <summary>
    /// Conditions into caller-owned buffers (no allocation proportional to the signal), for batch processing.
    /// </summary>
    /// <param name="samples">Raw samples.</param>
    /// <param name="rateHz">Sampling rate in Hz.</param>
    /// <param name="filtered">Receives the band-passed signal; same length as <paramref name="samples"/>.</param>
    /// <param name="envelope">Receives the envelope; same length.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="label">Channel label for messages.</param>
    /// <returns>The pass band applied and any diagnostics.</returns>
    /// <exception cref="ArgumentException">A buffer has the wrong length or a sample is not finite.</exception>
    public static ((double LowHz, double HighHz)? PassBandHz, IReadOnlyList<EmgDiagnostic> Diagnostics) Condition(
        ReadOnlySpan<double> samples, double rateHz, Span<double> filtered, Span<double> envelope,
        EmgConditioningOptions? options = null, string label = "")
    {
        var o = (options ?? EmgConditioningOptions.Default).Validate();
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        var n = samples.Length;
        if (filtered.Length != n || envelope.Length != n) throw new ArgumentException("filtered and envelope should have the length of samples.", nameof(filtered));
        var diagnostics = new List<EmgDiagnostic>();
        RemoveDc(samples, filtered, o, label);
        var band = PassBand(o, rateHz, diagnostics);
        if (band is { } b && n > 1) Apply(Butterworth.BandPass(o.ButterworthOrder, b.LowHz, b.HighHz, rateHz), filtered, o);
        if (Notch(o, rateHz, diagnostics) is { } notch && n > 1) Apply(notch, filtered, o);
        Envelope(filtered, envelope, o, rateHz, diagnostics);
        return (band, diagnostics);
    }

    private static void RemoveDc(ReadOnlySpan<double> samples, Span<double> filtered, EmgConditioningOptions o, string label)
    {
        var n = samples.Length;
        double sum = 0;
        var finite = true;
        for (var i = 0; i < n; i++)
        {
            var v = samples[i];
            sum += v;
            finite &= double.IsFinite(v);
        }
        if (!finite)
        {
            var bad = 0;
            while (double.IsFinite(samples[bad])) bad++;
            throw new ArgumentException($"{(label.Length > 0 ? label + ": " : "")}sample {bad} is {samples[bad]}; samples should be finite.", nameof(samples));
        }
        var mean = o.RemoveDc && n > 0 ? sum / n : 0;
        for (var i = 0; i < n; i++) filtered[i] = samples[i] - mean;
    }

    private static SecondOrderSections? Notch(EmgConditioningOptions o, double rateHz, List<EmgDiagnostic> diagnostics)
    {
        if (o.NotchHz is not { } notch) return null;
        if (notch >= MaxEdgeFractionOfNyquist * rateHz / 2)
        {
            diagnostics.Add(new("notch-skipped", $"NotchHz {notch} Hz is not below {MaxEdgeFractionOfNyquist} × Nyquist ({rateHz / 2} Hz); no notch applied."));
            return null;
        }
        return EmgProcessing.Notch.Design(notch, o.NotchQuality, rateHz);
    }

    private static void Envelope(ReadOnlySpan<double> filtered, Span<double> envelope, EmgConditioningOptions o, double rateHz, List<EmgDiagnostic> diagnostics)
    {
        var n = filtered.Length;
        if (n == 0) return;
        if (o.Envelope == EnvelopeMethod.MovingRms)
        {
            MovingWindow.Rms(filtered, MovingWindow.OddLength(o.RmsWindowSeconds, rateHz), envelope);
            return;
        }
        for (var i = 0; i < n; i++) envelope[i] = Math.Abs(filtered[i]);
        if (o.EnvelopeLowPassHz < MaxEdgeFractionOfNyquist * rateHz / 2 && n > 1)
        {
            Apply(Butterworth.LowPass(o.EnvelopeLowPassOrder, o.EnvelopeLowPassHz, rateHz), envelope, o);
            // A low-pass of a non-negative signal can undershoot slightly; amplitude is never negative.
            for (var i = 0; i < n; i++) if (envelope[i] < 0) envelope[i] = 0;
        }
        else
        {
            diagnostics.Add(new("envelope-lowpass-skipped", $"EnvelopeLowPassHz {o.EnvelopeLowPassHz} Hz is too close to Nyquist; envelope is the rectified signal."));
        }
    }

    private static void Apply(SecondOrderSections sos, Span<double> data, EmgConditioningOptions o)
    {
        if (o.ZeroPhase) sos.FilterZeroPhase(data, data, o.PadLength);
        else sos.Filter(data, data);
    }

    private static void ApplyMany(SecondOrderSections sos, List<double[]> data, EmgConditioningOptions o)
    {
        if (o.ZeroPhase) sos.FilterZeroPhaseInPlace(data, o.PadLength);
        else foreach (var d in data) sos.Filter(d, d);
    }

    private static (double LowHz, double HighHz)? PassBand(EmgConditioningOptions o, double rateHz, List<EmgDiagnostic> diagnostics)
    {
        var limit = MaxEdgeFractionOfNyquist * rateHz / 2;
        var high = o.LowPassHz;
        if (high > limit)
        {
            diagnostics.Add(new("upper-edge-clamped",
                $"LowPassHz {o.LowPassHz} Hz is not below the Nyquist frequency of {rateHz / 2} Hz at {rateHz} Hz; upper band edge clamped to {limit:G4} Hz."));
            high = limit;
        }
        if (o.HighPassHz >= high)
        {
            diagnostics.Add(new("band-pass-skipped",
                $"HighPassHz {o.HighPassHz} Hz is not below the usable upper edge {high:G4} Hz at {rateHz} Hz; no band-pass applied (only DC removal)."));
            return null;
        }
        return (o.HighPassHz, high);
    }
}
