using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// An IIR filter as a cascade of second-order sections (biquads), each
/// H(z) = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²), run in transposed direct form II.
/// Filtering allocates nothing per sample; zero-phase filtering pads like SciPy's <c>sosfiltfilt</c>.
/// </summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class SecondOrderSections
{
    private readonly double[] c; // b0 b1 b2 a1 a2 per section
    private readonly double[] zi; // steady-state initial state per section (s1, s2) for a unit step, as sosfilt_zi

    /// <summary>Creates a cascade from rows <c>[b0, b1, b2, a0, a1, a2]</c> (SciPy's <c>sos</c> layout).</summary>
    /// <exception cref="ArgumentException">A row does not have 6 finite numbers or a0 is 0.</exception>
    public SecondOrderSections(IEnumerable<double[]> rows)
    {
        var list = Preconditions.CheckNotNull(rows).ToList();
        if (list.Count == 0) throw new ArgumentException("A filter needs at least one section.", nameof(rows));
        c = new double[5 * list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            var r = list[k];
            if (r.Length != 6 || r.Any(v => !double.IsFinite(v)) || r[3] == 0)
            {
                throw new ArgumentException($"section {k} should be 6 finite numbers [b0 b1 b2 a0 a1 a2] with a0 != 0.", nameof(rows));
            }
            for (var j = 0; j < 3; j++) c[5 * k + j] = r[j] / r[3];
            c[5 * k + 3] = r[4] / r[3];
            c[5 * k + 4] = r[5] / r[3];
        }
        zi = SteadyState(c);
    }

    /// <summary>Number of sections.</summary>
    public int Count => c.Length / 5;

    /// <summary>The sections as rows <c>[b0, b1, b2, 1, a1, a2]</c>.</summary>
    public IReadOnlyList<double[]> Rows =>
        Enumerable.Range(0, Count).Select(k => new[] { c[5 * k], c[5 * k + 1], c[5 * k + 2], 1.0, c[5 * k + 3], c[5 * k + 4] }).ToArray();

    /// <summary>
    /// SciPy's default pad length for <c>sosfiltfilt</c>: 3 × (2 × sections + 1 − number of sections whose b2 and a2
    /// are both zero, counted as the smaller of the two counts).
    /// </summary>
    public int DefaultPadLength
    {
        get
        {
            int zb = 0, za = 0;
            for (var k = 0; k < Count; k++)
            {
                if (c[5 * k + 2] == 0) zb++;
                if (c[5 * k + 4] == 0) za++;
            }
            return 3 * (2 * Count + 1 - Math.Min(zb, za));
        }
    }

    /// <summary>Complex frequency response at <paramref name="frequencyHz"/> for sampling rate <paramref name="rateHz"/>.</summary>
    public Complex Response(double frequencyHz, double rateHz)
    {
        var w = 2 * Math.PI * frequencyHz / rateHz;
        var z1 = Complex.FromPolarCoordinates(1, -w);
        var z2 = z1 * z1;
        var h = Complex.One;
        for (var k = 0; k < Count; k++)
        {
            var o = 5 * k;
            h *= (c[o] + c[o + 1] * z1 + c[o + 2] * z2) / (1 + c[o + 3] * z1 + c[o + 4] * z2);
        }
        return h;
    }

    /// <summary>Causal filtering from rest (zero initial state), like SciPy's <c>sosfilt</c>.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void Filter(ReadOnlySpan<double> input, Span<double> output)
    {
        if (input.Length != output.Length) throw new ArgumentException("input and output should have the same length.", nameof(output));
        input.CopyTo(output);
        Span<double> state = stackalloc double[2 * Count];
        state.Clear();
        Run(output, state, forward: true);
    }

    /// <summary>
    /// Zero-phase filtering (forward then backward), like SciPy's <c>sosfiltfilt</c> with <c>padtype='odd'</c>:
    /// the input is extended at both ends by <paramref name="padLength"/> samples of odd reflection about the end
    /// samples, and each pass starts from the steady state for its first sample. The magnitude response is |H|²
    /// and the phase is zero.
    /// </summary>
    /// <param name="input">Samples.</param>
    /// <param name="output">Filtered samples (may be the same memory as <paramref name="input"/>).</param>
    /// <param name="padLength">Samples of padding per end; null for <see cref="DefaultPadLength"/>. Clamped to length − 1.</param>
    /// <exception cref="ArgumentException">The spans differ in length or the pad length is negative.</exception>
    public void FilterZeroPhase(ReadOnlySpan<double> input, Span<double> output, int? padLength = null)
    {
        var n = input.Length;
        if (output.Length != n) throw new ArgumentException("input and output should have the same length.", nameof(output));
        if (n == 0) return;
        var pad = padLength ?? DefaultPadLength;
        if (pad < 0) throw new ArgumentException($"padLength should be >= 0, was {pad}.", nameof(padLength));
        pad = Math.Min(pad, n - 1);
        var length = n + 2 * pad;
        var rented = ArrayPool<double>.Shared.Rent(length);
        try
        {
            var ext = rented.AsSpan(0, length);
            var x0 = input[0];
            var xn = input[n - 1];
            for (var i = 0; i < pad; i++)
            {
                ext[i] = 2 * x0 - input[pad - i];
                ext[pad + n + i] = 2 * xn - input[n - 2 - i];
            }
            input.CopyTo(ext.Slice(pad, n));
            Span<double> state = stackalloc double[2 * Count];
            Scale(zi, ext[0], state);
            Run(ext, state, forward: true);
            Scale(zi, ext[length - 1], state);
            Run(ext, state, forward: false);
            ext.Slice(pad, n).CopyTo(output);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Zero-phase filtering of several signals of equal length in place, with the same result as
    /// <see cref="FilterZeroPhase(ReadOnlySpan{double}, Span{double}, int?)"/> on each. Four signals are filtered
    /// at once in SIMD lanes where the hardware supports 256-bit vectors.
    /// </summary>
    /// <exception cref="ArgumentException">The signals differ in length or the pad length is negative.</exception>
    public void FilterZeroPhaseInPlace(IReadOnlyList<double[]> signals, int? padLength = null)
    {
        Preconditions.CheckNotNull(signals);
        if (signals.Count == 0) return;
        var n = signals[0].Length;
        if (signals.Any(x => x.Length != n)) throw new ArgumentException("signals should all have the same length.", nameof(signals));
        var pad = padLength ?? DefaultPadLength;
        if (pad < 0) throw new ArgumentException($"padLength should be >= 0, was {pad}.", nameof(padLength));
        var start = 0;
        if (Vector256.IsHardwareAccelerated && n > 1 && Count % 4 == 0)
        {
            for (; start + 1 < signals.Count; start += 4)
            {
                var group = signals.Skip(start).Take(4).ToArray();
                FilterZeroPhase4(group, Math.Min(pad, n - 1));
            }
        }
        for (var i = start; i < signals.Count; i++) FilterZeroPhase(signals[i], signals[i], padLength);
    }

    // Up to four signals interleaved into one buffer [sample][lane]; unused lanes stay zero.
    private void FilterZeroPhase4(double[][] group, int pad)
    {
        var n = group[0].Length;
        var length = n + 2 * pad;
        var rented = ArrayPool<double>.Shared.Rent(4 * length);
        try
        {
            var ext = rented.AsSpan(0, 4 * length);
            ext.Clear();
            Span<double> first = stackalloc double[4];
            first.Clear();
            for (var lane = 0; lane < group.Length; lane++)
            {
                var x = group[lane];
                double x0 = x[0], xn = x[n - 1];
                for (var i = 0; i < pad; i++)
                {
                    ext[4 * i + lane] = 2 * x0 - x[pad - i];
                    ext[4 * (pad + n + i) + lane] = 2 * xn - x[n - 2 - i];
                }
                for (var i = 0; i < n; i++) ext[4 * (pad + i) + lane] = x[i];
                first[lane] = ext[lane];
            }
            var state = new Vector256<double>[2 * Count];
            var x0v = Vector256.Create(first[0], first[1], first[2], first[3]);
            for (var i = 0; i < state.Length; i++) state[i] = zi[i] * x0v;
            for (var k = 0; k < Count; k += 4) BiquadKernels.QuadVector(ext, c.AsSpan(5 * k, 20), state.AsSpan(2 * k, 8), forward: true);
            // The backward pass starts from the steady state of the forward output's last sample.
            var xnv = Vector256.LoadUnsafe(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(ext), (nuint)(4 * (length - 1)));
            for (var i = 0; i < state.Length; i++) state[i] = zi[i] * xnv;
            for (var k = 0; k < Count; k += 4) BiquadKernels.QuadVector(ext, c.AsSpan(5 * k, 20), state.AsSpan(2 * k, 8), forward: false);
            for (var lane = 0; lane < group.Length; lane++)
            {
                var x = group[lane];
                for (var i = 0; i < n; i++) x[i] = ext[4 * (pad + i) + lane];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static void Scale(double[] unit, double by, Span<double> state)
    {
        for (var i = 0; i < unit.Length; i++) state[i] = unit[i] * by;
    }

    // Sections are run four (or two) at a time in one loop: one pass over memory, and the out-of-order core overlaps
    // the recurrences of successive sections.
    private void Run(Span<double> data, Span<double> state, bool forward)
    {
        var k = 0;
        for (; k + 3 < Count; k += 4)
        {
            if (forward) BiquadKernels.QuadForward(data, c.AsSpan(5 * k, 20), state.Slice(2 * k, 8));
            else BiquadKernels.QuadBackward(data, c.AsSpan(5 * k, 20), state.Slice(2 * k, 8));
        }
        for (; k + 1 < Count; k += 2)
        {
            if (forward) BiquadKernels.PairForward(data, c.AsSpan(5 * k, 10), state.Slice(2 * k, 4));
            else BiquadKernels.PairBackward(data, c.AsSpan(5 * k, 10), state.Slice(2 * k, 4));
        }
        if (k < Count)
        {
            if (forward) BiquadKernels.SingleForward(data, c.AsSpan(5 * k, 5), state.Slice(2 * k, 2));
            else BiquadKernels.SingleBackward(data, c.AsSpan(5 * k, 5), state.Slice(2 * k, 2));
        }
    }

    // Steady state of each section for a unit step at the cascade input (SciPy sosfilt_zi): section k sees a
    // constant equal to the DC gain of sections 0..k-1.
    private static double[] SteadyState(double[] c)
    {
        var count = c.Length / 5;
        var state = new double[2 * count];
        var scale = 1.0;
        for (var k = 0; k < count; k++)
        {
            double b0 = c[5 * k], b1 = c[5 * k + 1], b2 = c[5 * k + 2], a1 = c[5 * k + 3], a2 = c[5 * k + 4];
            var gain = (b0 + b1 + b2) / (1 + a1 + a2);
            state[2 * k] = scale * (gain - b0);
            state[2 * k + 1] = scale * (b2 - a2 * gain);
            scale *= gain;
        }
        return state;
    }
}
