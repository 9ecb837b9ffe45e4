using GluteLab.Anatomy;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;
using MathNet.Numerics.Distributions;

namespace GluteLab.Signals.Assessments;

/// <summary>One trial of the prone hip extension test: onsets per channel and, when known, movement onset.</summary>
/// <param name="Name">Trial name (file name) for reports.</param>
/// <param name="Channels">Onsets per EMG channel.</param>
/// <param name="MovementOnsetSeconds">Movement start in s from the first sample (trigger, marker or given), or null.</param>
public sealed record ProneHipExtensionTrial(string Name, IReadOnlyList<ChannelOnsets> Channels, double? MovementOnsetSeconds = null);

/// <summary>Options of the prone hip extension assessment.</summary>
/// <param name="Cue">Instruction given (selects the reference distribution).</param>
/// <param name="TestedSide">Side of the lifted leg; when set, reference comparisons use that side's channels only (Lewis &amp; Sahrmann recorded the moving limb).</param>
/// <param name="TieSeconds">Onsets closer than this share a firing-order rank, s.</param>
public sealed record ProneHipExtensionOptions(ProneHipExtensionCue Cue = ProneHipExtensionCue.None, Side? TestedSide = null,
    double TieSeconds = FiringOrder.DefaultTieSeconds);

/// <summary>Timing of one muscle in one trial.</summary>
/// <param name="Channel">Channel label.</param>
/// <param name="Site">Muscle and side, when known.</param>
/// <param name="Onset">Onset (override respected), or null when the muscle did not switch on.</param>
/// <param name="SinceFirst">Latency from the first muscle's onset.</param>
/// <param name="SinceMovement">Latency from movement onset (negative = before movement).</param>
/// <param name="Overridden">True when a clinician set the onset.</param>
public sealed record MuscleTiming(string Channel, MuscleSite? Site, OnsetTime? Onset, Latency? SinceFirst, Latency? SinceMovement, bool Overridden)
{
    /// <summary>Site id when known, else the channel label.</summary>
    public string Name => Site?.Id ?? Channel;
}

/// <summary>Result for one trial.</summary>
public sealed record ProneHipExtensionTrialResult(string Name, FiringOrder Order, double? MovementOnsetSeconds, IReadOnlyList<MuscleTiming> Timings);

/// <summary>Median and range of a latency over trials.</summary>
public sealed record LatencySummary(Latency Median, Latency Min, Latency Max, int Count)
{
    /// <summary>Summary of <paramref name="values"/> (at least one).</summary>
    public static LatencySummary Of(IReadOnlyList<Latency> values)
    {
        var sorted = values.Select(v => v.Seconds).Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new LatencySummary(new Latency(median), new Latency(sorted[0]), new Latency(sorted[^1]), n);
    }
}

/// <summary>One muscle over all trials.</summary>
/// <param name="Name">Site id or channel label.</param>
/// <param name="Site">Muscle and side, when known.</param>
/// <param name="Trials">Trials that recorded this muscle.</param>
/// <param name="TrialsWithOnset">Trials in which it switched on.</param>
/// <param name="SinceFirst">Latency from the first muscle, over trials with an onset.</param>
/// <param name="SinceMovement">Latency from movement onset, over trials with both.</param>
/// <param name="TimesLast">Trials in which this muscle was last to switch on (rank ties included).</param>
public sealed record MuscleOnsetSummary(string Name, MuscleSite? Site, int Trials, int TrialsWithOnset, LatencySummary? SinceFirst,
    LatencySummary? SinceMovement, int TimesLast);

/// <summary>A person's onset compared with a published healthy distribution.</summary>
/// <param name="Name">Muscle name as recorded.</param>
/// <param name="Reference">The published distribution (onset lead before movement).</param>
/// <param name="ObservedLeadMs">Median over trials of how long the onset preceded movement, ms (positive = before).</param>
/// <param name="Trials">Trials the median is over.</param>
/// <param name="Z">(observed − mean) / SD; negative = later than healthy.</param>
/// <param name="Percentile">Percentile of the observed lead in the normal reference distribution, 0–100.</param>
public sealed record ReferenceComparison(string Name, OnsetReference Reference, double ObservedLeadMs, int Trials, double Z, double Percentile)
{
    /// <summary>The citation of the reference data.</summary>
    public string Citation => Reference.Citation;
}

/// <summary>Gluteus maximus delay after the first muscle compared with Lehman 2004 (mean only).</summary>
public sealed record FirstMuscleComparison(string Name, double ObservedMs, int Trials, double ReferenceMs, string Citation);

/// <summary>How far the result can be trusted, in plain words.</summary>
public enum EvidenceStrength
{
    /// <summary>One trial: not enough to say anything about a person's pattern.</summary>
    Insufficient,

    /// <summary>Two trials, or trials that disagree on the order.</summary>
    Limited,

    /// <summary>Three or more trials with the same order in at least two thirds of them.</summary>
    Consistent,
}

/// <summary>Evidence statement for a set of trials.</summary>
/// <param name="Strength">Grade.</param>
/// <param name="Trials">Number of trials.</param>
/// <param name="OrderConsistency">Fraction of trials with the most common firing order (0–1).</param>
/// <param name="Statement">Plain-language summary; never a diagnosis.</param>
public sealed record EvidenceSummary(EvidenceStrength Strength, int Trials, double OrderConsistency, string Statement);

/// <summary>Result of <see cref="ProneHipExtension.Assess"/>.</summary>
public sealed record ProneHipExtensionResult(
    ProneHipExtensionOptions Options,
    IReadOnlyList<ProneHipExtensionTrialResult> Trials,
    IReadOnlyList<MuscleOnsetSummary> Muscles,
    IReadOnlyList<ReferenceComparison> Comparisons,
    FirstMuscleComparison? GluteusMaximusAfterFirst,
    EvidenceSummary Evidence,
    IReadOnlyList<string> Notes);

/// <summary>
/// The prone hip extension test (Janda): onset of each muscle relative to the first muscle and to movement,
/// firing order per trial, median and range over repeated trials, and comparison with published healthy data
/// (Lewis &amp; Sahrmann 2009; Lehman 2004). Firing order varies a great deal in healthy people, so the result
/// reports evidence strength and never labels a person from one trial.
/// </summary>
public static class ProneHipExtension
{
    /// <summary>Assesses one or more trials.</summary>
    /// <exception cref="ArgumentException">No trials were given.</exception>
    public static ProneHipExtensionResult Assess(IReadOnlyList<ProneHipExtensionTrial> trials, ProneHipExtensionOptions? options = null)
    {
        Preconditions.CheckNotNull(trials);
        if (trials.Count == 0) throw new ArgumentException("at least one trial is needed.", nameof(trials));
        var o = options ?? new ProneHipExtensionOptions();
        var notes = new List<string>();

        var trialResults = trials.Select(t => AssessTrial(t, o)).ToList();
        var muscles = Summarise(trialResults);
        var comparisons = new List<ReferenceComparison>();
        foreach (var m in muscles)
        {
            if (ProneHipExtensionReference.Classify(m.Site) is not { } refMuscle) continue;
            if (o.TestedSide is { } side && m.Site!.Side is { } s && s != side) continue;
            if (m.SinceMovement is null) continue;
            var reference = ProneHipExtensionReference.For(refMuscle, o.Cue);
            var lead = -m.SinceMovement.Median.Milliseconds;
            var z = (lead - reference.MeanLeadMs) / reference.SdLeadMs;
            comparisons.Add(new ReferenceComparison(m.Name, reference, lead, m.SinceMovement.Count, z, 100 * Normal.CDF(0, 1, z)));
        }
        if (trialResults.All(t => t.MovementOnsetSeconds is null))
        {
            notes.Add("No movement onset (trigger channel, event or --movement-onset): onsets are compared between muscles only, not with the Lewis & Sahrmann 2009 onset-before-movement data.");
        }
        if (muscles.Any(m => m.Site is { Group: MuscleGroup.Hamstrings, Muscle: null }))
        {
            notes.Add("A hamstrings channel does not say medial (semitendinosus) or lateral (biceps femoris); the reference data differ between them, so it is not compared. Name it in --channels.");
        }
        if (o.TestedSide is null && muscles.Select(m => m.Site?.Side).Where(s => s is not null).Distinct().Count() > 1)
        {
            notes.Add("Both sides recorded and no tested side given: every side is compared with data recorded on the moving limb.");
        }

        FirstMuscleComparison? gmax = null;
        var gmaxSummary = muscles.FirstOrDefault(m => m.Site?.Group == MuscleGroup.GluteusMaximus && (o.TestedSide is null || m.Site.Side is null || m.Site.Side == o.TestedSide));
        if (gmaxSummary?.SinceFirst is { } sf)
        {
            gmax = new FirstMuscleComparison(gmaxSummary.Name, sf.Median.Milliseconds, sf.Count,
                ProneHipExtensionReference.GluteusMaximusAfterFirstMs, ProneHipExtensionReference.Lehman2004);
        }
        var evidence = Evidence(trialResults, gmaxSummary, comparisons.FirstOrDefault(c => c.Reference.Muscle == ReferenceMuscle.GluteusMaximus));
        return new ProneHipExtensionResult(o, trialResults, muscles, comparisons, gmax, evidence, notes);
    }

    private static ProneHipExtensionTrialResult AssessTrial(ProneHipExtensionTrial trial, ProneHipExtensionOptions o)
    {
        var order = FiringOrder.From(trial.Channels, o.TieSeconds);
        var first = order.First;
        var timings = trial.Channels.Select(c =>
        {
            var onset = c.Onset;
            Latency? sinceFirst = onset is { } t && first is { } f ? Latency.Between(f.Seconds, t) : null;
            Latency? sinceMovement = onset is { } u && trial.MovementOnsetSeconds is { } mv ? Latency.Between(mv, u) : null;
            return new MuscleTiming(c.Channel, c.Site, onset, sinceFirst, sinceMovement, c.IsOverridden);
        }).ToList();
        return new ProneHipExtensionTrialResult(trial.Name, order, trial.MovementOnsetSeconds, timings);
    }

    private static List<MuscleOnsetSummary> Summarise(List<ProneHipExtensionTrialResult> trials)
    {
        var names = trials.SelectMany(t => t.Timings).Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var result = new List<MuscleOnsetSummary>();
        foreach (var name in names)
        {
            var timings = trials.SelectMany(t => t.Timings.Where(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();
            var site = timings[0].Site;
            var withOnset = timings.Where(m => m.Onset is not null).ToList();
            var sinceFirst = withOnset.Where(m => m.SinceFirst is not null).Select(m => m.SinceFirst!.Value).ToList();
            var sinceMovement = withOnset.Where(m => m.SinceMovement is not null).Select(m => m.SinceMovement!.Value).ToList();
            var timesLast = trials.Count(t => t.Order.Entries.Count > 1 &&
                t.Order.Entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) && e.Rank == t.Order.Entries[^1].Rank));
            result.Add(new MuscleOnsetSummary(name, site, timings.Count, withOnset.Count,
                sinceFirst.Count > 0 ? LatencySummary.Of(sinceFirst) : null,
                sinceMovement.Count > 0 ? LatencySummary.Of(sinceMovement) : null, timesLast));
        }
        return result;
    }

    private static EvidenceSummary Evidence(List<ProneHipExtensionTrialResult> trials, MuscleOnsetSummary? gmax, ReferenceComparison? gmaxComparison)
    {
        var n = trials.Count;
        var modal = trials.GroupBy(t => t.Order.Sequence).Max(g => g.Count());
        var consistency = (double)modal / n;
        var strength = n == 1 ? EvidenceStrength.Insufficient
            : n >= 3 && consistency >= 2.0 / 3 ? EvidenceStrength.Consistent
            : EvidenceStrength.Limited;
        var words = new List<string>();
        words.Add(strength switch
        {
            EvidenceStrength.Insufficient =>
                "One trial only. Firing order varies a great deal between trials and between healthy people (Lehman 2004), so one trial cannot show a changed activation pattern; repeat the test (3 or more trials).",
            EvidenceStrength.Limited =>
                $"{n} trials; the same firing order in {modal} of {n}. Too few or too variable trials to describe a stable pattern.",
            _ => $"{n} trials; the same firing order in {modal} of {n}: a repeatable pattern for this person on this day.",
        });
        if (gmax is not null && n > 0)
        {
            words.Add($"Gluteus maximus switched on {(gmax.TrialsWithOnset == gmax.Trials ? "in every trial" : $"in {gmax.TrialsWithOnset} of {gmax.Trials} trials")}" +
                $" and was last in {gmax.TimesLast} of {n}; in healthy people it is usually last (Lehman 2004; Sakamoto 2009).");
        }
        if (gmaxComparison is not null)
        {
            var when = gmaxComparison.ObservedLeadMs >= 0 ? $"{gmaxComparison.ObservedLeadMs:0} ms before" : $"{-gmaxComparison.ObservedLeadMs:0} ms after";
            words.Add($"Its onset was {when} movement (median of {gmaxComparison.Trials}); healthy women: {gmaxComparison.Reference.MeanLeadMs:0.#} ± {gmaxComparison.Reference.SdLeadMs:0.#} ms before (z = {gmaxComparison.Z:0.00}, {gmaxComparison.Percentile:0}th percentile).");
        }
        words.Add("Timing alone does not diagnose gluteal inhibition; read it with the clinical examination.");
        return new EvidenceSummary(strength, n, consistency, string.Join(" ", words));
    }
}
