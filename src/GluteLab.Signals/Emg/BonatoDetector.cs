using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// Bonato et al. (1998) double-threshold detector. The test statistic of each non-overlapping pair of samples is
/// g = (x[2j]² + x[2j+1]²) / σ², σ² the baseline variance (χ² with 2 degrees of freedom in noise). First
/// threshold: g &gt; ζ. Second threshold: at least r₀ of m successive tests exceed ζ. Activity must persist for
/// a minimum time (30 ms) to count.
/// </summary>
/// <remarks>
/// Source: Bonato P, D'Alessio T, Knaflitz M (1998) A statistical method for the measurement of muscle activation
/// intervals from surface myoelectric signal during gait. IEEE Trans Biomed Eng 45:287–299.
/// Defaults (ζ, m, r₀) are named assumptions chosen so that a single noise test exceeds ζ with probability
/// exp(−ζ/2) and pure noise rarely yields a 30 ms period; all are settable.
/// </remarks>
public sealed class BonatoDetector(BonatoOptions? options = null) : IOnsetDetector
{
    private readonly BonatoOptions options = (options ?? new BonatoOptions()).Validate();

    /// <summary>Options in use.</summary>
    public BonatoOptions Options => options;

    /// <inheritdoc />
    public OnsetMethod Method => new("double-threshold", "Bonato double threshold",
        "Bonato P, D'Alessio T, Knaflitz M (1998) IEEE Trans Biomed Eng 45:287-299", options.Parameters());

    /// <inheritdoc />
    public IReadOnlyList<ActivationBurst> Detect(ReadOnlySpan<double> filtered, double rateHz)
    {
        Preconditions.CheckPositive(nameof(rateHz), rateHz);
        var n = filtered.Length;
        if (n < 4) return [];
        var (_, sd) = options.Baseline!.Statistics(filtered, rateHz);
        var variance = Math.Max(sd * sd, double.Epsilon);
        var tests = n / 2;
        var exceed = new bool[tests];
        for (var j = 0; j < tests; j++)
        {
            var a = filtered[2 * j];
            var b = filtered[2 * j + 1];
            exceed[j] = (a * a + b * b) / variance > options.Zeta;
        }
        // Second threshold: every block of m successive tests with at least r0 above ζ is active, from its first to
        // its last exceeding test (so short dips inside activity are bridged, and activity never starts on a
        // test below ζ).
        var m = Math.Min(options.M, tests);
        var mark = new int[tests + 1];
        var count = 0;
        for (var j = 0; j < m; j++) if (exceed[j]) count++;
        for (var k = 0; k + m <= tests; k++)
        {
            if (count >= options.R0)
            {
                var first = k;
                while (!exceed[first]) first++;
                var last = k + m - 1;
                while (!exceed[last]) last--;
                mark[first]++;
                mark[last + 1]--;
            }
            if (exceed[k]) count--;
            if (k + m < tests && exceed[k + m]) count++;
        }
        var filled = new bool[tests];
        var depth = 0;
        for (var j = 0; j < tests; j++)
        {
            depth += mark[j];
            filled[j] = depth > 0;
        }
        var perTest = 2 / rateHz;
        var runs = ActivityRuns.Find(filled, Math.Max(1, (int)Math.Ceiling(options.MinimumActiveSeconds / perTest)),
            (int)Math.Round(options.MinimumGapSeconds / perTest));
        var samples = runs.Select(r => (2 * r.Start, 2 * r.End + 1)).ToList();
        return ActivityRuns.ToBursts(samples, n, rateHz);
    }
}

/// <summary>Parameters of <see cref="BonatoDetector"/>.</summary>
/// <param name="Zeta">First threshold on g (χ²₂ in noise: exceeded with probability exp(−ζ/2); 7.74 → 2.1 %).</param>
/// <param name="M">Block length in tests for the second threshold.</param>
/// <param name="R0">Tests out of <see cref="M"/> that must exceed ζ.</param>
/// <param name="Baseline">Rest window for the noise variance.</param>
/// <param name="MinimumActiveSeconds">Shortest activity period kept, s (30 ms, Bonato 1998).</param>
/// <param name="MinimumGapSeconds">Periods separated by less are merged, s (30 ms).</param>
public sealed record BonatoOptions(
    double Zeta = 7.74,
    int M = 5,
    int R0 = 2,
    OnsetBaseline? Baseline = null,
    double MinimumActiveSeconds = 0.03,
    double MinimumGapSeconds = 0.03)
{
    /// <summary>Checks the parameters; returns a copy with the default baseline filled in.</summary>
    public BonatoOptions Validate()
    {
        Preconditions.CheckPositive(nameof(Zeta), Zeta);
        Preconditions.CheckRange(nameof(M), M, 1, 1000);
        Preconditions.CheckRange(nameof(R0), R0, 1, M);
        Preconditions.CheckRange(nameof(MinimumActiveSeconds), MinimumActiveSeconds, 0, 10);
        Preconditions.CheckRange(nameof(MinimumGapSeconds), MinimumGapSeconds, 0, 10);
        return this with { Baseline = Baseline ?? OnsetBaseline.Default };
    }

    internal Dictionary<string, double> Parameters()
    {
        var p = new Dictionary<string, double> { ["zeta"] = Zeta, ["m"] = M, ["r0"] = R0,
            ["minimum_active_s"] = MinimumActiveSeconds, ["minimum_gap_s"] = MinimumGapSeconds };
        Baseline!.AddTo(p);
        return p;
    }
}
