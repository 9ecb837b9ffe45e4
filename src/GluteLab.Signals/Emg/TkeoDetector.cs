using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Teager–Kaiser energy operator conditioning before a threshold (Solnik et al. 2010): ψ[n] = x[n]² − x[n−1]·x[n+1]
/// emphasises the sudden rise in amplitude and frequency at motor-unit recruitment; ψ is rectified, averaged over
/// a moving window and thresholded at baseline mean + k·SD as in <see cref="HodgesBuiDetector"/>.
/// </summary>
/// <remarks>
/// Source: Solnik S, Rider P, Steinweg K, DeVita P, Hortobágyi T (2010) Teager–Kaiser energy operator signal
/// conditioning improves EMG onset detection. Eur J Appl Physiol 110:489–498.
/// </remarks>
public sealed class TkeoDetector(TkeoOptions? options = null) : IOnsetDetector
{
    private readonly TkeoOptions options = (options ?? new TkeoOptions()).Validate();

    /// <summary>Options in use.</summary>
    public TkeoOptions Options => options;

    /// <inheritdoc />
    public OnsetMethod Method => new("tkeo", "TKEO-conditioned threshold",
        "Solnik S et al. (2010) Eur J Appl Physiol 110:489-498", options.Parameters());

    /// <inheritdoc />
    public IReadOnlyList<ActivationBurst> Detect(ReadOnlySpan<double> filtered, double rateHz) =>
        ThresholdDetection.Run(filtered, rateHz, options.WindowSeconds, options.K, options.Baseline,
            options.MinimumActiveSeconds, options.MinimumGapSeconds, teager: true);
}

/// <summary>Parameters of <see cref="TkeoDetector"/>.</summary>
/// <param name="K">Threshold in baseline SDs above the baseline mean of the smoothed TKEO output (default 5, a named assumption: TKEO output is heavier-tailed than the rectified signal, so k is higher than Hodges &amp; Bui's 3 to keep false alarms in noise rare; see docs/emg.md for the measured trade-off).</param>
/// <param name="WindowSeconds">Moving-average window in s (25 ms, as Hodges &amp; Bui).</param>
/// <param name="Baseline">Rest window for mean and SD.</param>
/// <param name="MinimumActiveSeconds">Shortest activity period kept, s.</param>
/// <param name="MinimumGapSeconds">Periods separated by less are merged, s.</param>
public sealed record TkeoOptions(
    double K = 5,
    double WindowSeconds = 0.025,
    OnsetBaseline? Baseline = null,
    double MinimumActiveSeconds = 0.025,
    double MinimumGapSeconds = 0.025)
{
    /// <summary>Checks the parameters; returns a copy with the default baseline filled in.</summary>
    public TkeoOptions Validate()
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

/// <summary>The Teager–Kaiser energy operator.</summary>
public static class Teager
{
    /// <summary>ψ[n] = x[n]² − x[n−1]·x[n+1]; the end samples copy their neighbours.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Operator(ReadOnlySpan<double> x, Span<double> output)
    {
        if (output.Length != x.Length) throw new ArgumentException("output should have the same length as the input.", nameof(output));
        var n = x.Length;
        if (n < 3)
        {
            for (var i = 0; i < n; i++) output[i] = x[i] * x[i];
            return;
        }
        for (var i = 1; i < n - 1; i++) output[i] = x[i] * x[i] - x[i - 1] * x[i + 1];
        output[0] = output[1];
        output[n - 1] = output[n - 2];
    }
}
