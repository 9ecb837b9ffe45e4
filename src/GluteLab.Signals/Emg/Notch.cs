using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>Second-order IIR notch (band-stop) for mains interference at 50 or 60 Hz.</summary>
public static class Notch
{
    /// <summary>
    /// A notch at <paramref name="frequencyHz"/> with quality factor <paramref name="quality"/> (centre / −3 dB
    /// bandwidth), designed like SciPy's <c>iirnotch</c>: zeros on the unit circle at the notch frequency, poles at
    /// radius set by the bandwidth.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Frequency not in (0, rate/2) or quality not &gt; 0.</exception>
    public static SecondOrderSections Design(double frequencyHz, double quality, double rateHz)
    {
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        Preconditions.CheckPositive(nameof(quality), quality);
        Preconditions.CheckPositive(nameof(frequencyHz), frequencyHz);
        if (frequencyHz >= rateHz / 2) throw new ArgumentOutOfRangeException(nameof(frequencyHz), frequencyHz, $"frequencyHz should be below rate/2 = {rateHz / 2} Hz, was {frequencyHz}.");
        var w0 = 2 * Math.PI * frequencyHz / rateHz;
        var bw = w0 / quality;
        var beta = Math.Tan(bw / 2);
        var gain = 1 / (1 + beta);
        var cos = Math.Cos(w0);
        return new SecondOrderSections([[gain, -2 * gain * cos, gain, 1, -2 * gain * cos, 2 * gain - 1]]);
    }
}
