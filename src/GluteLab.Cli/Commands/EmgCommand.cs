using System.CommandLine;
using GluteLab.Anatomy;
using GluteLab.Signals.Assessments;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Readers;
using GluteLab.Signals.Recordings;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab emg analyze FILE… [options]</c>: onsets, offsets, amplitude (%MVIC), firing order and, with
/// <c>--test prone-hip-extension</c>, comparison with published healthy data. Several FILEs are repeated trials.
/// </summary>
internal static class EmgCommand
{
    /// <summary>
    /// The recording readers the command line uses: the one place where formats are registered (text formats and C3D).
    /// </summary>
    internal static RecordingReaders Readers { get; } = RecordingReaders.Default.With(new C3dRecordingReader());

    private const string ProneHipExtensionTest = "prone-hip-extension";

    public static Command Create()
    {
        var emg = new Command("emg", "Surface EMG analysis: conditioning, onsets, firing order, %MVIC, asymmetry.");
        emg.Subcommands.Add(CreateAnalyze());
        emg.Subcommands.Add(EmgSynthCommand.Create());
        return emg;
    }

    private static Command CreateAnalyze()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "EMG recordings (.csv, .tsv, .txt, .c3d); several files are repeated trials of the same test.",
            Arity = ArgumentArity.OneOrMore,
        };
        var channels = new Option<string?>("--channels") { Description = "Channel map LABEL=muscle[:side],… e.g. EMG1=gluteus_maximus:left,EMG2=semitendinosus:left. Unmapped labels are recognised (L GMax, ES_L, BF right, ST, TFL…)." };
        var rate = new Option<double?>("--rate") { Description = "Sampling rate in Hz for files without a time column or rate header." };
        var test = new Option<string?>("--test") { Description = "Assessment to run: prone-hip-extension." };
        var mvic = new Option<string[]>("--mvic") { Description = "MVIC reference trial(s) with the same channel labels; amplitudes are then reported in %MVIC.", AllowMultipleArgumentsPerToken = true };
        var method = new Option<string>("--method") { Description = "Onset method: hodges-bui (default), tkeo, double-threshold.", DefaultValueFactory = _ => "hodges-bui" };
        var movementOnset = new Option<double?>("--movement-onset") { Description = "Movement onset in seconds from the first sample (else from a trigger channel)." };
        var cue = new Option<string>("--cue") { Description = "Prone hip extension cue: none (default) or glutes; selects the reference data.", DefaultValueFactory = _ => "none" };
        var side = new Option<string?>("--side") { Description = "Side of the lifted leg (left/right): compare that side's muscles with the reference data." };
        var notch = new Option<double?>("--notch") { Description = "Mains notch frequency in Hz (50 or 60); off by default." };
        var thresholdSd = new Option<double?>("--threshold-sd") { Description = "Threshold k in baseline SDs (hodges-bui default 3, tkeo default 5)." };
        var baselineStart = new Option<double>("--baseline-start") { Description = "Start of the rest baseline in seconds (default 0).", DefaultValueFactory = _ => 0 };
        var baselineDuration = new Option<double>("--baseline-duration") { Description = "Length of the rest baseline in seconds (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var overrides = new Option<string[]>("--override") { Description = "Clinician's onset: [TRIAL:]LABEL=SECONDS or LABEL=none (TRIAL is the 1-based file number, default 1); needs --override-by and --override-reason.", AllowMultipleArgumentsPerToken = false };
        var overrideBy = new Option<string?>("--override-by") { Description = "Who sets the overridden onsets." };
        var overrideReason = new Option<string?>("--override-reason") { Description = "Why the onsets are overridden." };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON instead of a table." };
        var plot = new Option<string?>("--plot") { Description = "Directory for PNG plots (raw signal, envelope, onsets) per channel and trial." };

        var command = new Command("analyze", "Analyse EMG recordings: onsets, offsets, envelope, %MVIC, firing order, reference comparisons.");
        command.Arguments.Add(files);
        foreach (var option in new Option[] { channels, rate, test, mvic, method, thresholdSd, baselineStart, baselineDuration, overrides, overrideBy, overrideReason, movementOnset, cue, side, notch, json, plot }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var request = new EmgRequest(
                parse.GetValue(files) ?? [],
                ParseMap(parse.GetValue(channels)),
                CheckRate(parse.GetValue(rate)),
                ParseTest(parse.GetValue(test)),
                parse.GetValue(mvic) ?? [],
                ParseMethod(parse.GetValue(method) ?? "hodges-bui", parse.GetValue(thresholdSd),
                    new OnsetBaseline(parse.GetValue(baselineStart), parse.GetValue(baselineDuration))),
                CheckMovementOnset(parse.GetValue(movementOnset)),
                ParseCue(parse.GetValue(cue) ?? "none"),
                ParseSide(parse.GetValue(side)),
                CheckNotch(parse.GetValue(notch)),
                parse.GetValue(plot),
                ParseOverrides(parse.GetValue(overrides) ?? [], parse.GetValue(overrideBy), parse.GetValue(overrideReason), (parse.GetValue(files) ?? []).Length));
            var report = EmgAnalysis.Run(request, Readers);
            if (request.PlotDirectory is { } dir) EmgPlots.Write(report, dir);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) EmgReportWriter.WriteJson(report, output);
            else EmgReportWriter.WriteTable(report, output);
            return 0;
        });
        return command;
    }

    private static ChannelMap ParseMap(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ChannelMap.Empty;
        try
        {
            return ChannelMap.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliException("--channels: " + e.Message);
        }
    }

    private static double? CheckRate(double? rate) =>
        rate is { } r && (!double.IsFinite(r) || r <= 0) ? throw new CliException($"--rate should be a number of Hz > 0, was {r}.") : rate;

    private static double? CheckMovementOnset(double? t) =>
        t is { } v && (!double.IsFinite(v) || v < 0) ? throw new CliException($"--movement-onset should be a time in seconds >= 0, was {v}.") : t;

    private static double? CheckNotch(double? f) =>
        f is { } v && (!double.IsFinite(v) || v <= 0) ? throw new CliException($"--notch should be a frequency in Hz > 0 (50 or 60), was {v}.") : f;

    private static string? ParseTest(string? test) => test switch
    {
        null => null,
        ProneHipExtensionTest => test,
        _ => throw new CliException($"--test: unknown test '{test}'; did you mean '{ProneHipExtensionTest}'?"),
    };

    private static IOnsetDetector ParseMethod(string id, double? k, OnsetBaseline baseline)
    {
        if (!double.IsFinite(baseline.StartSeconds) || baseline.StartSeconds < 0)
        {
            throw new CliException($"--baseline-start should be a time in seconds >= 0, was {baseline.StartSeconds}.");
        }
        if (!double.IsFinite(baseline.DurationSeconds) || baseline.DurationSeconds < 0.01)
        {
            throw new CliException($"--baseline-duration should be at least 0.01 s, was {baseline.DurationSeconds}.");
        }
        if (k is { } value && (!double.IsFinite(value) || value <= 0 || value > 1000))
        {
            throw new CliException($"--threshold-sd should be a number in (0, 1000], was {value}.");
        }
        if (!Signals.Emg.TryDetector(id, out var detector))
        {
            throw new CliException($"--method: unknown onset method '{id}'; did you mean '{NearestName.Find(id, Signals.Emg.MethodIds)}'? (one of {string.Join(", ", Signals.Emg.MethodIds)})");
        }
        return detector switch
        {
            HodgesBuiDetector h => new HodgesBuiDetector(h.Options with { K = k ?? h.Options.K, Baseline = baseline }),
            TkeoDetector t => new TkeoDetector(t.Options with { K = k ?? t.Options.K, Baseline = baseline }),
            BonatoDetector b when k is null => new BonatoDetector(b.Options with { Baseline = baseline }),
            _ => throw new CliException("--threshold-sd applies to hodges-bui and tkeo; the double-threshold method uses its own test thresholds."),
        };
    }

    private static IReadOnlyList<EmgOverride> ParseOverrides(string[] texts, string? by, string? reason, int trials)
    {
        if (texts.Length == 0) return [];
        if (string.IsNullOrWhiteSpace(by) || string.IsNullOrWhiteSpace(reason))
        {
            throw new CliException("--override needs --override-by (who) and --override-reason (why).");
        }
        var result = new List<EmgOverride>();
        foreach (var text in texts)
        {
            var eq = text.LastIndexOf('=');
            if (eq <= 0) throw new CliException($"--override '{text}' should look like [TRIAL:]LABEL=SECONDS or LABEL=none.");
            var target = text[..eq];
            var value = text[(eq + 1)..].Trim();
            var trial = 1;
            var colon = target.IndexOf(':');
            if (colon > 0 && int.TryParse(target[..colon], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t))
            {
                trial = t;
                target = target[(colon + 1)..];
            }
            if (trial < 1 || trial > trials) throw new CliException($"--override '{text}': trial should be 1 to {trials}, was {trial}.");
            OnsetTime? onset = null;
            if (!value.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds) || seconds < 0)
                {
                    throw new CliException($"--override '{text}': onset should be seconds >= 0 or none, was '{value}'.");
                }
                onset = new OnsetTime(seconds);
            }
            result.Add(new EmgOverride(trial - 1, target.Trim(), new OnsetOverride(onset, by.Trim(), reason.Trim())));
        }
        return result;
    }

    private static ProneHipExtensionCue ParseCue(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" => ProneHipExtensionCue.None,
        "glutes" or "glute" => ProneHipExtensionCue.Glutes,
        _ => throw new CliException($"--cue should be none or glutes, was '{text}'."),
    };

    private static Side? ParseSide(string? text) =>
        text is null ? null : Sides.TryParse(text, out var s) ? s : throw new CliException($"--side should be left or right, was '{text}'.");
}
