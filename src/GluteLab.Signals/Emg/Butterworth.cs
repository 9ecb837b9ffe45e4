using System.Numerics;
using GluteLab.Anatomy;
using NWaves.Filters.Butterworth;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Digital Butterworth filters designed as second-order sections: analog prototype poles (from NWaves'
/// <see cref="PrototypeButterworth"/>), frequency transformation with pre-warped edges, bilinear transform. The
/// result matches SciPy's <c>butter(n, …, output='sos')</c> up to section order and rounding.
/// </summary>
/// <remarks>
/// Squared magnitude of the digital designs (exact, with Ω = tan(π f / fs)):
/// low-pass 1 / (1 + (Ω/Ωc)^2n); high-pass 1 / (1 + (Ωc/Ω)^2n);
/// band-pass 1 / (1 + ((Ω² − Ωl Ωh) / (Ω (Ωh − Ωl)))^2n). A band-pass of order n has 2n poles (n sections).
/// </remarks>
public static class Butterworth
{
    /// <summary>Band-pass of prototype order <paramref name="order"/> between <paramref name="lowHz"/> and <paramref name="highHz"/> (−3 dB edges).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Order outside [1, 16], or not 0 &lt; low &lt; high &lt; rate/2.</exception>
    public static SecondOrderSections BandPass(int order, double lowHz, double highHz, double rateHz)
    {
        CheckOrder(order);
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        Preconditions.CheckRange(nameof(highHz), highHz, 0, rateHz / 2);
        Preconditions.CheckRange(nameof(lowHz), lowHz, 0, highHz);
        if (lowHz <= 0 || highHz >= rateHz / 2 || lowHz >= highHz)
        {
            throw new ArgumentOutOfRangeException(nameof(lowHz), $"band edges should satisfy 0 < low < high < rate/2, were {lowHz} and {highHz} Hz at {rateHz} Hz.");
        }
        var fs2 = 2 * rateHz;
        var wl = fs2 * Math.Tan(Math.PI * lowHz / rateHz);
        var wh = fs2 * Math.Tan(Math.PI * highHz / rateHz);
        var bw = wh - wl;
        var w0sq = wl * wh;
        var poles = new List<Complex>();
        foreach (var p in Prototype(order))
        {
            var half = p * bw / 2;
            var root = Complex.Sqrt(half * half - w0sq);
            poles.Add(half + root);
            poles.Add(half - root);
        }
        var z = poles.Select(s => Bilinear(s, fs2)).ToList();
        var w0 = 2 * Math.Atan(Math.Sqrt(w0sq) / fs2);
        return Assemble(z, [1, 0, -1], Complex.FromPolarCoordinates(1, -w0));
    }

    /// <summary>Low-pass of order <paramref name="order"/> with −3 dB cut-off <paramref name="cutoffHz"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Order outside [1, 16], or cut-off not in (0, rate/2).</exception>
    public static SecondOrderSections LowPass(int order, double cutoffHz, double rateHz)
    {
        CheckOrder(order);
        CheckCutoff(cutoffHz, rateHz);
        var fs2 = 2 * rateHz;
        var wc = fs2 * Math.Tan(Math.PI * cutoffHz / rateHz);
        var z = Prototype(order).Select(p => Bilinear(p * wc, fs2)).ToList();
        return Assemble(z, [1, 2, 1], Complex.One);
    }

    /// <summary>High-pass of order <paramref name="order"/> with −3 dB cut-off <paramref name="cutoffHz"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Order outside [1, 16], or cut-off not in (0, rate/2).</exception>
    public static SecondOrderSections HighPass(int order, double cutoffHz, double rateHz)
    {
        CheckOrder(order);
        CheckCutoff(cutoffHz, rateHz);
        var fs2 = 2 * rateHz;
        var wc = fs2 * Math.Tan(Math.PI * cutoffHz / rateHz);
        var z = Prototype(order).Select(p => Bilinear(wc / p, fs2)).ToList();
        return Assemble(z, [1, -2, 1], -Complex.One);
    }

    /// <summary>
    /// Analytic squared magnitude of the digital band-pass design (see remarks), for tests and documentation.
    /// </summary>
    public static double BandPassPowerGain(int order, double lowHz, double highHz, double rateHz, double frequencyHz)
    {
        var wl = Math.Tan(Math.PI * lowHz / rateHz);
        var wh = Math.Tan(Math.PI * highHz / rateHz);
        var w = Math.Tan(Math.PI * frequencyHz / rateHz);
        var x = (w * w - wl * wh) / (w * (wh - wl));
        return 1 / (1 + Math.Pow(x * x, order));
    }

    private static IEnumerable<Complex> Prototype(int order) => PrototypeButterworth.Poles(order);

    private static Complex Bilinear(Complex s, double fs2) => (fs2 + s) / (fs2 - s);

    // Pairs the digital poles into sections (conjugate pairs; real poles two by two), gives each section the
    // numerator pattern (first-order sections: the matching half) and scales each to unit gain at zRef.
    private static SecondOrderSections Assemble(List<Complex> poles, double[] numerator, Complex zRef)
    {
        const double tol = 1e-12;
        var complexPoles = poles.Where(p => p.Imaginary > tol).OrderBy(p => Complex.Abs(p)).ToList();
        var realPoles = poles.Where(p => Math.Abs(p.Imaginary) <= tol).Select(p => p.Real).OrderBy(r => Math.Abs(r)).ToList();
        var rows = new List<double[]>();
        foreach (var p in complexPoles) rows.Add(Section(numerator, [1, -2 * p.Real, p.Real * p.Real + p.Imaginary * p.Imaginary], zRef));
        for (var i = 0; i + 1 < realPoles.Count; i += 2)
        {
            double r1 = realPoles[i], r2 = realPoles[i + 1];
            rows.Add(Section(numerator, [1, -(r1 + r2), r1 * r2], zRef));
        }
        if (realPoles.Count % 2 == 1)
        {
            var r = realPoles[^1];
            // First-order section: one zero of the pattern (z = -1 for low-pass, +1 for high-pass; band-pass never has one).
            double[] b = numerator[1] > 0 ? [1, 1, 0] : [1, -1, 0];
            rows.Add(Section(b, [1, -r, 0], zRef));
        }
        return new SecondOrderSections(rows);
    }

    private static double[] Section(double[] b, double[] a, Complex zRef)
    {
        var z1 = Complex.Reciprocal(zRef);
        var h = (b[0] + b[1] * z1 + b[2] * z1 * z1) / (a[0] + a[1] * z1 + a[2] * z1 * z1);
        var g = 1 / Complex.Abs(h);
        return [g * b[0], g * b[1], g * b[2], a[0], a[1], a[2]];
    }

    private static void CheckOrder(int order)
    {
        if (order is < 1 or > 16) throw new ArgumentOutOfRangeException(nameof(order), order, $"order should be in range [1, 16], was {order}.");
    }

    private static void CheckCutoff(double cutoffHz, double rateHz)
    {
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        Preconditions.CheckPositive(nameof(cutoffHz), cutoffHz);
        if (cutoffHz >= rateHz / 2) throw new ArgumentOutOfRangeException(nameof(cutoffHz), cutoffHz, $"cutoffHz should be below rate/2 = {rateHz / 2} Hz, was {cutoffHz}.");
    }
}
