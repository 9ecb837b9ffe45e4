using GluteLab.Anatomy;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// The rest period a threshold detector measures noise in: from <paramref name="StartSeconds"/> for
/// <paramref name="DurationSeconds"/>. The muscle must be quiet there; the default is the first 0.5 s (a named
/// assumption: recordings start at rest, as in the prone hip extension protocol).
/// </summary>
/// <param name="StartSeconds">Start in s from the first sample (≥ 0).</param>
/// <param name="DurationSeconds">Length in s (≥ 0.01).</param>
public sealed record OnsetBaseline(double StartSeconds = 0, double DurationSeconds = 0.5)
{
    /// <summary>First 0.5 s.</summary>
    public static OnsetBaseline Default { get; } = new();

    /// <summary>The window as sample indices [start, start + count) for a signal of <paramref name="length"/> samples.</summary>
    /// <exception cref="ArgumentException">The window does not fit in the signal.</exception>
    public (int Start, int Count) Indices(int length, double rateHz)
    {
        Preconditions.CheckRange(nameof(StartSeconds), StartSeconds, 0, double.MaxValue);
        Preconditions.CheckRange(nameof(DurationSeconds), DurationSeconds, 0.01, double.MaxValue);
        var start = (int)Math.Round(StartSeconds * rateHz);
        var count = (int)Math.Round(DurationSeconds * rateHz);
        if (start + count > length)
        {
            throw new ArgumentException(
                $"baseline {StartSeconds:G4}–{StartSeconds + DurationSeconds:G4} s does not fit in a signal of {length / rateHz:G4} s; choose a shorter baseline.");
        }
        return (start, count);
    }

    /// <summary>Mean and (population) standard deviation of <paramref name="x"/> over the window.</summary>
    public (double Mean, double StandardDeviation) Statistics(ReadOnlySpan<double> x, double rateHz)
    {
        var (start, count) = Indices(x.Length, rateHz);
        var w = x.Slice(start, count);
        double sum = 0;
        foreach (var v in w) sum += v;
        var mean = sum / count;
        double ss = 0;
        foreach (var v in w) ss += (v - mean) * (v - mean);
        return (mean, Math.Sqrt(ss / count));
    }

    internal void AddTo(Dictionary<string, double> parameters)
    {
        parameters["baseline_start_s"] = StartSeconds;
        parameters["baseline_duration_s"] = DurationSeconds;
    }
}
