namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// A natural cubic spline through tabulated points (zero second derivative at both ends, as OpenSim evaluates a
/// <c>SimmSpline</c>), held constant at the end values beyond the first and last knot (clamped, so a moment arm never
/// changes sign by extrapolation). Value and integral are continuous everywhere; the slope jumps to 0 at the ends.
/// One knot gives a constant; two give a straight line between them.
/// </summary>
/// <remarks>Evaluation does not allocate. The integral is exact (piecewise quartic), not a quadrature.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NaturalCubicSpline
{
    private readonly double[] _x;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _c;
    private readonly double[] _d;
    private readonly double[] _cumulative; // ∫ from _x[0] to _x[i]
    private readonly double _integralToZero;

    /// <summary>Builds the spline through (<paramref name="x"/>[i], <paramref name="y"/>[i]).</summary>
    /// <param name="x">Knot abscissae, strictly increasing, finite; at least one.</param>
    /// <param name="y">Knot values, finite, same length as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">Lengths differ, no knots, a value is not finite, or x is not strictly increasing.</exception>
    public NaturalCubicSpline(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
        {
            throw new ArgumentException($"A spline needs as many values as knots (at least one); got {x.Count} knots and {y.Count} values.", nameof(y));
        }
        var n = x.Count;
        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckFinite($"x[{i}]", x[i]);
            Preconditions.CheckFinite($"y[{i}]", y[i]);
            if (i > 0 && !(x[i] > x[i - 1]))
            {
                throw new ArgumentException($"Knots must be strictly increasing; x[{i}] = {x[i]} follows x[{i - 1}] = {x[i - 1]}.", nameof(x));
            }
        }
        _x = [.. x];
        var segments = Math.Max(n - 1, 1);
        _a = new double[segments];
        _b = new double[segments];
        _c = new double[segments];
        _d = new double[segments];
        _cumulative = new double[n];
        if (n == 1)
        {
            _a[0] = y[0];
            _integralToZero = y[0] * (0 - _x[0]);
            return;
        }

        var m = SecondDerivatives(_x, y);
        for (var i = 0; i < n - 1; i++)
        {
            var h = _x[i + 1] - _x[i];
            _a[i] = y[i];
            _b[i] = (y[i + 1] - y[i]) / h - h * (2 * m[i] + m[i + 1]) / 6;
            _c[i] = m[i] / 2;
            _d[i] = (m[i + 1] - m[i]) / (6 * h);
            _cumulative[i + 1] = _cumulative[i] + SegmentIntegral(i, h);
        }
        _integralToZero = IntegralFromFirstKnot(0);
    }

    /// <summary>Number of knots.</summary>
    public int KnotCount => _x.Length;

    /// <summary>The spline's value at <paramref name="x"/>.</summary>
    public double Value(double x)
    {
        if (_x.Length == 1) return _a[0];
        if (x <= _x[0]) return _a[0];
        if (x >= _x[^1]) return ValueAtLastKnot();
        var i = Segment(x);
        var t = x - _x[i];
        return _a[i] + t * (_b[i] + t * (_c[i] + t * _d[i]));
    }

    /// <summary>The first derivative d(value)/dx at <paramref name="x"/> (0 outside the knots; the one-sided
    /// derivative from inside at the end knots themselves).</summary>
    public double Derivative(double x)
    {
        if (_x.Length == 1 || x < _x[0] || x > _x[^1]) return 0;
        var i = Segment(x);
        var t = x - _x[i];
        return _b[i] + t * (2 * _c[i] + 3 * t * _d[i]);
    }

    /// <summary>
    /// <see cref="Value(double)"/> and <see cref="Derivative"/> at <paramref name="x"/> together, with one search for the segment
    /// (the same numbers as the two calls).
    /// </summary>
    public double Value(double x, out double derivative)
    {
        derivative = 0;
        if (_x.Length == 1) return _a[0];
        if (x < _x[0]) return _a[0];
        if (x > _x[^1]) return ValueAtLastKnot();
        var i = Segment(x);
        var t = x - _x[i];
        derivative = _b[i] + t * (2 * _c[i] + 3 * t * _d[i]);
        if (x == _x[0]) return _a[0];
        if (x == _x[^1]) return ValueAtLastKnot();
        return _a[i] + t * (_b[i] + t * (_c[i] + t * _d[i]));
    }

    /// <summary>
    /// <see cref="Value(double)"/> and <see cref="IntegralFromZero"/> at <paramref name="x"/> together, with one search for the
    /// segment (the same numbers as the two calls).
    /// </summary>
    public double ValueWithIntegralFromZero(double x, out double integralFromZero)
    {
        if (_x.Length == 1 || x <= _x[0] || x >= _x[^1])
        {
            integralFromZero = IntegralFromZero(x);
            return Value(x);
        }
        var i = Segment(x);
        var t = x - _x[i];
        integralFromZero = _cumulative[i] + SegmentIntegral(i, t) - _integralToZero;
        return _a[i] + t * (_b[i] + t * (_c[i] + t * _d[i]));
    }

    /// <summary>The knot abscissae (for sharing look-ups between splines on the same knots).</summary>
    internal ReadOnlySpan<double> Knots => _x;

    /// <summary><see cref="Value(double, out double)"/> at a location found on this spline's knots.</summary>
    internal double Value(in KnotLocation location, out double derivative)
    {
        if (!location.IsInside) return Value(location.X, out derivative);
        var i = location.Segment;
        var t = location.Offset;
        derivative = _b[i] + t * (2 * _c[i] + 3 * t * _d[i]);
        return _a[i] + t * (_b[i] + t * (_c[i] + t * _d[i]));
    }

    /// <summary><see cref="ValueWithIntegralFromZero(double, out double)"/> at a location found on this spline's knots.</summary>
    internal double ValueWithIntegralFromZero(in KnotLocation location, out double integralFromZero)
    {
        if (!location.IsInside) return ValueWithIntegralFromZero(location.X, out integralFromZero);
        var i = location.Segment;
        var t = location.Offset;
        integralFromZero = _cumulative[i] + SegmentIntegral(i, t) - _integralToZero;
        return _a[i] + t * (_b[i] + t * (_c[i] + t * _d[i]));
    }

    /// <summary>The integral of the spline from 0 to <paramref name="x"/> (negative when x &lt; 0 and the values are positive).</summary>
    public double IntegralFromZero(double x) => IntegralFromFirstKnot(x) - _integralToZero;

    private double IntegralFromFirstKnot(double x)
    {
        if (_x.Length == 1) return _a[0] * (x - _x[0]);
        var u = x - _x[0];
        if (u <= 0) return _a[0] * u;
        var last = _x.Length - 1;
        if (x >= _x[last]) return _cumulative[last] + ValueAtLastKnot() * (x - _x[last]);
        var i = Segment(x);
        return _cumulative[i] + SegmentIntegral(i, x - _x[i]);
    }

    private double SegmentIntegral(int i, double t) =>
        t * (_a[i] + t * (_b[i] / 2 + t * (_c[i] / 3 + t * _d[i] / 4)));

    private double ValueAtLastKnot()
    {
        var i = _x.Length - 2;
        var h = _x[i + 1] - _x[i];
        return _a[i] + h * (_b[i] + h * (_c[i] + h * _d[i]));
    }

    private int Segment(double x)
    {
        // Tables here have ≤ 12 knots: a linear scan beats a binary search.
        var i = 0;
        while (i < _x.Length - 2 && x >= _x[i + 1]) i++;
        return i;
    }

    private static double[] SecondDerivatives(double[] x, IReadOnlyList<double> y)
    {
        var n = x.Length;
        var m = new double[n];
        if (n < 3) return m;
        // Tridiagonal system for the interior second derivatives (Thomas algorithm), natural ends m[0] = m[n-1] = 0.
        var diag = new double[n];
        var rhs = new double[n];
        for (var i = 1; i < n - 1; i++)
        {
            var h0 = x[i] - x[i - 1];
            var h1 = x[i + 1] - x[i];
            diag[i] = 2 * (h0 + h1);
            rhs[i] = 6 * ((y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0);
            if (i > 1)
            {
                var w = h0 / diag[i - 1];
                diag[i] -= w * h0;
                rhs[i] -= w * rhs[i - 1];
            }
        }
        for (var i = n - 2; i >= 1; i--)
        {
            var h1 = x[i + 1] - x[i];
            m[i] = (rhs[i] - (i < n - 2 ? h1 * m[i + 1] : 0)) / diag[i];
        }
        return m;
    }
}
