namespace GluteLab.Signals.EmgProcessing;

/// <summary>Centred moving-window statistics in O(n), allocation-free.</summary>
public static class MovingWindow
{
    /// <summary>Window length in samples for <paramref name="seconds"/> at <paramref name="rateHz"/>: odd, at least 1.</summary>
    public static int OddLength(double seconds, double rateHz) => Math.Max(1, 2 * (int)Math.Round(seconds * rateHz / 2) + 1);

    /// <summary>
    /// Centred moving RMS: <c>output[i] = sqrt(mean(x[j]²))</c> over <c>j ∈ [i − h, i + h]</c>, the window
    /// truncated at the ends (no zero padding, so the ends are not biased low).
    /// </summary>
    /// <param name="x">Samples.</param>
    /// <param name="window">Odd window length in samples (≥ 1).</param>
    /// <param name="output">Result, same length as <paramref name="x"/>.</param>
    public static void Rms(ReadOnlySpan<double> x, int window, Span<double> output)
    {
        Check(x, window, output);
        var n = x.Length;
        var h = window / 2;
        if (n <= window)
        {
            RmsTruncated(x, h, output, 0, n);
            return;
        }
        // Head and tail: truncated windows. Interior: full windows, constant divisor.
        RmsTruncated(x, h, output, 0, h);
        double sum = 0;
        for (var j = 0; j < window; j++) sum += x[j] * x[j];
        var inverse = 1.0 / window;
        output[h] = Math.Sqrt(Math.Max(sum, 0) * inverse);
        for (var i = h + 1; i < n - h; i++)
        {
            var add = x[i + h];
            var drop = x[i - h - 1];
            sum += add * add - drop * drop;
            output[i] = Math.Sqrt(Math.Max(sum, 0) * inverse);
        }
        RmsTruncated(x, h, output, n - h, n);
    }

    private static void RmsTruncated(ReadOnlySpan<double> x, int h, Span<double> output, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var lo = Math.Max(0, i - h);
            var hi = Math.Min(x.Length - 1, i + h);
            double sum = 0;
            for (var j = lo; j <= hi; j++) sum += x[j] * x[j];
            output[i] = Math.Sqrt(sum / (hi - lo + 1));
        }
    }

    /// <summary>Centred moving mean of |x| (rectify and smooth), window truncated at the ends.</summary>
    public static void RectifiedMean(ReadOnlySpan<double> x, int window, Span<double> output)
    {
        Check(x, window, output);
        var n = x.Length;
        var h = window / 2;
        double sum = 0;
        var hi = Math.Min(h, n - 1);
        for (var j = 0; j <= hi; j++) sum += Math.Abs(x[j]);
        var lo = 0;
        for (var i = 0; i < n; i++)
        {
            output[i] = Math.Max(sum, 0) / (hi - lo + 1);
            var add = i + h + 1;
            if (add < n) { sum += Math.Abs(x[add]); hi = add; }
            var drop = i - h;
            if (drop >= 0) { sum -= Math.Abs(x[drop]); lo = drop + 1; }
        }
    }

    /// <summary>
    /// Trailing moving mean of |x|: <c>output[i]</c> = mean of |x[j]| over <c>j ∈ [i − window + 1, i]</c>, fewer
    /// samples at the start. The value at i depends only on the past, so a rise is seen at or after it happens.
    /// </summary>
    public static void TrailingRectifiedMean(ReadOnlySpan<double> x, int window, Span<double> output)
    {
        if (output.Length != x.Length) throw new ArgumentException("output should have the same length as the input.", nameof(output));
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window), window, $"window should be >= 1, was {window}.");
        double sum = 0;
        var head = Math.Min(window, x.Length);
        for (var i = 0; i < head; i++)
        {
            sum += Math.Abs(x[i]);
            output[i] = sum / (i + 1);
        }
        var inverse = 1.0 / window;
        for (var i = head; i < x.Length; i++)
        {
            sum += Math.Abs(x[i]) - Math.Abs(x[i - window]);
            output[i] = Math.Max(sum, 0) * inverse;
        }
    }

    /// <summary>Highest RMS over any window of <paramref name="window"/> consecutive samples (whole windows only; the whole signal when shorter).</summary>
    public static double MaxRms(ReadOnlySpan<double> x, int window)
    {
        if (x.Length == 0) return 0;
        var w = Math.Min(window, x.Length);
        double sum = 0;
        for (var j = 0; j < w; j++) sum += x[j] * x[j];
        var best = sum;
        for (var i = w; i < x.Length; i++)
        {
            sum += x[i] * x[i] - x[i - w] * x[i - w];
            if (sum > best) best = sum;
        }
        return Math.Sqrt(Math.Max(best, 0) / w);
    }

    private static void Check(ReadOnlySpan<double> x, int window, Span<double> output)
    {
        if (output.Length != x.Length) throw new ArgumentException("output should have the same length as the input.", nameof(output));
        if (window < 1 || window % 2 == 0) throw new ArgumentOutOfRangeException(nameof(window), window, $"window should be an odd number >= 1, was {window}.");
    }
}
