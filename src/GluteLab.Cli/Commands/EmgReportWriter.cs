using System.Globalization;
using System.Text.Json;
using GluteLab.Anatomy;
using GluteLab.Signals.Assessments;

namespace GluteLab.Cli;

/// <summary>Renders an <see cref="EmgReport"/> as a readable table or as JSON.</summary>
internal static class EmgReportWriter
{
    private static string F(double v, string format = "0.000") => v.ToString(format, CultureInfo.InvariantCulture);

    public static void WriteTable(EmgReport report, TextWriter o)
    {
        var method = report.Request.Detector.Method;
        o.WriteLine($"Onset method: {method}");
        o.WriteLine($"  source: {method.Citation}");
        var c = report.Conditioning;
        o.WriteLine($"Conditioning: DC removed, band-pass {F(c.HighPassHz, "0.#")}–{F(c.LowPassHz, "0.#")} Hz Butterworth order {c.ButterworthOrder} zero-phase" +
            (c.NotchHz is { } n ? $", notch {F(n, "0.#")} Hz" : "") + $", envelope {F(c.RmsWindowSeconds * 1000, "0")} ms moving RMS");
        foreach (var trial in report.Trials)
        {
            o.WriteLine();
            var first = trial.Channels[0].Raw;
            o.WriteLine($"Trial {trial.File}: {trial.Channels.Count} EMG channel(s), {F(first.RateHz, "0.##")} Hz, {F(first.DurationSeconds, "0.00")} s" +
                (trial.MovementOnsetSeconds is { } mv ? $", movement onset {F(mv)} s" : ""));
            var rows = new List<string[]> { new[] { "channel", "muscle", "onset s", "offset s", "bursts", "env peak", "env mean", "unit", "peak %MVIC", "mean %MVIC" } };
            foreach (var ch in trial.Channels)
            {
                var b = ch.Onsets.Bursts;
                var onset = ch.Onsets.Onset;
                rows.Add([
                    ch.Raw.Label, ch.Onsets.Site?.Id ?? "?",
                    onset is { } t ? F(t.Seconds) + (ch.Onsets.IsOverridden ? "*" : "") : "none",
                    b.Count > 0 ? F(b[0].Offset.Seconds) : "-",
                    b.Count.ToString(CultureInfo.InvariantCulture),
                    F(ch.Amplitude.EnvelopePeak, "G4"), F(ch.Amplitude.EnvelopeMean, "G4"), ch.Amplitude.Unit.Length > 0 ? ch.Amplitude.Unit : "-",
                    ch.Amplitude.PeakMvic is { } p ? F(p.Percent, "0.0") : "-",
                    ch.Amplitude.MeanMvic is { } m ? F(m.Percent, "0.0") : "-",
                ]);
            }
            WriteRows(o, rows);
            if (trial.Order.Entries.Count > 0)
            {
                o.WriteLine($"Firing order: {trial.Order.Sequence}");
                o.WriteLine("  since first: " + string.Join(", ", trial.Order.Entries.Select(e => $"{e.Name} {e.SinceFirst}")));
            }
            if (trial.Order.Silent.Count > 0) o.WriteLine("No onset: " + string.Join(", ", trial.Order.Silent));
            foreach (var ch in trial.Channels.Where(c => c.Onsets.Override is not null))
            {
                var ov = ch.Onsets.Override!;
                o.WriteLine($"* {ch.Raw.Label}: onset set to {(ov.Onset is { } t ? F(t.Seconds) + " s" : "none")} by {ov.By} ({ov.Reason}); detected {(ch.Onsets.DetectedOnset is { } d ? F(d.Seconds) + " s" : "none")}");
            }
            foreach (var a in trial.Asymmetry)
            {
                o.WriteLine($"Asymmetry {a.Muscle ?? a.Group.ToId()}: SI = {a.Index} (left {F(a.Left, "G4")}, right {F(a.Right, "G4")}{(a.Normalised ? " %MVIC" : ", raw amplitude: indicative only")}); SI = (R−L)/((R+L)/2)×100, Robinson et al. 1987");
            }
            foreach (var r in trial.Ratios)
            {
                o.WriteLine($"Ratio {r.Name}{(r.Side is { } s ? " " + s.ToId() : "")}: {F(r.Value, "0.00")}{(r.Normalised ? " (%MVIC)" : " (raw amplitudes, not normalised)")}");
            }
        }
        if (report.ProneHipExtension is { } p2) WriteProne(p2, o);
        if (report.Notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Notes:");
            foreach (var note in report.Notes) o.WriteLine("  - " + note);
        }
    }

    private static void WriteProne(ProneHipExtensionResult p, TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"Prone hip extension (cue: {(p.Options.Cue == ProneHipExtensionCue.None ? "none" : "glutes")}), {p.Trials.Count} trial(s)");
        var rows = new List<string[]> { new[] { "muscle", "trials on", "since first: median (range) ms", "vs movement (− = before): median (range) ms", "times last" } };
        foreach (var m in p.Muscles)
        {
            rows.Add([
                m.Name, $"{m.TrialsWithOnset}/{m.Trials}",
                m.SinceFirst is { } sf ? $"{F(sf.Median.Milliseconds, "0")} ({F(sf.Min.Milliseconds, "0")}…{F(sf.Max.Milliseconds, "0")})" : "-",
                m.SinceMovement is { } sm ? $"{F(sm.Median.Milliseconds, "0")} ({F(sm.Min.Milliseconds, "0")}…{F(sm.Max.Milliseconds, "0")})" : "-",
                m.TimesLast.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        WriteRows(o, rows);
        foreach (var c in p.Comparisons)
        {
            o.WriteLine($"  {c.Name}: onset {F(c.ObservedLeadMs, "0")} ms before movement vs healthy {F(c.Reference.MeanLeadMs, "0.#")} ± {F(c.Reference.SdLeadMs, "0.#")} ms: z = {F(c.Z, "0.00")}, percentile {F(c.Percentile, "0")} [{c.Citation}]");
        }
        if (p.GluteusMaximusAfterFirst is { } g)
        {
            o.WriteLine($"  {g.Name}: {F(g.ObservedMs, "0")} ms after the first muscle (median of {g.Trials}); healthy about {F(g.ReferenceMs, "0")} ms [{g.Citation}]");
        }
        o.WriteLine($"Evidence: {p.Evidence.Strength.ToString().ToLowerInvariant()}. {p.Evidence.Statement}");
        foreach (var n in p.Notes) o.WriteLine("  - " + n);
    }

    private static void WriteRows(TextWriter o, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows) o.WriteLine("  " + string.Join("  ", r.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
    }

    public static void WriteJson(EmgReport report, TextWriter o)
    {
        var method = report.Request.Detector.Method;
        var doc = new
        {
            method = new { id = method.Id, name = method.Name, citation = method.Citation, parameters = method.Parameters },
            conditioning = report.Conditioning,
            mvic = report.Mvic.Values.Values.Select(v => new { channel = v.Channel, rms = v.RmsAmplitude, unit = v.Unit, trials = v.Trials, window_s = v.WindowSeconds }),
            trials = report.Trials.Select(t => new
            {
                file = t.File,
                movement_onset_s = t.MovementOnsetSeconds,
                channels = t.Channels.Select(ch => new
                {
                    label = ch.Raw.Label,
                    muscle = ch.Onsets.Site?.Muscle ?? ch.Onsets.Site?.Group.ToId(),
                    group = ch.Onsets.Site?.Group.ToId(),
                    side = ch.Onsets.Site?.Side?.ToId(),
                    rate_hz = ch.Raw.RateHz,
                    unit = ch.Amplitude.Unit,
                    onset_s = ch.Onsets.Onset?.Seconds,
                    detected_onset_s = ch.Onsets.DetectedOnset?.Seconds,
                    onset_override = ch.Onsets.Override is { } ov ? new { onset_s = ov.Onset?.Seconds, by = ov.By, reason = ov.Reason } : null,
                    bursts = ch.Onsets.Bursts.Select(b => new { onset_s = b.Onset.Seconds, offset_s = b.Offset.Seconds }),
                    envelope_peak = ch.Amplitude.EnvelopePeak,
                    envelope_mean = ch.Amplitude.EnvelopeMean,
                    peak_percent_mvic = ch.Amplitude.PeakMvic?.Percent,
                    mean_percent_mvic = ch.Amplitude.MeanMvic?.Percent,
                    diagnostics = ch.Conditioned.Diagnostics.Select(d => new { code = d.Code, message = d.Message }),
                }),
                firing_order = t.Order.Entries.Select(e => new { channel = e.Channel, muscle = e.Name, onset_s = e.Onset.Seconds, since_first_ms = e.SinceFirst.Milliseconds, rank = e.Rank }),
                silent = t.Order.Silent,
                asymmetry = t.Asymmetry.Select(a => new { muscle = a.Muscle ?? a.Group.ToId(), left = a.Left, right = a.Right, index_percent = a.Index.Percent, normalised = a.Normalised, formula = "(R-L)/((R+L)/2)*100, Robinson et al. 1987" }),
                ratios = t.Ratios.Select(r => new { name = r.Name, side = r.Side?.ToId(), value = r.Value, normalised = r.Normalised, source = r.Source }),
            }),
            prone_hip_extension = report.ProneHipExtension is { } p ? new
            {
                cue = p.Options.Cue == ProneHipExtensionCue.None ? "none" : "glutes",
                tested_side = p.Options.TestedSide?.ToId(),
                muscles = p.Muscles.Select(m => new
                {
                    muscle = m.Name, trials = m.Trials, trials_with_onset = m.TrialsWithOnset, times_last = m.TimesLast,
                    since_first_ms = m.SinceFirst is { } s ? new { median = s.Median.Milliseconds, min = s.Min.Milliseconds, max = s.Max.Milliseconds, n = s.Count } : null,
                    since_movement_ms = m.SinceMovement is { } v ? new { median = v.Median.Milliseconds, min = v.Min.Milliseconds, max = v.Max.Milliseconds, n = v.Count } : null,
                }),
                comparisons = p.Comparisons.Select(c => new
                {
                    muscle = c.Name, reference_muscle = c.Reference.Muscle.ToString(), observed_lead_ms = c.ObservedLeadMs, trials = c.Trials,
                    reference_mean_lead_ms = c.Reference.MeanLeadMs, reference_sd_ms = c.Reference.SdLeadMs, z = c.Z, percentile = c.Percentile, citation = c.Citation,
                }),
                gluteus_maximus_after_first = p.GluteusMaximusAfterFirst is { } g ? new { muscle = g.Name, observed_ms = g.ObservedMs, trials = g.Trials, reference_ms = g.ReferenceMs, citation = g.Citation } : null,
                evidence = new { strength = p.Evidence.Strength.ToString().ToLowerInvariant(), trials = p.Evidence.Trials, order_consistency = p.Evidence.OrderConsistency, statement = p.Evidence.Statement },
                notes = p.Notes,
            } : null,
            notes = report.Notes,
        };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        o.WriteLine(JsonSerializer.Serialize(doc, options));
    }
}
