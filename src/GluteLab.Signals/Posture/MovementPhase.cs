using GluteLab.Anatomy;

namespace GluteLab.Signals.Pelvis;

/// <summary>A named part of a trial, [start, end) in seconds from the first frame.</summary>
/// <param name="Name">Phase name (e.g. <c>lift</c>, <c>Foot Strike–Foot Off</c>, <c>first third</c>).</param>
/// <param name="StartSeconds">Start, s (finite, ≥ 0).</param>
/// <param name="EndSeconds">End, s (&gt; start).</param>
public sealed record MovementPhase(string Name, double StartSeconds, double EndSeconds)
{
    /// <summary>Checks the values; returns this.</summary>
    /// <exception cref="ArgumentException">Empty name, or times not finite with 0 ≤ start &lt; end.</exception>
    public MovementPhase Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("phase name should not be empty.");
        Preconditions.CheckRange($"phase '{Name}' start", StartSeconds, 0, 1e9);
        if (!double.IsFinite(EndSeconds) || EndSeconds <= StartSeconds)
        {
            throw new ArgumentException($"phase '{Name}': end {EndSeconds} s should be after start {StartSeconds} s.");
        }
        return this;
    }

    /// <summary>
    /// Phases between consecutive events (named <c>A–B</c>, with <c>start</c> and <c>end</c> for the trial's limits), or,
    /// without events inside the trial, the trial split into thirds.
    /// </summary>
    /// <param name="eventTimes">Event labels and times, s.</param>
    /// <param name="durationSeconds">Trial duration, s (&gt; 0).</param>
    public static IReadOnlyList<MovementPhase> FromEventsOrThirds(IEnumerable<(string Label, double TimeSeconds)> eventTimes, double durationSeconds)
    {
        Preconditions.CheckPositive(nameof(durationSeconds), durationSeconds);
        var inside = eventTimes.Where(e => e.TimeSeconds > 0 && e.TimeSeconds < durationSeconds).OrderBy(e => e.TimeSeconds).ToList();
        if (inside.Count == 0) return Thirds(durationSeconds);
        var bounds = new List<(string Label, double Time)> { ("start", 0) };
        bounds.AddRange(inside);
        bounds.Add(("end", durationSeconds));
        var phases = new List<MovementPhase>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            if (bounds[i + 1].Time - bounds[i].Time <= 1e-9) continue;
            phases.Add(new MovementPhase($"{bounds[i].Label}–{bounds[i + 1].Label}", bounds[i].Time, bounds[i + 1].Time));
        }
        return phases;
    }

    /// <summary>The trial split into three equal phases: <c>first third</c>, <c>second third</c>, <c>last third</c>.</summary>
    public static IReadOnlyList<MovementPhase> Thirds(double durationSeconds) =>
    [
        new("first third", 0, durationSeconds / 3),
        new("second third", durationSeconds / 3, 2 * durationSeconds / 3),
        new("last third", 2 * durationSeconds / 3, durationSeconds),
    ];
}
