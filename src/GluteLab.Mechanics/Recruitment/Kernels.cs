using System.Numerics;
using System.Runtime.InteropServices;

namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// Dense vector kernels of the recruitment solver. SIMD over <see cref="Vector{T}"/> with a fixed summation order
/// for a given vector width, so results are reproducible on one machine and runtime.
/// </summary>
internal static class Kernels
{
    /// <summary>Σ xᵢ·yᵢ.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        var acc = Vector<double>.Zero;
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y.Slice(0, n));
        for (var j = 0; j < vx.Length; j++) acc += vx[j] * vy[j];
        var sum = Vector.Sum(acc);
        for (var i = vx.Length * Vector<double>.Count; i < n; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>Σ xᵢ·yᵢ·zᵢ.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z)
    {
        var n = x.Length;
        var acc = Vector<double>.Zero;
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y.Slice(0, n));
        var vz = MemoryMarshal.Cast<double, Vector<double>>(z.Slice(0, n));
        for (var j = 0; j < vx.Length; j++) acc += vx[j] * vy[j] * vz[j];
        var sum = Vector.Sum(acc);
        for (var i = vx.Length * Vector<double>.Count; i < n; i++) sum += x[i] * y[i] * z[i];
        return sum;
    }

    /// <summary>True if every xᵢ is finite (x − x is 0 for finite numbers, NaN for NaN and ±∞).</summary>
    public static bool AllFinite(ReadOnlySpan<double> x)
    {
        var acc = Vector<double>.Zero;
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        for (var j = 0; j < vx.Length; j++) acc += vx[j] - vx[j];
        var ok = Vector.EqualsAll(acc, Vector<double>.Zero);
        for (var i = vx.Length * Vector<double>.Count; i < x.Length; i++) ok &= double.IsFinite(x[i]);
        return ok;
    }

    /// <summary>True if every xᵢ is in [lo, hi] (false for NaN).</summary>
    public static bool AllWithin(ReadOnlySpan<double> x, double lo, double hi)
    {
        var vlo = new Vector<double>(lo);
        var vhi = new Vector<double>(hi);
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var ok = true;
        for (var j = 0; j < vx.Length; j++) ok &= Vector.GreaterThanOrEqualAll(vx[j], vlo) && Vector.LessThanOrEqualAll(vx[j], vhi);
        for (var i = vx.Length * Vector<double>.Count; i < x.Length; i++) ok &= x[i] >= lo && x[i] <= hi;
        return ok;
    }

    /// <summary>(Σ max(xᵢ·yᵢ, 0), Σ min(xᵢ·yᵢ, 0)).</summary>
    public static (double Positive, double Negative) SignedSums(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        Vector<double> pos = Vector<double>.Zero, neg = Vector<double>.Zero;
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y.Slice(0, n));
        for (var j = 0; j < vx.Length; j++)
        {
            var product = vx[j] * vy[j];
            pos += Vector.Max(product, Vector<double>.Zero);
            neg += Vector.Min(product, Vector<double>.Zero);
        }
        double p = Vector.Sum(pos), q = Vector.Sum(neg);
        for (var i = vx.Length * Vector<double>.Count; i < n; i++)
        {
            var product = x[i] * y[i];
            p += Math.Max(product, 0);
            q += Math.Min(product, 0);
        }
        return (p, q);
    }

    /// <summary>
    /// In-place Cholesky factorisation of the symmetric positive-definite m×m matrix in <paramref name="h"/>
    /// (row-major, lower triangle read and overwritten with L). Returns false if a pivot is not positive.
    /// </summary>
    public static bool Cholesky(Span<double> h, int m)
    {
        for (var j = 0; j < m; j++)
        {
            var rowJ = h.Slice(j * m, m);
            var diag = rowJ[j];
            for (var q = 0; q < j; q++) diag -= rowJ[q] * rowJ[q];
            if (!(diag > 0)) return false;
            var ljj = Math.Sqrt(diag);
            var inverse = 1 / ljj;
            rowJ[j] = ljj;
            for (var i = j + 1; i < m; i++)
            {
                var rowI = h.Slice(i * m, m);
                var s = rowI[j];
                for (var q = 0; q < j; q++) s -= rowI[q] * rowJ[q];
                rowI[j] = s * inverse;
            }
        }
        return true;
    }

    /// <summary>Solves L·Lᵀ·x = r with the factor from <see cref="Cholesky"/>; <paramref name="x"/> may alias nothing.</summary>
    public static void CholeskySolve(ReadOnlySpan<double> l, int m, ReadOnlySpan<double> r, Span<double> x)
    {
        for (var i = 0; i < m; i++)
        {
            var s = r[i];
            var rowI = l.Slice(i * m, m);
            for (var q = 0; q < i; q++) s -= rowI[q] * x[q];
            x[i] = s / rowI[i];
        }
        for (var i = m - 1; i >= 0; i--)
        {
            var s = x[i];
            for (var q = i + 1; q < m; q++) s -= l[q * m + i] * x[q];
            x[i] = s / l[i * m + i];
        }
    }
}
