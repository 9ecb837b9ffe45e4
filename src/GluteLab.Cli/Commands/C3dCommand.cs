using System.CommandLine;
using System.Globalization;
using System.Text;
using GluteLab.Cli.C3d;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli;

/// <summary><c>glutelab c3d info|export|convert</c>: inspect, export and convert C3D files.</summary>
internal static class C3dCommand
{
    public static Command Create()
    {
        var command = new Command("c3d", "Inspect, export and convert C3D motion-capture files.");
        command.Subcommands.Add(Info());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Convert());
        return command;
    }

    private static Command Info()
    {
        var file = new Argument<string>("FILE") { Description = "C3D file to read." };
        var json = new Option<bool>("--json") { Description = "Print a JSON document instead of a summary." };
        var command = new Command("info", "Summarise a C3D file: points, frames, rates, channels, events and what the reader tolerated.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = C3dFiles.Read(path);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(C3dInfoJson.Render(path, result));
            else output.Write(Summary(path, result));
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var file = new Argument<string>("FILE") { Description = "C3D file to read." };
        var output = new Option<string>("--out") { Description = "CSV file to write.", Required = true };
        var analog = new Option<bool>("--analog") { Description = "Export analog channels (physical units) at the analog rate." };
        var points = new Option<bool>("--points") { Description = "Export marker coordinates (LABEL_X, LABEL_Y, LABEL_Z) at the point rate (default)." };
        var command = new Command("export", "Export point or analog data as CSV (time column first, blank cells where a marker is invalid).");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(analog);
        command.Options.Add(points);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output)!;
            bool wantAnalog = parse.GetValue(analog);
            if (wantAnalog && parse.GetValue(points)) throw new CliException("choose one of --analog and --points");
            var c3d = C3dFiles.Read(path).File;
            if (!wantAnalog && !parse.GetValue(points) && c3d.Points.PointCount == 0 && c3d.Analog.ChannelCount > 0) wantAnalog = true;
            if (wantAnalog && c3d.Analog.ChannelCount == 0) throw new CliException($"{path}: the file has no analog channels");
            C3dFiles.SaveAtomically(target, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                if (wantAnalog) C3dCsvExport.Analog(c3d, writer);
                else C3dCsvExport.Points(c3d, writer);
            });
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {target}: {(wantAnalog ? $"{c3d.Analog.ChannelCount} analog channel(s), {c3d.Analog.SampleCount} samples" : $"{c3d.Points.PointCount} marker(s), {c3d.FrameCount} frames")}."));
            return 0;
        });
        return command;
    }

    private static Command Convert()
    {
        var file = new Argument<string>("FILE") { Description = "C3D file to read." };
        var processor = new Option<string>("--processor") { Description = "Target processor type: intel, dec or mips.", Required = true };
        var storage = new Option<string?>("--storage") { Description = "Target storage: float or integer (default: keep)." };
        var output = new Option<string>("--out") { Description = "C3D file to write.", Required = true };
        var command = new Command("convert", "Rewrite a C3D file for another processor type (and optionally storage format).");
        command.Arguments.Add(file);
        command.Options.Add(processor);
        command.Options.Add(storage);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output)!;
            var processorName = parse.GetValue(processor)!;
            var chosen = processorName.Trim().ToLowerInvariant() switch
            {
                "intel" => C3dProcessor.Intel,
                "dec" => C3dProcessor.Dec,
                "mips" or "sgi" => C3dProcessor.Mips,
                _ => throw new CliException($"--processor should be intel, dec or mips, was \"{processorName}\""),
            };
            C3dStorageFormat? format = parse.GetValue(storage)?.Trim().ToLowerInvariant() switch
            {
                null => null,
                "float" => C3dStorageFormat.Float,
                "integer" or "int" => C3dStorageFormat.Integer,
                var other => throw new CliException($"--storage should be float or integer, was \"{other}\""),
            };
            var c3d = C3dFiles.Read(path).File;
            C3dFiles.SaveAtomically(target, stream => C3dWriter.Write(c3d, stream, new C3dWriteOptions(chosen, format)));
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {target} ({chosen.ToString().ToLowerInvariant()}, {(format ?? c3d.StorageFormat).ToString().ToLowerInvariant()} storage).");
            return 0;
        });
        return command;
    }

    private static string Summary(string path, C3dReadResult result)
    {
        var f = result.File;
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{path}");
        text.AppendLine(inv, $"  processor      {f.Processor.ToString().ToLowerInvariant()}, {(f.StorageFormat == C3dStorageFormat.Float ? "float" : "integer")} storage");
        text.AppendLine(inv, $"  points         {f.Points.PointCount} at {f.PointRateHz:0.###} Hz, {f.FrameCount} frames ({(f.PointRateHz > 0 ? f.FrameCount / f.PointRateHz : 0):0.###} s), units {f.Points.Units}");
        text.AppendLine(inv, $"  analog         {f.Analog.ChannelCount} channel(s) at {f.AnalogRateHz:0.###} Hz ({f.Analog.SamplesPerFrame} per frame)");
        if (f.Points.PointCount > 0) text.AppendLine(inv, $"  markers        {string.Join(", ", f.Points.Labels)}");
        if (f.Analog.ChannelCount > 0) text.AppendLine(inv, $"  channels       {string.Join(", ", f.Analog.Labels)}");
        text.AppendLine(inv, $"  events         {f.Events.Length}");
        foreach (var e in f.Events) text.AppendLine(inv, $"    {e.TimeSeconds,9:0.000} s  {e.Label} {(e.Context.Length > 0 ? $"({e.Context})" : "")}");
        text.AppendLine(inv, $"  groups         {string.Join(", ", f.Parameters.Groups.Select(g => g.Name))}");
        text.AppendLine(inv, $"  diagnostics    {result.Diagnostics.Length}");
        foreach (var d in result.Diagnostics) text.AppendLine(inv, $"    {d}");
        return text.ToString();
    }
}
