using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Tests.Tasks;

public class ChannelCurveTest
{
    [Fact]
    public void MonotoneCurvePassesThroughKnotsWithoutOvershoot()
    {
        var curve = new ChannelCurve([0.0, 0.2, 0.8, 1.0], [0.0, 1.0, 1.0, 0.0], periodic: false);
        Assert.Equal(1.0, curve.Evaluate(0.2), 12);
        Assert.Equal(0.0, curve.Evaluate(1.0), 12);
        for (var u = 0.0; u <= 1.0; u += 0.01) Assert.InRange(curve.Evaluate(u), 0.0, 1.0 + 1e-12); // hold stays a hold
        Assert.Equal(1.0, curve.Evaluate(0.5), 12);
    }

    [Fact]
    public void PeriodicCurveWrapsAndIsSmooth()
    {
        var knots = Enumerable.Range(0, 20).Select(i => i / 20.0).ToArray();
        var curve = new ChannelCurve(knots, knots.Select(u => Math.Sin(2 * Math.PI * u)).ToArray(), periodic: true);
        Assert.Equal(curve.Evaluate(0.3), curve.Evaluate(1.3), 12);
        Assert.Equal(curve.Evaluate(0.97), curve.Evaluate(-0.03), 12);
        // A periodic cubic spline through 20 samples of a sine reproduces it to < 1e-3.
        for (var u = 0.0; u < 1.0; u += 0.013) Assert.Equal(Math.Sin(2 * Math.PI * u), curve.Evaluate(u), 3);
    }

    [Fact]
    public void LowPassKeepsLowHarmonicsAndRemovesHighOnes()
    {
        var knots = Enumerable.Range(0, 40).Select(i => i / 40.0).ToArray();
        double Signal(double u) => 0.5 + Math.Sin(2 * Math.PI * u) + 0.2 * Math.Cos(2 * Math.PI * 10 * u);
        var filtered = new ChannelCurve(knots, knots.Select(Signal).ToArray(), periodic: true).LowPass(6);
        for (var u = 0.0; u < 1.0; u += 0.01) Assert.Equal(0.5 + Math.Sin(2 * Math.PI * u), filtered.Evaluate(u), 2);
        Assert.Equal(-filtered.Evaluate(0.21), filtered.Scaled(-1).Evaluate(0.21), 12);
        Assert.Throws<InvalidOperationException>(() => ChannelCurve.Constant(1).LowPass(6));
    }
}
