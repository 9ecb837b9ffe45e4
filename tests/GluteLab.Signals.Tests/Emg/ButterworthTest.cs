using System.Globalization;
using System.Numerics;
using GluteLab.Signals.EmgProcessing;

namespace GluteLab.Signals.Tests.EmgProcessing;

public class ButterworthTest
{
    private const double Rate = 1000;

    private static (double[] X, double[] BandPass, double[] LowPass, double[] Notch) Fixture()
    {
        // Emg/Fixtures/scipy-sosfiltfilt.csv: SciPy 1.10.1 output; the script that produced it is in its header.
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Emg", "Fixtures", "scipy-sosfiltfilt.csv"))
            .Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return (rows.Select(r => r[0]).ToArray(), rows.Select(r => r[1]).ToArray(), rows.Select(r => r[2]).ToArray(), rows.Select(r => r[3]).ToArray());
    }

    [Fact]
    public void ZeroPhaseBandPassMatchesScipySosfiltfilt()
    {
        var (x, expected, _, _) = Fixture();
        var y = new double[x.Length];
        Butterworth.BandPass(4, 20, 450, Rate).FilterZeroPhase(x, y);
        for (var i = 0; i < x.Length; i++) Assert.Equal(expected[i], y[i], 1e-9);
    }

    [Fact]
    public void ZeroPhaseLowPassOfRectifiedSignalMatchesScipy()
    {
        var (x, _, expected, _) = Fixture();
        var rectified = x.Select(Math.Abs).ToArray();
        var y = new double[x.Length];
        Butterworth.LowPass(2, 6, Rate).FilterZeroPhase(rectified, y);
        for (var i = 0; i < x.Length; i++) Assert.Equal(expected[i], y[i], 1e-9);
    }

    [Fact]
    public void NotchMatchesScipyIirnotch()
    {
        var (x, _, _, expected) = Fixture();
        var y = new double[x.Length];
        Notch.Design(50, 30, Rate).FilterZeroPhase(x, y);
        for (var i = 0; i < x.Length; i++) Assert.Equal(expected[i], y[i], 1e-9);
    }

    public static TheoryData<double> Frequencies => new() { 5, 10, 15, 20, 30, 50, 100, 200, 300, 400, 450, 470, 490 };

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void BandPassResponseIsAnalyticButterworthWithinATenthOfADecibel(double f)
    {
        // |H|² = 1 / (1 + ((Ω² − Ωl·Ωh) / (Ω·(Ωh − Ωl)))^(2n)), Ω = tan(π f / fs): the band-pass form of
        // 1 / (1 + (f/fc)^(2n)) after the bilinear transform with pre-warped edges.
        var sos = Butterworth.BandPass(4, 20, 450, Rate);
        var measuredDb = 10 * Math.Log10(Complex.Abs(sos.Response(f, Rate)) is var h ? h * h : 0);
        var analytic = 1 / (1 + Math.Pow(BandPassVariable(f), 8));
        Assert.InRange(measuredDb - 10 * Math.Log10(analytic), -0.1, 0.1);
    }

    private static double BandPassVariable(double f)
    {
        double wl = Math.Tan(Math.PI * 20 / Rate), wh = Math.Tan(Math.PI * 450 / Rate), w = Math.Tan(Math.PI * f / Rate);
        return (w * w - wl * wh) / (w * (wh - wl));
    }

    [Fact]
    public void EdgesAreMinusThreeDecibelsOneWay()
    {
        var sos = Butterworth.BandPass(4, 20, 450, Rate);
        foreach (var f in new[] { 20.0, 450.0 })
        {
            var h = Complex.Abs(sos.Response(f, Rate));
            Assert.Equal(-3.0103, 20 * Math.Log10(h), 0.01);
        }
    }

    [Theory]
    [InlineData(30.0)]
    [InlineData(60.0)]
    [InlineData(150.0)]
    [InlineData(15.0)]
    public void ZeroPhaseFilteringAttenuatesASineBySquaredResponse(double f)
    {
        // Forward-backward filtering gives |H|²: measured on a steady sine in the middle of a long record.
        var n = 20000;
        var x = Enumerable.Range(0, n).Select(i => Math.Sin(2 * Math.PI * f * i / Rate)).ToArray();
        var y = new double[n];
        Butterworth.BandPass(4, 20, 450, Rate).FilterZeroPhase(x, y);
        var middle = Enumerable.Range(n / 4, n / 2);
        var rmsIn = Math.Sqrt(middle.Average(i => x[i] * x[i]));
        var rmsOut = Math.Sqrt(middle.Average(i => y[i] * y[i]));
        var expectedDb = 2 * 10 * Math.Log10(Butterworth.BandPassPowerGain(4, 20, 450, Rate, f));
        Assert.InRange(20 * Math.Log10(rmsOut / rmsIn) - expectedDb, -0.1, 0.1);
    }

    [Fact]
    public void ZeroPhaseKeepsASymmetricPulseSymmetricAndInPlace()
    {
        var n = 2001;
        var c = n / 2;
        var x = Enumerable.Range(0, n).Select(i => Math.Exp(-Math.Pow((i - c) / 15.0, 2)) * Math.Cos(2 * Math.PI * 80 * (i - c) / Rate)).ToArray();
        var y = new double[n];
        Butterworth.BandPass(4, 20, 450, Rate).FilterZeroPhase(x, y);
        var peak = y.Max(Math.Abs);
        for (var k = 1; k < 300; k++) Assert.Equal(y[c - k], y[c + k], 1e-9 * peak);
        // Cross-correlation of input and output peaks at lag 0.
        var best = Enumerable.Range(-20, 41).MaxBy(lag => Enumerable.Range(100, n - 200).Sum(i => x[i] * y[i + lag]));
        Assert.Equal(0, best);
    }

    [Fact]
    public void CausalFilteringDelaysThePulse()
    {
        // Control for the test above: the same cascade run one way shifts the pulse later.
        var n = 2001;
        var c = n / 2;
        var x = Enumerable.Range(0, n).Select(i => Math.Exp(-Math.Pow((i - c) / 15.0, 2)) * Math.Cos(2 * Math.PI * 80 * (i - c) / Rate)).ToArray();
        var y = new double[n];
        Butterworth.BandPass(4, 20, 450, Rate).Filter(x, y);
        Assert.True(Centroid(y) > Centroid(x) + 1, $"energy centroid {Centroid(y)} vs input {Centroid(x)}");
        var zeroPhase = new double[n];
        Butterworth.BandPass(4, 20, 450, Rate).FilterZeroPhase(x, zeroPhase);
        Assert.Equal(Centroid(x), Centroid(zeroPhase), 0.01);
    }

    private static double Centroid(double[] v)
    {
        double w = 0, m = 0;
        for (var i = 0; i < v.Length; i++) { w += v[i] * v[i]; m += i * v[i] * v[i]; }
        return m / w;
    }

    [Fact]
    public void MatchesNWavesDesignResponse()
    {
        // NWaves designs the same band-pass as a single transfer function; its magnitude must agree with ours.
        var nwaves = new NWaves.Filters.Butterworth.BandPassFilter(20 / Rate, 450 / Rate, 4).Tf;
        foreach (var f in new[] { 10.0, 20, 50, 100, 300, 450 })
        {
            var z1 = Complex.FromPolarCoordinates(1, -2 * Math.PI * f / Rate);
            Complex Poly(double[] c) { var s = Complex.Zero; var p = Complex.One; foreach (var v in c) { s += v * p; p *= z1; } return s; }
            var theirs = Complex.Abs(Poly(nwaves.Numerator) / Poly(nwaves.Denominator));
            var ours = Complex.Abs(Butterworth.BandPass(4, 20, 450, Rate).Response(f, Rate));
            Assert.InRange(20 * Math.Log10(ours / theirs), -0.1, 0.1);
        }
    }

    [Fact]
    public void LowAndHighPassHaveButterworthMagnitude()
    {
        foreach (var f in new[] { 1.0, 6, 20, 100 })
        {
            var w = Math.Tan(Math.PI * f / Rate) / Math.Tan(Math.PI * 6 / Rate);
            var lp = Complex.Abs(Butterworth.LowPass(3, 6, Rate).Response(f, Rate));
            Assert.Equal(10 * Math.Log10(1 / (1 + Math.Pow(w, 6))), 20 * Math.Log10(lp), 0.01);
            var hp = Complex.Abs(Butterworth.HighPass(3, 6, Rate).Response(f, Rate));
            Assert.Equal(10 * Math.Log10(1 / (1 + Math.Pow(1 / w, 6))), 20 * Math.Log10(hp), 0.01);
        }
    }

    [Theory]
    [InlineData(0, 20, 450)]
    [InlineData(4, 0, 450)]
    [InlineData(4, 450, 20)]
    [InlineData(4, 20, 500)]
    [InlineData(4, double.NaN, 450)]
    public void ImpossibleDesignsAreRejected(int order, double low, double high)
    {
        Assert.ThrowsAny<ArgumentException>(() => Butterworth.BandPass(order, low, high, Rate));
    }
}
