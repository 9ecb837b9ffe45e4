using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GluteLab.Cli.C3d;
using GluteLab.Signals.Pelvis;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab posture pelvic-tilt FILE [--markers LASI,RASI,LPSI,RPSI] [--phases NAME:START-END,…] [--vertical +Z] [--json]</c>:
/// pelvic tilt and obliquity per frame of a C3D marker recording, summarised per movement phase.
/// Exit codes: 0 done, 2 bad file, missing markers or bad options.
/// </summary>
internal static class PostureCommand
{
    public static Command Create()
    {
        var posture = new Command("posture", "Posture from motion capture: pelvic tilt and obliquity in motion.");
        posture.Subcommands.Add(CreatePelvicTilt());
        return posture;
    }

    private static Command CreatePelvicTilt()
    {
        var file = new Argument<string>("FILE") { Description = "C3D file with pelvis markers." };
        var markers = new Option<string?>("--markers") { Description = "Marker labels: LASI,RASI,LPSI,RPSI (left/right ASIS, left/right PSIS) or LASI,RASI,SACR. Default: detected (LASI…, L.ASIS…, LeftASIS…, L_IAS…, SACR/SACRUM)." };
        var phases = new Option<string?>("--phases") { Description = "Phases NAME:START-END in seconds, e.g. lift:1-3,hold:3-9,lower:9-11. Default: between the file's events, else thirds." };
        var vertical = new Option<string?>("--vertical") { Description = "The lab's vertical axis (+Z, +Y, -Y…). Default: the axis letter of POINT:Y_SCREEN (else Z), signed so that the ASIS are above the origin." };
        var json = new Option<bool>("--json") { Description = "Write JSON (with every frame) instead of a table." };
        var command = new Command("pelvic-tilt", "Pelvic tilt (anterior positive) and obliquity (right side up positive) per frame and per phase.")
        {
            file, markers, phases, vertical, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var options = new PelvicTiltOptions(ParseMarkers(parse.GetValue(markers)), ParseVertical(parse.GetValue(vertical)), ParsePhases(parse.GetValue(phases)));
            var read = C3dFiles.Read(path);
            PelvicTiltResult result;
            try
            {
                result = PelvicTilt.Analyse(read.File, options);
            }
            catch (MissingMarkersException e)
            {
                throw new CliException($"{path}: {e.Message} Name them with --markers LASI,RASI,LPSI,RPSI (or LASI,RASI,SACR).");
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--phases: {e.Message}");
            }
            var o = parse.InvocationConfiguration.Output;
            var diagnostics = read.Diagnostics.Select(d => d.ToString()).ToList();
            if (parse.GetValue(json)) WriteJson(o, path, result, diagnostics);
            else WriteTable(o, path, result, diagnostics);
            return 0;
        });
        return command;
    }

    private static PelvisMarkerSet? ParseMarkers(string? text)
    {
        if (text is null) return null;
        try
        {
            return PelvisMarkerSet.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliException("--markers: " + e.Message);
        }
    }

    private static LabAxis? ParseVertical(string? text) =>
        text is null ? null : LabAxis.TryParse(text, out var axis) ? axis : throw new CliException($"--vertical: '{text}' should be an axis such as +Z, +Y or -Y.");

    private static IReadOnlyList<MovementPhase>? ParsePhases(string? text)
    {
        if (text is null) return null;
        var phases = new List<MovementPhase>();
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            var dash = colon < 0 ? -1 : entry.IndexOf('-', colon + 1);
            if (colon <= 0 || dash < 0
                || !double.TryParse(entry[(colon + 1)..dash], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
                || !double.TryParse(entry[(dash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var end))
            {
                throw new CliException($"--phases: '{entry}' should look like NAME:START-END in seconds, e.g. lift:1-3.");
            }
            try
            {
                phases.Add(new MovementPhase(entry[..colon].Trim(), start, end).Validate());
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--phases: {e.Message}");
            }
        }
        if (phases.Count == 0) throw new CliException("--phases: give at least one NAME:START-END.");
        return phases;
    }

    private static string F(double? v, string format = "0.0") => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Describe((double X, double Y, double Z)? v) => v is { } p ? FormattableString.Invariant($"({p.X:0.00}, {p.Y:0.00}, {p.Z:0.00})") : "none";

    private static void WriteTable(TextWriter o, string path, PelvicTiltResult r, IReadOnlyList<string> diagnostics)
    {
        o.WriteLine($"{path}: pelvis markers {string.Join(" ", r.Markers.Labels)}{(r.Markers.UsesSacrum ? " (sacral marker for both PSIS)" : "")}");
        o.WriteLine($"Vertical axis {r.Vertical} ({r.VerticalSource}); progression {Describe(r.Progression)} from the {r.ProgressionSource}");
        o.WriteLine($"Tilt: ASIS–PSIS line below horizontal, anterior positive. Obliquity: right side up positive. {r.TimesSeconds.Length} frames, {r.GapFrames} with a marker missing (not interpolated).");
        o.WriteLine($"Phases ({r.PhaseSource}):");
        var rows = new List<string[]> { new[] { "phase", "start s", "end s", "frames", "valid", "tilt mean°", "SD", "min", "max", "obliquity mean°", "SD", "min", "max" } };
        foreach (var p in r.Phases)
        {
            rows.Add([p.Phase.Name, F(p.Phase.StartSeconds, "0.000"), F(p.Phase.EndSeconds, "0.000"), p.Frames.ToString(CultureInfo.InvariantCulture), p.ValidFrames.ToString(CultureInfo.InvariantCulture),
                F(p.Tilt?.MeanDegrees), F(p.Tilt?.SdDegrees), F(p.Tilt?.MinDegrees), F(p.Tilt?.MaxDegrees),
                F(p.Obliquity?.MeanDegrees), F(p.Obliquity?.SdDegrees), F(p.Obliquity?.MinDegrees), F(p.Obliquity?.MaxDegrees)]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
        foreach (var row in rows) o.WriteLine("  " + string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        foreach (var d in diagnostics) o.WriteLine("  - " + d);
    }

    private static void WriteJson(TextWriter o, string path, PelvicTiltResult r, IReadOnlyList<string> diagnostics)
    {
        static object? Summary(AngleSummary? s) => s is null ? null : new { mean_deg = s.MeanDegrees, sd_deg = s.SdDegrees, min_deg = s.MinDegrees, max_deg = s.MaxDegrees, range_deg = s.RangeDegrees };
        static double? Deg(double radians) => double.IsFinite(radians) ? radians * 180 / Math.PI : null;
        var doc = new
        {
            file = path,
            markers = r.Markers.Labels,
            uses_sacrum = r.Markers.UsesSacrum,
            conventions = new { tilt = "angle of the ASIS-PSIS line below the horizontal plane, anterior positive", obliquity = "rotation about the pelvis's anterior axis after the tilt, right side up positive" },
            vertical = r.Vertical.ToString(),
            vertical_source = r.VerticalSource,
            progression = r.Progression is { } p ? new[] { p.X, p.Y, p.Z } : null,
            progression_source = r.ProgressionSource,
            frames = r.TimesSeconds.Length,
            gap_frames = r.GapFrames,
            phase_source = r.PhaseSource,
            phases = r.Phases.Select(ph => new
            {
                name = ph.Phase.Name, start_s = ph.Phase.StartSeconds, end_s = ph.Phase.EndSeconds, frames = ph.Frames, valid_frames = ph.ValidFrames,
                tilt = Summary(ph.Tilt), obliquity = Summary(ph.Obliquity),
            }),
            series = new { time_s = r.TimesSeconds, tilt_deg = r.TiltRadians.Select(Deg), obliquity_deg = r.ObliquityRadians.Select(Deg) },
            diagnostics,
        };
        o.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
    }
}
