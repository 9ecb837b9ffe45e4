using CsCheck;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Anatomy.Tests.Muscles;

public class NaturalCubicSplineTest
{
    private static readonly double[] X = [-0.35, -0.17, 0, 0.26, 0.52, 0.79, 1.05, 1.31, 1.57];
    private static readonly double[] Y = [-5.7, -6.9, -7.5, -7.7, -7.4, -6.7, -5.9, -5.1, -4.5];
    private static readonly NaturalCubicSpline Spline = new(X, Y);

    [Fact]
    public void PassesThroughEveryKnot()
    {
        for (var i = 0; i < X.Length; i++) Assert.Equal(Y[i], Spline.Value(X[i]), 12);
    }

    [Fact]
    public void CombinedEvaluationsEqualTheSeparateCalls()
    {
        // Inside, at every knot and beyond both ends: one segment search gives the very same numbers.
        var points = Gen.OneOf(Gen.Double[-1.0, 2.5], Gen.Int[0, X.Length - 1].Select(i => X[i]));
        points.Sample(x =>
        {
            Assert.Equal(Spline.Value(x), Spline.Value(x, out var derivative));
            Assert.Equal(Spline.Derivative(x), derivative);
            Assert.Equal(Spline.Value(x), Spline.ValueWithIntegralFromZero(x, out var integral));
            Assert.Equal(Spline.IntegralFromZero(x), integral, 14);
        });
        var constant = new NaturalCubicSpline([0.3], [0.02]);
        Assert.Equal(0.02, constant.Value(1.0, out var flat));
        Assert.Equal(0, flat);
    }

    [Fact]
    public void ReproducesAStraightLineExactly()
    {
        var line = new NaturalCubicSpline([0.0, 1.0, 2.5, 4.0], [1.0, 3.0, 6.0, 9.0]);
        foreach (var x in new[] { 0.0, 0.3, 1.7, 3.9, 4.0 })
        {
            Assert.Equal(1 + 2 * x, line.Value(x), 12);
            Assert.Equal(2.0, line.Derivative(x), 12);
            Assert.Equal(x + x * x, line.IntegralFromZero(x), 12);
        }
    }

    [Fact]
    public void NaturalEndConditionsAndClampedExtrapolation()
    {
        // Beyond the ends the spline holds its end values; the integral grows linearly there.
        Assert.Equal(Y[^1], Spline.Value(X[^1] + 0.3), 12);
        Assert.Equal(Y[0], Spline.Value(X[0] - 1), 12);
        Assert.Equal(0.0, Spline.Derivative(X[^1] + 0.3));
        Assert.Equal(0.0, Spline.Derivative(X[0] - 1));
        Assert.Equal(Y[^1] * 0.3, Spline.IntegralFromZero(X[^1] + 0.3) - Spline.IntegralFromZero(X[^1]), 12);
        var line = new NaturalCubicSpline([0.0, 1.0], [1.0, 3.0]);
        Assert.Equal(3.0, line.Value(5.0));
        Assert.Equal(1.0, line.Value(-5.0));
        // Zero curvature at the ends: the central second difference vanishes there.
        // Zero curvature at the end knots (natural spline): one-sided second differences taken from inside the table.
        const double h = 1e-4;
        double Curvature(double x, double step) => (Spline.Value(x) - 2 * Spline.Value(x + step) + Spline.Value(x + 2 * step)) / (step * step);
        var interior = Math.Abs(Curvature(X[4], h));
        Assert.True(interior > 1, $"{interior}");
        Assert.True(Math.Abs(Curvature(X[0], h)) < 1e-2 * interior, $"{Curvature(X[0], h)}");
        Assert.True(Math.Abs(Curvature(X[^1], -h)) < 1e-2 * interior, $"{Curvature(X[^1], -h)}");
    }

    [Fact]
    public void DerivativeAndIntegralMatchFiniteDifferences() =>
        Gen.Double[-1.0, 2.5].Where(x => X.All(k => Math.Abs(x - k) > 1e-4)).Sample(x =>
        {
            const double h = 1e-6;
            Assert.Equal((Spline.Value(x + h) - Spline.Value(x - h)) / (2 * h), Spline.Derivative(x), 1e-5);
            Assert.Equal(Spline.Value(x), (Spline.IntegralFromZero(x + h) - Spline.IntegralFromZero(x - h)) / (2 * h), 1e-5);
        });

    [Fact]
    public void IntegralMatchesSimpsonQuadrature()
    {
        const int n = 2000;
        double a = -0.5, b = 2.0, step = (b - a) / n, sum = Spline.Value(a) + Spline.Value(b);
        for (var i = 1; i < n; i++) sum += (i % 2 == 1 ? 4 : 2) * Spline.Value(a + i * step);
        Assert.Equal(sum * step / 3, Spline.IntegralFromZero(b) - Spline.IntegralFromZero(a), 6);
    }

    [Fact]
    public void OneKnotIsAConstant()
    {
        var constant = new NaturalCubicSpline([0.0], [0.05]);
        Assert.Equal(0.05, constant.Value(3));
        Assert.Equal(0.0, constant.Derivative(3));
        Assert.Equal(-0.1, constant.IntegralFromZero(-2), 12);
    }

    [Fact]
    public void InvalidKnotsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new NaturalCubicSpline([0.0, 0.0], [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => new NaturalCubicSpline([0.0, 1.0], [1.0]));
        Assert.Throws<ArgumentException>(() => new NaturalCubicSpline([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NaturalCubicSpline([0.0, double.NaN], [1.0, 2.0]));
    }
}
