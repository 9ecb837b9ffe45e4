using CsCheck;
using GluteLab.Signals.EmgProcessing;

namespace GluteLab.Signals.Tests.EmgProcessing;

public class EmgConditionerTest
{
    [Fact]
    public void DefaultsFollowTheDocumentedConvention()
    {
        var o = EmgConditioningOptions.Default;
        Assert.Equal((20.0, 450.0, 4, true, 0.1), (o.HighPassHz, o.LowPassHz, o.ButterworthOrder, o.ZeroPhase, o.RmsWindowSeconds));
        Assert.Null(o.NotchHz);
    }

    [Fact]
    public void RemovesDcAndKeepsTheEmgBand()
    {
        var n = 5000;
        var x = Enumerable.Range(0, n).Select(i => 2048 + 100 * Math.Sin(2 * Math.PI * 100 * i / 1000.0)).ToArray();
        var c = Emg.Condition(x, 1000);
        var mid = c.Filtered.Span[1000..4000].ToArray();
        Assert.Equal(0, mid.Average(), 0.5);
        Assert.Equal(100 / Math.Sqrt(2), Math.Sqrt(mid.Average(v => v * v)), 1.0);
        // Moving RMS of a sine is its RMS.
        Assert.Equal(100 / Math.Sqrt(2), c.Envelope.Span[2500], 1.5);
    }

    [Fact]
    public void LowRateClampsTheUpperEdgeWithADiagnosticInsteadOfFailing()
    {
        var x = SyntheticEmg.Noise(1, 2000);
        var c = Emg.Condition(x, 500);
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal("upper-edge-clamped", d.Code);
        Assert.Equal(237.5, c.PassBandHz!.Value.HighHz);
        Assert.All(c.Filtered.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void VeryLowRateSkipsTheBandPassWithADiagnostic()
    {
        var c = Emg.Condition(SyntheticEmg.Noise(1, 200), 40);
        Assert.Contains(c.Diagnostics, d => d.Code == "band-pass-skipped");
        Assert.Null(c.PassBandHz);
    }

    [Fact]
    public void NotchRemovesMainsHum()
    {
        var n = 10000;
        var x = Enumerable.Range(0, n).Select(i => Math.Sin(2 * Math.PI * 50 * i / 1000.0)).ToArray();
        var with = Emg.Condition(x, 1000, new EmgConditioningOptions(NotchHz: 50));
        var without = Emg.Condition(x, 1000);
        double Rms(ReadOnlyMemory<double> m) => Math.Sqrt(m.Span[2000..8000].ToArray().Average(v => v * v));
        Assert.True(Rms(with.Filtered) < 0.01 * Rms(without.Filtered));
    }

    [Fact]
    public void LowPassEnvelopeIsNonNegativeAndSmooth()
    {
        var x = SyntheticEmg.Burst(4, 1000, 3, 1, 1, 15);
        var c = Emg.Condition(x, 1000, new EmgConditioningOptions(Envelope: EnvelopeMethod.LowPass));
        Assert.All(c.Envelope.ToArray(), v => Assert.True(v >= 0));
        Assert.True(c.Envelope.Span[1500] > 3 * c.Envelope.Span[300]);
    }

    [Theory]
    [InlineData(-1.0, 450.0)]
    [InlineData(100.0, 50.0)]
    [InlineData(double.NaN, 450.0)]
    public void ImpossibleOptionsAreRejectedNamingTheParameter(double high, double low)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Emg.Condition(new double[100], 1000, new EmgConditioningOptions(HighPassHz: high, LowPassHz: low)));
        Assert.Contains("PassHz", e.Message);
    }

    [Fact]
    public void ShortAndEmptySignalsDoNotCrash()
    {
        Assert.Equal(0, Emg.Condition([], 1000).Length);
        Assert.Equal(1, Emg.Condition([3.0], 1000).Length);
        Assert.Equal(5, Emg.Condition([1.0, 2, 3, 4, 5], 1000).Length);
    }

    [Fact]
    public void MovingRmsMatchesADirectSum()
    {
        var x = SyntheticEmg.Noise(9, 300);
        var y = new double[x.Length];
        MovingWindow.Rms(x, 21, y);
        for (var i = 0; i < x.Length; i++)
        {
            var lo = Math.Max(0, i - 10);
            var hi = Math.Min(x.Length - 1, i + 10);
            var expected = Math.Sqrt(Enumerable.Range(lo, hi - lo + 1).Average(j => x[j] * x[j]));
            Assert.Equal(expected, y[i], 1e-9);
        }
    }
}

public class EmgConditionerBatchTest
{
    [Fact]
    public void ConditioningChannelsTogetherEqualsOneByOne()
    {
        Gen.Select(Gen.Int[1, 9], Gen.Int[2, 400], Gen.Int[0, 1000]).Sample(t =>
        {
            var (count, length, seed) = t;
            var rates = new[] { 1000.0, 2000.0 };
            var channels = Enumerable.Range(0, count).Select(i => new GluteLab.Signals.Recordings.AnalogChannel(
                $"ch{i}", rates[i % 2], SyntheticEmg.Burst(seed + i, 1000, length / 1000.0, length / 2000.0, 1, 15).Select(v => v + i).ToArray())).ToList();
            var together = Emg.Condition(channels, new EmgConditioningOptions(NotchHz: 50));
            for (var i = 0; i < count; i++)
            {
                var alone = Emg.Condition(channels[i], new EmgConditioningOptions(NotchHz: 50));
                Assert.Equal(channels[i].Label, together[i].Label);
                var a = alone.Filtered.Span;
                var b = together[i].Filtered.Span;
                for (var k = 0; k < a.Length; k++) Assert.Equal(a[k], b[k], 1e-9);
                Assert.Equal(alone.Envelope.Span[a.Length / 2], together[i].Envelope.Span[a.Length / 2], 1e-9);
            }
        }, iter: 60);
    }
}
