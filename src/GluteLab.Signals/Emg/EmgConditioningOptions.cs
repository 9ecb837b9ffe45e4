using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>How the envelope (linear amplitude) of a conditioned EMG signal is formed.</summary>
public enum EnvelopeMethod
{
    /// <summary>Centred moving root-mean-square of the band-passed signal.</summary>
    MovingRms,

    /// <summary>Full-wave rectification, then a zero-phase Butterworth low-pass.</summary>
    LowPass,
}

/// <summary>
/// Parameters of EMG conditioning. Defaults follow common surface-EMG practice (EVIDENCE §7):
/// DC removal; band-pass 20–450 Hz, 4th-order Butterworth, zero-phase (SENIAM: high-pass 10–20 Hz, low-pass
/// about 500 Hz); no notch unless asked (50 or 60 Hz); envelope by a 100 ms moving RMS (Visual3D's default; the
/// usual range is 50–100 ms) or a 6 Hz low-pass of the rectified signal.
/// </summary>
/// <param name="RemoveDc">Subtract the mean before filtering (reduces edge transients).</param>
/// <param name="HighPassHz">Lower band edge in Hz (−3 dB of the one-way filter); SENIAM 10–20 Hz.</param>
/// <param name="LowPassHz">Upper band edge in Hz; clamped to 0.95 × Nyquist with a diagnostic when the rate is too low.</param>
/// <param name="ButterworthOrder">Prototype order of the band-pass (4 → 8 poles, as SciPy's <c>butter(4, [lo, hi], 'band')</c>); 1–8.</param>
/// <param name="ZeroPhase">Filter forward and backward (no phase lag, doubled attenuation in dB) rather than causally.</param>
/// <param name="PadLength">Samples of odd-reflection padding per end for zero-phase filtering; null for SciPy's default 3 × (2 × sections + 1).</param>
/// <param name="NotchHz">Mains frequency to remove (50 or 60 Hz), or null for none.</param>
/// <param name="NotchQuality">Quality factor of the notch (centre / bandwidth); 30 gives a ≈ 1.7 Hz wide notch at 50 Hz.</param>
/// <param name="Envelope">Envelope method.</param>
/// <param name="RmsWindowSeconds">Moving-RMS window length in s (0.05–0.1 s usual; default 0.1 s, Visual3D).</param>
/// <param name="EnvelopeLowPassHz">Low-pass cut-off for <see cref="EnvelopeMethod.LowPass"/> in Hz (6 Hz usual).</param>
/// <param name="EnvelopeLowPassOrder">Order of that low-pass (run forward and backward).</param>
public sealed record EmgConditioningOptions(
    bool RemoveDc = true,
    double HighPassHz = 20,
    double LowPassHz = 450,
    int ButterworthOrder = 4,
    bool ZeroPhase = true,
    int? PadLength = null,
    double? NotchHz = null,
    double NotchQuality = 30,
    EnvelopeMethod Envelope = EnvelopeMethod.MovingRms,
    double RmsWindowSeconds = 0.1,
    double EnvelopeLowPassHz = 6,
    int EnvelopeLowPassOrder = 2)
{
    /// <summary>The defaults described above.</summary>
    public static EmgConditioningOptions Default { get; } = new();

    /// <summary>Checks every parameter; returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range; the message names it.</exception>
    public EmgConditioningOptions Validate()
    {
        Preconditions.CheckPositive(nameof(HighPassHz), HighPassHz);
        Preconditions.CheckPositive(nameof(LowPassHz), LowPassHz);
        if (LowPassHz <= HighPassHz)
        {
            throw new ArgumentOutOfRangeException(nameof(LowPassHz), LowPassHz, $"LowPassHz should be above HighPassHz = {HighPassHz}, was {LowPassHz}.");
        }
        Preconditions.CheckRange(nameof(ButterworthOrder), ButterworthOrder, 1, 8);
        if (PadLength is { } pad) Preconditions.CheckRange(nameof(PadLength), pad, 0, int.MaxValue);
        if (NotchHz is { } notch) Preconditions.CheckPositive(nameof(NotchHz), notch);
        Preconditions.CheckPositive(nameof(NotchQuality), NotchQuality);
        Preconditions.CheckRange(nameof(RmsWindowSeconds), RmsWindowSeconds, 1e-3, 10);
        Preconditions.CheckPositive(nameof(EnvelopeLowPassHz), EnvelopeLowPassHz);
        Preconditions.CheckRange(nameof(EnvelopeLowPassOrder), EnvelopeLowPassOrder, 1, 8);
        if (!Enum.IsDefined(Envelope)) throw new ArgumentOutOfRangeException(nameof(Envelope), Envelope, "Envelope should be MovingRms or LowPass.");
        return this;
    }
}
