namespace GluteLab.Mechanics.Tasks;

/// <summary>
/// One keyframed channel: knots (time as a fraction of the task's duration, value in radians) and the interpolant.
/// Non-periodic tasks use a monotone piecewise-cubic (Fritsch–Carlson) interpolant with zero slope at the ends
/// (tasks start and end at rest; no overshoot at holds). Periodic tasks use a periodic C² cubic spline, so that
/// accelerations for the inertial terms are continuous.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class ChannelCurve
{
    private readonly double[] _t;
    private readonly double[] _y;
    private readonly double[] _slope;
    private readonly double[]? _cos;
    private readonly double[]? _sin;

    /// <summary>Builds the interpolant. Times must be strictly increasing in [0, 1] (periodic: in [0, 1)).</summary>
    public ChannelCurve(IReadOnlyList<double> times, IReadOnlyList<double> valuesRadians, bool periodic)
    {
        if (times.Count != valuesRadians.Count || times.Count == 0) throw new ArgumentException("A curve needs one value per knot and at least one knot.");
        _t = times.ToArray();
        _y = valuesRadians.ToArray();
        IsPeriodic = periodic;
        _slope = periodic ? PeriodicSlopes(_t, _y) : MonotoneSlopes(_t, _y);
    }

    private ChannelCurve(ChannelCurve source, int harmonics)
    {
        _t = source._t;
        _y = source._y;
        _slope = source._slope;
        IsPeriodic = true;
        const int samples = 256;
        _cos = new double[harmonics + 1];
        _sin = new double[harmonics + 1];
        for (var i = 0; i < samples; i++)
        {
            var u = (double)i / samples;
            var y = source.Evaluate(u);
            for (var k = 0; k <= harmonics; k++)
            {
                var (sk, ck) = Math.SinCos(2 * Math.PI * k * u);
                var scale = (k == 0 ? 1.0 : 2.0) / samples;
                _cos[k] += scale * ck * y;
                _sin[k] += scale * sk * y;
            }
        }
    }

    /// <summary>
    /// This periodic curve low-pass filtered: its Fourier series truncated after <paramref name="harmonics"/> harmonics
    /// of the cycle (e.g. 6 Hz × 1.1 s → 6), as gait laboratories filter coordinates before inverse dynamics.
    /// </summary>
    /// <exception cref="InvalidOperationException">The curve is not periodic.</exception>
    public ChannelCurve LowPass(int harmonics)
    {
        if (!IsPeriodic) throw new InvalidOperationException("Only periodic curves can be low-pass filtered as Fourier series.");
        ArgumentOutOfRangeException.ThrowIfLessThan(harmonics, 1);
        return _t.Length < 2 ? this : new ChannelCurve(this, harmonics);
    }

    private ChannelCurve(double[] t, double[] y, double[] slope, double[]? cos, double[]? sin, bool periodic)
    {
        _t = t; _y = y; _slope = slope; _cos = cos; _sin = sin; IsPeriodic = periodic;
    }

    /// <summary>The curve multiplied by <paramref name="factor"/> (e.g. −1 to mirror a frontal-plane angle), filtering kept.</summary>
    public ChannelCurve Scaled(double factor)
    {
        static double[]? Scale(double[]? a, double f) => a?.Select(v => f * v).ToArray();
        return new ChannelCurve(_t, Scale(_y, factor)!, Scale(_slope, factor)!, Scale(_cos, factor), Scale(_sin, factor), IsPeriodic);
    }

    /// <summary>A constant curve.</summary>
    public static ChannelCurve Constant(double valueRadians) => new([0.0], [valueRadians], false);

    /// <summary>True if the curve wraps at 1.</summary>
    public bool IsPeriodic { get; }

    /// <summary>Knot times (fractions of the duration).</summary>
    public IReadOnlyList<double> Times => _t;

    /// <summary>Knot values, rad.</summary>
    public IReadOnlyList<double> ValuesRadians => _y;

    /// <summary>The value at <paramref name="u"/> (fraction of the duration), rad.</summary>
    public double Evaluate(double u)
    {
        if (_cos is not null)
        {
            // Harmonics by the angle-addition recurrence: one SinCos per evaluation.
            var sum = _cos[0];
            var (s1, c1) = Math.SinCos(2 * Math.PI * u);
            double sk = s1, ck = c1;
            for (var k = 1; k < _cos.Length; k++)
            {
                sum += _cos[k] * ck + _sin![k] * sk;
                (sk, ck) = (sk * c1 + ck * s1, ck * c1 - sk * s1);
            }
            return sum;
        }
        var n = _t.Length;
        if (n == 1) return _y[0];
        if (IsPeriodic)
        {
            u -= Math.Floor(u);
            // Segments 0..n-1, the last one from t[n-1] to t[0] + 1.
            var i = n - 1;
            for (var k = 0; k < n - 1; k++)
            {
                if (u < _t[k + 1]) { i = k; break; }
            }
            if (u < _t[0]) { i = n - 1; u += 1; }
            var t0 = _t[i];
            var t1 = i == n - 1 ? _t[0] + 1 : _t[i + 1];
            var y1 = i == n - 1 ? _y[0] : _y[i + 1];
            var m1 = i == n - 1 ? _slope[0] : _slope[i + 1];
            return Hermite(u, t0, t1, _y[i], y1, _slope[i], m1);
        }
        if (u <= _t[0]) return _y[0];
        if (u >= _t[n - 1]) return _y[n - 1];
        var j = 0;
        while (j < n - 2 && u >= _t[j + 1]) j++;
        return Hermite(u, _t[j], _t[j + 1], _y[j], _y[j + 1], _slope[j], _slope[j + 1]);
    }

    private static double Hermite(double u, double t0, double t1, double y0, double y1, double m0, double m1)
    {
        var h = t1 - t0;
        var s = (u - t0) / h;
        var s2 = s * s;
        var s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y0 + (s3 - 2 * s2 + s) * h * m0 + (-2 * s3 + 3 * s2) * y1 + (s3 - s2) * h * m1;
    }

    private static double[] MonotoneSlopes(double[] t, double[] y)
    {
        var n = t.Length;
        var m = new double[n];
        if (n < 3) return m;
        var d = new double[n - 1];
        for (var i = 0; i < n - 1; i++) d[i] = (y[i + 1] - y[i]) / (t[i + 1] - t[i]);
        for (var i = 1; i < n - 1; i++)
        {
            if (d[i - 1] * d[i] <= 0) { m[i] = 0; continue; }
            // Fritsch–Carlson weighted harmonic mean (as in SciPy's PchipInterpolator).
            var h0 = t[i] - t[i - 1];
            var h1 = t[i + 1] - t[i];
            var w1 = 2 * h1 + h0;
            var w2 = h1 + 2 * h0;
            m[i] = (w1 + w2) / (w1 / d[i - 1] + w2 / d[i]);
        }
        return m;
    }

    private static double[] PeriodicSlopes(double[] t, double[] y)
    {
        // Periodic cubic spline: solve for the knot slopes of a C² interpolant (cyclic tridiagonal system, dense solve).
        var n = t.Length;
        if (n < 3) return new double[n];
        double H(int i) => i == n - 1 ? t[0] + 1 - t[n - 1] : t[i + 1] - t[i];
        double Y(int i) => y[((i % n) + n) % n];
        var a = new double[n, n];
        var b = new double[n];
        for (var i = 0; i < n; i++)
        {
            var hPrev = H((i - 1 + n) % n);
            var hNext = H(i);
            // Continuity of the second derivative at knot i.
            a[i, (i - 1 + n) % n] += 1 / hPrev;
            a[i, i] += 2 / hPrev + 2 / hNext;
            a[i, (i + 1) % n] += 1 / hNext;
            b[i] = 3 * ((Y(i) - Y(i - 1)) / (hPrev * hPrev) + (Y(i + 1) - Y(i)) / (hNext * hNext));
        }
        return Solve(a, b);
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (pivot != col)
            {
                for (var c = 0; c < n; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var f = a[r, col] / a[col, col];
                for (var c = col; c < n; c++) a[r, c] -= f * a[col, c];
                b[r] -= f * b[col];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var c = r + 1; c < n; c++) s -= a[r, c] * x[c];
            x[r] = s / a[r, r];
        }
        return x;
    }
}
