using System.Buffers;
using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Hodges &amp; Bui (1996) threshold method: the rectified signal is averaged over a moving window (25 ms), and
/// activity is where that average exceeds the baseline mean by <c>k</c> baseline standard deviations (k = 3).
/// </summary>
/// <remarks>
/// Source: Hodges PW, Bui BH (1996) A comparison of computer-based methods for the determination of onset of
/// muscle contraction using electromyography. Electroencephalogr Clin Neurophysiol 101:511–519.
/// The window trails each sample (mean of the preceding 25 ms), so the onset is the first sample at which the
/// recent activity exceeds the threshold. That crossing lags the rise by a fraction of a window; the lag is removed
/// with a linear-ramp model of the trailing mean (onset = crossing − f·window, f = (threshold − baseline mean) /
/// (burst level − baseline mean)), and likewise for the offset. A period must stay above threshold for
/// <see cref="HodgesBuiOptions.MinimumActiveSeconds"/>; periods closer than
/// <see cref="HodgesBuiOptions.MinimumGapSeconds"/> are merged (both named assumptions, settable).
/// </remarks>
public sealed class HodgesBuiDetector(HodgesBuiOptions? options = null) : IOnsetDetector
{
    private readonly HodgesBuiOptions options = (options ?? new HodgesBuiOptions()).Validate();

    /// <summary>Options in use.</summary>
    public HodgesBuiOptions Options => options;

    /// <inheritdoc />
    public OnsetMethod Method => new("hodges-bui", "Hodges & Bui threshold",
        "Hodges PW, Bui BH (1996) Electroencephalogr Clin Neurophysiol 101:511-519", options.Parameters());

    /// <inheritdoc />
    public IReadOnlyList<ActivationBurst> Detect(ReadOnlySpan<double> filtered, double rateHz) =>
        ThresholdDetection.Run(filtered, rateHz, options.WindowSeconds, options.K, options.Baseline,
            options.MinimumActiveSeconds, options.MinimumGapSeconds, teager: false);
}

/// <summary>Parameters of <see cref="HodgesBuiDetector"/>.</summary>
/// <param name="K">Threshold in baseline SDs above the baseline mean (Hodges &amp; Bui: 1–3; default 3).</param>
/// <param name="WindowSeconds">Moving-average window in s (Hodges &amp; Bui: 25 ms).</param>
/// <param name="Baseline">Rest window for mean and SD.</param>
/// <param name="MinimumActiveSeconds">Shortest activity period kept, s (assumption: 25 ms, one window).</param>
/// <param name="MinimumGapSeconds">Periods separated by less are merged, s (assumption: 25 ms).</param>
public sealed record HodgesBuiOptions(
    double K = 3,
    double WindowSeconds = 0.025,
    OnsetBaseline? Baseline = null,
    double MinimumActiveSeconds = 0.025,
    double MinimumGapSeconds = 0.025)
{
    /// <summary>Checks the parameters; returns a copy with the default baseline filled in.</summary>
    public HodgesBuiOptions Validate()
    {
        Preconditions.CheckRange(nameof(K), K, 0, 1000);
        Preconditions.CheckRange(nameof(WindowSeconds), WindowSeconds, 1e-3, 1);
        Preconditions.CheckRange(nameof(MinimumActiveSeconds), MinimumActiveSeconds, 0, 10);
        Preconditions.CheckRange(nameof(MinimumGapSeconds), MinimumGapSeconds, 0, 10);
        return this with { Baseline = Baseline ?? OnsetBaseline.Default };
    }

    internal Dictionary<string, double> Parameters()
    {
        var p = new Dictionary<string, double> { ["k"] = K, ["window_s"] = WindowSeconds,
            ["minimum_active_s"] = MinimumActiveSeconds, ["minimum_gap_s"] = MinimumGapSeconds };
        Baseline!.AddTo(p);
        return p;
    }
}

/// <summary>Shared threshold stage of the Hodges–Bui and TKEO detectors.</summary>
internal static class ThresholdDetection
{
    /// <summary>
    /// Removes the lag of the trailing window. After a step from level μ0 to μ1 at sample T, the trailing mean rises
    /// linearly over one window, so it crosses the threshold at T + f·w with f = (threshold − μ0) / (μ1 − μ0); μ1 is
    /// read one window after the crossing. Likewise the fall after the last active sample E crosses at E + (1 − f)·w.
    /// </summary>
    private static (int Start, int End) CorrectLag((int Start, int End) run, ReadOnlySpan<double> smooth, double mu0, double threshold, int window)
    {
        var n = smooth.Length;
        double Fraction(double mu1) => mu1 > threshold ? Math.Clamp((threshold - mu0) / (mu1 - mu0), 0, 1) : 1;
        var fOn = Fraction(Mean(smooth, run.Start + window, run.Start + 2 * window, run.End));
        var start = Math.Max(0, run.Start - (int)Math.Round(fOn * (window - 1)));
        var fOff = Fraction(Mean(smooth, run.End - 2 * window, run.End - window, run.End));
        var end = run.End == n - 1 ? run.End : run.End - (int)Math.Round((1 - fOff) * (window - 1));
        return (start, Math.Clamp(end, start, n - 1));
    }

    // Mean of smooth over [from, to), clipped to [runStart.., runEnd]; falls back to the nearest sample.
    private static double Mean(ReadOnlySpan<double> smooth, int from, int to, int limit)
    {
        from = Math.Clamp(from, 0, limit);
        to = Math.Clamp(to, from + 1, limit + 1);
        double sum = 0;
        for (var i = from; i < to; i++) sum += smooth[i];
        return sum / (to - from);
    }

    public static IReadOnlyList<ActivationBurst> Run(ReadOnlySpan<double> x, double rateHz, double windowSeconds, double k,
        OnsetBaseline? baseline, double minActiveSeconds, double minGapSeconds, bool teager)
    {
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        var n = x.Length;
        if (n < 3) return [];
        var b = baseline ?? OnsetBaseline.Default;
        b.Indices(n, rateHz);
        var pool = ArrayPool<double>.Shared;
        var work = pool.Rent(n);
        var smooth = pool.Rent(n);
        var above = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            ReadOnlySpan<double> source = x;
            if (teager)
            {
                Teager.Operator(x, work.AsSpan(0, n));
                source = work.AsSpan(0, n);
            }
            var s = smooth.AsSpan(0, n);
            var window = Math.Max(1, (int)Math.Round(windowSeconds * rateHz));
            MovingWindow.TrailingRectifiedMean(source, window, s);
            var (mean, sd) = b.Statistics(s, rateHz);
            var threshold = mean + k * sd;
            var a = above.AsSpan(0, n);
            for (var i = 0; i < n; i++) a[i] = s[i] > threshold;
            var runs = ActivityRuns.Find(a, Math.Max(1, (int)Math.Round(minActiveSeconds * rateHz)), (int)Math.Round(minGapSeconds * rateHz));
            for (var r = 0; r < runs.Count; r++) runs[r] = CorrectLag(runs[r], s, mean, threshold, window);
            return ActivityRuns.ToBursts(runs, n, rateHz);
        }
        finally
        {
            pool.Return(work);
            pool.Return(smooth);
            ArrayPool<bool>.Shared.Return(above);
        }
    }
}
