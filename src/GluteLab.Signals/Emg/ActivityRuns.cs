namespace GluteLab.Signals.Emg;

/// <summary>Turns a per-sample "above threshold" decision into activity periods.</summary>
internal static class ActivityRuns
{
    /// <summary>
    /// Runs of true in <paramref name="above"/> lasting at least <paramref name="minActive"/> samples, then runs
    /// separated by fewer than <paramref name="minGap"/> samples merged. Returns inclusive (start, end) indices.
    /// </summary>
    public static List<(int Start, int End)> Find(ReadOnlySpan<bool> above, int minActive, int minGap)
    {
        var runs = new List<(int Start, int End)>();
        var i = 0;
        var n = above.Length;
        while (i < n)
        {
            if (!above[i]) { i++; continue; }
            var start = i;
            while (i < n && above[i]) i++;
            var end = i - 1;
            if (end - start + 1 < minActive) continue;
            if (runs.Count > 0 && start - runs[^1].End - 1 < minGap) runs[^1] = (runs[^1].Start, end);
            else runs.Add((start, end));
        }
        return runs;
    }

    /// <summary>Converts inclusive sample runs to bursts in seconds, clamped into the signal.</summary>
    public static IReadOnlyList<ActivationBurst> ToBursts(List<(int Start, int End)> runs, int length, double rateHz)
    {
        var bursts = new ActivationBurst[runs.Count];
        for (var k = 0; k < runs.Count; k++)
        {
            var s = Math.Clamp(runs[k].Start, 0, length - 1);
            var e = Math.Clamp(runs[k].End, s, length - 1);
            bursts[k] = new ActivationBurst(new OnsetTime(s / rateHz), new OffsetTime(e / rateHz));
        }
        return bursts;
    }
}
