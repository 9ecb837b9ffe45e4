namespace GluteLab.Signals.EmgProcessing;

/// <summary>Turns a per-sample "above threshold" decision into activity periods.</summary>
internal static class ActivityRuns
{
    /// <summary>
    /// Activity periods from per-sample decisions, as inclusive (start, end) indices.
    /// <paramref name="mergeFirst"/> false: runs of true shorter than <paramref name="minActive"/> samples are
    /// dropped, then runs separated by fewer than <paramref name="minGap"/> samples are merged (suits smoothed
    /// thresholds, whose noise excursions come in clusters). True: gaps are closed first, then short periods
    /// dropped (suits sparse test statistics, Bonato 1998).
    /// </summary>
    public static List<(int Start, int End)> Find(ReadOnlySpan<bool> above, int minActive, int minGap, bool mergeFirst = false)
    {
        var raw = new List<(int Start, int End)>();
        var i = 0;
        var n = above.Length;
        while (i < n)
        {
            if (!above[i]) { i++; continue; }
            var start = i;
            while (i < n && above[i]) i++;
            raw.Add((start, i - 1));
        }
        var runs = new List<(int Start, int End)>();
        if (mergeFirst)
        {
            foreach (var r in raw)
            {
                if (runs.Count > 0 && r.Start - runs[^1].End - 1 < minGap) runs[^1] = (runs[^1].Start, r.End);
                else runs.Add(r);
            }
            runs.RemoveAll(r => r.End - r.Start + 1 < minActive);
            return runs;
        }
        foreach (var r in raw)
        {
            if (r.End - r.Start + 1 < minActive) continue;
            if (runs.Count > 0 && r.Start - runs[^1].End - 1 < minGap) runs[^1] = (runs[^1].Start, r.End);
            else runs.Add(r);
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
