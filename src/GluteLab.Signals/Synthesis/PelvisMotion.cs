using GluteLab.Anatomy;

namespace GluteLab.Signals.Synthesis;

/// <summary>
/// The pelvis's orientation over a movement, for synthetic pelvis markers: tilt (angle of the ASIS–PSIS line below
/// the horizontal, anterior positive) and obliquity (right side up positive, as <see cref="Coordinate.PelvicObliquity"/>),
/// radians, at times from the start of the movement.
/// </summary>
/// <param name="TimesSeconds">Times from the start of the movement, s; strictly increasing.</param>
/// <param name="TiltRadians">Pelvic tilt per time, rad (anterior positive; e.g. 0.21 rad = 12° standing).</param>
/// <param name="ObliquityRadians">Pelvic obliquity per time, rad (right side up positive).</param>
public sealed record PelvisMotion(IReadOnlyList<double> TimesSeconds, IReadOnlyList<double> TiltRadians, IReadOnlyList<double> ObliquityRadians)
{
    /// <summary>Checks lengths and values; returns this.</summary>
    /// <exception cref="ArgumentException">Lengths differ, the series is empty, or a value is not finite.</exception>
    public PelvisMotion Validate()
    {
        if (TimesSeconds.Count == 0 || TiltRadians.Count != TimesSeconds.Count || ObliquityRadians.Count != TimesSeconds.Count)
        {
            throw new ArgumentException($"pelvis motion: {TimesSeconds.Count} times, {TiltRadians.Count} tilts and {ObliquityRadians.Count} obliquities; they should be equal and non-zero.");
        }
        for (var i = 0; i < TimesSeconds.Count; i++)
        {
            if (!double.IsFinite(TimesSeconds[i]) || (i > 0 && TimesSeconds[i] <= TimesSeconds[i - 1])) throw new ArgumentException($"pelvis motion: time {i} is {TimesSeconds[i]}; times should increase.");
            Preconditions.CheckRange($"pelvis tilt[{i}]", TiltRadians[i], -Math.PI / 2, Math.PI / 2);
            Preconditions.CheckRange($"pelvis obliquity[{i}]", ObliquityRadians[i], -Math.PI / 2, Math.PI / 2);
        }
        return this;
    }

    /// <summary>(tilt, obliquity) at <paramref name="seconds"/>: linear between times, held constant outside them.</summary>
    public (double Tilt, double Obliquity) At(double seconds)
    {
        var t = TimesSeconds;
        if (seconds <= t[0]) return (TiltRadians[0], ObliquityRadians[0]);
        if (seconds >= t[^1]) return (TiltRadians[^1], ObliquityRadians[^1]);
        var i = 1;
        while (t[i] < seconds) i++;
        var f = (seconds - t[i - 1]) / (t[i] - t[i - 1]);
        return (TiltRadians[i - 1] + f * (TiltRadians[i] - TiltRadians[i - 1]), ObliquityRadians[i - 1] + f * (ObliquityRadians[i] - ObliquityRadians[i - 1]));
    }
}
