using CsCheck;
using GluteLab.Mechanics.Muscles;

namespace GluteLab.Mechanics.Tests.Muscles;

/// <summary>
/// The DeGroote–Fregly 2016 curves against the sample values of MUSCULOSKELETAL.md §3.1, each held to half a unit in the
/// last printed digit (e.g. ±0.005 for 0.78, ±0.0005 for 0.054).
/// </summary>
public class DeGrooteFregly2016Test
{
    [Theory]
    [InlineData(0.5, 0.054, 0.0005)]
    [InlineData(0.6, 0.30, 0.005)]
    [InlineData(0.75, 0.78, 0.005)]
    [InlineData(0.9, 0.94, 0.005)]
    [InlineData(1.1, 0.95, 0.005)]
    [InlineData(1.25, 0.69, 0.005)]
    [InlineData(1.5, 0.23, 0.005)]
    [InlineData(1.7, 0.06, 0.005)]
    public void ActiveForceLengthMatchesTheSampleTable(double length, double expected, double tolerance) =>
        Assert.InRange(DeGrooteFregly2016.ActiveForceLength(length), expected - tolerance, expected + tolerance);

    [Fact]
    public void ActiveForceLengthPeaksAtOneAtOptimalLength()
    {
        Assert.Equal(1.0, DeGrooteFregly2016.ActiveForceLength(1.0), 9);
        // The three-Gaussian fit peaks slightly past optimal length (≈ 1.001 at l̃ ≈ 1.013), not exactly at 1.
        var (peak, at) = Enumerable.Range(0, 18001).Select(i => 0.2 + i * 1e-4).Select(l => (DeGrooteFregly2016.ActiveForceLength(l), l)).Max();
        Assert.InRange(peak, 1.0, 1.002);
        Assert.InRange(at, 0.99, 1.03);
        Assert.True(DeGrooteFregly2016.ActiveForceLength(0.2) < 0.01);
        Assert.True(DeGrooteFregly2016.ActiveForceLength(2.2) < 0.01);
    }

    [Theory]
    [InlineData(1.75, 0.23, 0.005)]   // the 1.5 sample of the plain curve, moved out by the width scale 1.5
    [InlineData(0.625, 0.78, 0.005)]  // the 0.75 sample
    [InlineData(0.4, 0.30, 0.005)]    // the 0.6 sample
    public void WidenedActiveForceLengthStretchesTheSampleTableAboutOptimalLength(double length, double expected, double tolerance)
    {
        // OpenSim's active_force_width_scale w: f_L((l̃ − 1)/w + 1) (MUSCULOSKELETAL.md §3.1), here w = 1.5.
        Assert.InRange(DeGrooteFregly2016.ActiveForceLength(length, 1.5), expected - tolerance, expected + tolerance);
        Assert.Equal(1.0, DeGrooteFregly2016.ActiveForceLength(1.0, 1.5), 9);
    }

    [Fact]
    public void WidenedActiveForceLengthDerivativeMatchesFiniteDifferencesAndWidthOneIsThePlainCurve()
    {
        const double h = 1e-6;
        foreach (var l in new[] { 0.3, 0.55, 0.8, 1.0, 1.2, 1.6, 1.9 })
        {
            var numeric = (DeGrooteFregly2016.ActiveForceLength(l + h, 1.5) - DeGrooteFregly2016.ActiveForceLength(l - h, 1.5)) / (2 * h);
            Assert.Equal(numeric, DeGrooteFregly2016.ActiveForceLengthDerivative(l, 1.5), 6);
            Assert.Equal(DeGrooteFregly2016.ActiveForceLength(l), DeGrooteFregly2016.ActiveForceLength(l, 1.0), 15);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => DeGrooteFregly2016.ActiveForceLength(1.0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeGrooteFregly2016.ActiveForceLength(1.0, double.NaN));
    }

    [Theory]
    [InlineData(1.0, 0.018, 0.0005)]
    [InlineData(1.2, 0.069, 0.0005)]
    [InlineData(1.4, 0.26, 0.005)]
    [InlineData(1.6, 1.0, 1e-12)]
    [InlineData(0.2, 0.0, 1e-12)]
    public void PassiveForceLengthMatchesTheSampleTable(double length, double expected, double tolerance) =>
        Assert.InRange(DeGrooteFregly2016.PassiveForceLength(length), expected - tolerance, expected + tolerance);

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.6)]
    [InlineData(0.8)]
    public void PassiveStrainSetsWhereThePassiveForceReachesFmax(double strain)
    {
        Assert.Equal(1.0, DeGrooteFregly2016.PassiveForceLength(1 + strain, strain), 12);
        Assert.Equal(0.0, DeGrooteFregly2016.PassiveForceLength(0.2, strain), 12);
        // A larger strain gives a softer curve at the same length.
        Assert.True(DeGrooteFregly2016.PassiveForceLength(1.3, strain) < DeGrooteFregly2016.PassiveForceLength(1.3, strain / 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeGrooteFregly2016.PassiveForceLength(1.0, 0.0));
    }

    [Fact]
    public void PassiveForceIsHeldConstantOutsideTheFibreLengthBounds()
    {
        Assert.Equal(DeGrooteFregly2016.PassiveForceLength(1.8), DeGrooteFregly2016.PassiveForceLength(2.5));
        Assert.Equal(0.0, DeGrooteFregly2016.PassiveForceLength(0.05), 12);
    }

    [Theory]
    [InlineData(-0.5, 0.23, 0.005)]
    [InlineData(-0.25, 0.47, 0.005)]
    [InlineData(0.25, 1.40, 0.005)]
    [InlineData(0.5, 1.59, 0.005)]
    [InlineData(-1.0, 0.0, 0.0005)]
    [InlineData(0.0, 1.0, 0.0005)]
    [InlineData(1.0, 1.794, 0.0005)]
    public void ForceVelocityMatchesTheSampleTable(double velocity, double expected, double tolerance) =>
        Assert.InRange(DeGrooteFregly2016.ForceVelocity(velocity), expected - tolerance, expected + tolerance);

    [Theory]
    [InlineData(1.01, 0.09, 0.005)]
    [InlineData(1.02, 0.22, 0.005)]
    [InlineData(1.03, 0.40, 0.005)]
    [InlineData(1.049, 1.0, 1e-9)]
    [InlineData(1.0, 0.0, 1e-12)]
    public void TendonForceLengthMatchesTheSampleTable(double length, double expected, double tolerance) =>
        Assert.InRange(DeGrooteFregly2016.TendonForceLength(length), expected - tolerance, expected + tolerance);

    [Fact]
    public void ForceVelocityInverseRoundTrips() =>
        Gen.Double[-1.0, 1.0].Sample(v =>
            Assert.Equal(v, DeGrooteFregly2016.ForceVelocityInverse(DeGrooteFregly2016.ForceVelocity(v)), 1e-9));

    [Fact]
    public void ForceVelocityIsMonotonic() =>
        Gen.Double[-1.0, 0.99].Sample(v =>
            Assert.True(DeGrooteFregly2016.ForceVelocity(v + 0.01) > DeGrooteFregly2016.ForceVelocity(v)));

    [Fact]
    public void DerivativesMatchFiniteDifferences()
    {
        const double h = 1e-6;
        static double Fd(Func<double, double> f, double x) => (f(x + h) - f(x - h)) / (2 * h);
        Gen.Double[0.3, 1.75].Sample(l =>
        {
            Assert.Equal(Fd(DeGrooteFregly2016.ActiveForceLength, l), DeGrooteFregly2016.ActiveForceLengthDerivative(l), 1e-6);
            Assert.Equal(Fd(x => DeGrooteFregly2016.PassiveForceLength(x), l), DeGrooteFregly2016.PassiveForceLengthDerivative(l), 1e-5);
        });
        Gen.Double[-1.0, 1.0].Sample(v =>
            Assert.Equal(Fd(DeGrooteFregly2016.ForceVelocity, v), DeGrooteFregly2016.ForceVelocityDerivative(v), 1e-6));
        Gen.Double[0.99, 1.06].Sample(t =>
            Assert.Equal(Fd(DeGrooteFregly2016.TendonForceLength, t), DeGrooteFregly2016.TendonForceLengthDerivative(t), 1e-4));
    }
}
