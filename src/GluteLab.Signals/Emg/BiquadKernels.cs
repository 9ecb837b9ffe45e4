using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Transposed direct-form-II biquad loops for <see cref="SecondOrderSections"/>. Coefficients are packed
/// <c>b0 b1 b2 a1 a2</c> per section; state is <c>s1 s2</c> per section. Four (or two) sections run in one loop so the
/// out-of-order core overlaps their recurrences and memory is traversed once; <see cref="QuadVector"/> runs four
/// interleaved signals in 256-bit lanes.
/// </summary>
internal static class BiquadKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void QuadVector(Span<double> x, ReadOnlySpan<double> c, Span<Vector256<double>> s, bool forward)
    {
        Vector256<double> b0 = Vector256.Create(c[0]), b1 = Vector256.Create(c[1]), b2 = Vector256.Create(c[2]), a1 = Vector256.Create(c[3]), a2 = Vector256.Create(c[4]);
        Vector256<double> d0 = Vector256.Create(c[5]), d1 = Vector256.Create(c[6]), d2 = Vector256.Create(c[7]), e1 = Vector256.Create(c[8]), e2 = Vector256.Create(c[9]);
        Vector256<double> f0 = Vector256.Create(c[10]), f1 = Vector256.Create(c[11]), f2 = Vector256.Create(c[12]), g1 = Vector256.Create(c[13]), g2 = Vector256.Create(c[14]);
        Vector256<double> h0 = Vector256.Create(c[15]), h1 = Vector256.Create(c[16]), h2 = Vector256.Create(c[17]), k1 = Vector256.Create(c[18]), k2 = Vector256.Create(c[19]);
        Vector256<double> s1 = s[0], s2 = s[1], t1 = s[2], t2 = s[3], u1 = s[4], u2 = s[5], v1 = s[6], v2 = s[7];
        var count = x.Length / 4;
        ref var origin = ref MemoryMarshal.GetReference(x);
        for (var j = 0; j < count; j++)
        {
            var i = forward ? j : count - 1 - j;
            var p = Vector256.LoadUnsafe(ref origin, (nuint)(4 * i));
            var y = b0 * p + s1;
            s1 = b1 * p - a1 * y + s2;
            s2 = b2 * p - a2 * y;
            var q = d0 * y + t1;
            t1 = d1 * y - e1 * q + t2;
            t2 = d2 * y - e2 * q;
            var r = f0 * q + u1;
            u1 = f1 * q - g1 * r + u2;
            u2 = f2 * q - g2 * r;
            var w = h0 * r + v1;
            v1 = h1 * r - k1 * w + v2;
            v2 = h2 * r - k2 * w;
            w.StoreUnsafe(ref origin, (nuint)(4 * i));
        }
        s[0] = s1; s[1] = s2; s[2] = t1; s[3] = t2; s[4] = u1; s[5] = u2; s[6] = v1; s[7] = v2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void QuadForward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double d0 = c[5], d1 = c[6], d2 = c[7], e1 = c[8], e2 = c[9];
        double f0 = c[10], f1 = c[11], f2 = c[12], g1 = c[13], g2 = c[14];
        double h0 = c[15], h1 = c[16], h2 = c[17], k1 = c[18], k2 = c[19];
        double s1 = s[0], s2 = s[1], t1 = s[2], t2 = s[3], u1 = s[4], u2 = s[5], v1 = s[6], v2 = s[7];
        for (var i = 0; i < x.Length; i++)
        {
            var p = x[i];
            var y = b0 * p + s1;
            s1 = b1 * p - a1 * y + s2;
            s2 = b2 * p - a2 * y;
            var q = d0 * y + t1;
            t1 = d1 * y - e1 * q + t2;
            t2 = d2 * y - e2 * q;
            var r = f0 * q + u1;
            u1 = f1 * q - g1 * r + u2;
            u2 = f2 * q - g2 * r;
            var w = h0 * r + v1;
            v1 = h1 * r - k1 * w + v2;
            v2 = h2 * r - k2 * w;
            x[i] = w;
        }
        s[0] = s1; s[1] = s2; s[2] = t1; s[3] = t2; s[4] = u1; s[5] = u2; s[6] = v1; s[7] = v2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void QuadBackward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double d0 = c[5], d1 = c[6], d2 = c[7], e1 = c[8], e2 = c[9];
        double f0 = c[10], f1 = c[11], f2 = c[12], g1 = c[13], g2 = c[14];
        double h0 = c[15], h1 = c[16], h2 = c[17], k1 = c[18], k2 = c[19];
        double s1 = s[0], s2 = s[1], t1 = s[2], t2 = s[3], u1 = s[4], u2 = s[5], v1 = s[6], v2 = s[7];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var p = x[i];
            var y = b0 * p + s1;
            s1 = b1 * p - a1 * y + s2;
            s2 = b2 * p - a2 * y;
            var q = d0 * y + t1;
            t1 = d1 * y - e1 * q + t2;
            t2 = d2 * y - e2 * q;
            var r = f0 * q + u1;
            u1 = f1 * q - g1 * r + u2;
            u2 = f2 * q - g2 * r;
            var w = h0 * r + v1;
            v1 = h1 * r - k1 * w + v2;
            v2 = h2 * r - k2 * w;
            x[i] = w;
        }
        s[0] = s1; s[1] = s2; s[2] = t1; s[3] = t2; s[4] = u1; s[5] = u2; s[6] = v1; s[7] = v2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void PairForward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double d0 = c[5], d1 = c[6], d2 = c[7], e1 = c[8], e2 = c[9];
        double s1 = s[0], s2 = s[1], t1 = s[2], t2 = s[3];
        for (var i = 0; i < x.Length; i++)
        {
            var u = x[i];
            var y = b0 * u + s1;
            s1 = b1 * u - a1 * y + s2;
            s2 = b2 * u - a2 * y;
            var v = d0 * y + t1;
            t1 = d1 * y - e1 * v + t2;
            t2 = d2 * y - e2 * v;
            x[i] = v;
        }
        s[0] = s1; s[1] = s2; s[2] = t1; s[3] = t2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void PairBackward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double d0 = c[5], d1 = c[6], d2 = c[7], e1 = c[8], e2 = c[9];
        double s1 = s[0], s2 = s[1], t1 = s[2], t2 = s[3];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var u = x[i];
            var y = b0 * u + s1;
            s1 = b1 * u - a1 * y + s2;
            s2 = b2 * u - a2 * y;
            var v = d0 * y + t1;
            t1 = d1 * y - e1 * v + t2;
            t2 = d2 * y - e2 * v;
            x[i] = v;
        }
        s[0] = s1; s[1] = s2; s[2] = t1; s[3] = t2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SingleForward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double s1 = s[0], s2 = s[1];
        for (var i = 0; i < x.Length; i++)
        {
            var u = x[i];
            var y = b0 * u + s1;
            s1 = b1 * u - a1 * y + s2;
            s2 = b2 * u - a2 * y;
            x[i] = y;
        }
        s[0] = s1; s[1] = s2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SingleBackward(Span<double> x, ReadOnlySpan<double> c, Span<double> s)
    {
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        double s1 = s[0], s2 = s[1];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var u = x[i];
            var y = b0 * u + s1;
            s1 = b1 * u - a1 * y + s2;
            s2 = b2 * u - a2 * y;
            x[i] = y;
        }
        s[0] = s1; s[1] = s2;
    }
}
