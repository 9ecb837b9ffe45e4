using GluteLab.Anatomy;
using ScottPlot;

namespace GluteLab.Cli;

/// <summary>
/// PNG plots of each channel of each trial: the raw signal (mean removed), its envelope, and the onsets and offsets.
/// Files are rendered into a temporary folder and moved into place only when all succeed.
/// </summary>
internal static class EmgPlots
{
    public static void Write(EmgReport report, string directory)
    {
        if (File.Exists(directory)) throw new CliException($"--plot {directory}: is a file, expected a directory.");
        var staging = Path.Combine(Path.GetTempPath(), "glutelab-plots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var written = new List<string>();
            foreach (var trial in report.Trials)
            {
                var stem = Safe(Path.GetFileNameWithoutExtension(trial.File));
                foreach (var ch in trial.Channels)
                {
                    var name = $"{stem}_{Safe(ch.Raw.Label)}.png";
                    Render(trial, ch, Path.Combine(staging, name));
                    written.Add(name);
                }
            }
            Directory.CreateDirectory(directory);
            foreach (var name in written) File.Move(Path.Combine(staging, name), Path.Combine(directory, name), overwrite: true);
        }
        catch (IOException e)
        {
            throw new CliException($"--plot {directory}: cannot write plots ({e.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"--plot {directory}: permission denied.");
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Render(EmgTrialResult trial, EmgChannelResult ch, string path)
    {
        var raw = ch.Raw.Samples.ToArray();
        var mean = raw.Length > 0 ? raw.Average() : 0;
        for (var i = 0; i < raw.Length; i++) raw[i] -= mean;
        var period = 1 / ch.Raw.RateHz;
        var plot = new Plot();
        var signal = plot.Add.Signal(raw, period);
        signal.Color = Colors.Gray.WithAlpha(0.6);
        signal.LegendText = "raw (mean removed)";
        var envelope = plot.Add.Signal(ch.Conditioned.Envelope.ToArray(), period);
        envelope.Color = Colors.Blue;
        envelope.LineWidth = 2;
        envelope.LegendText = $"envelope ({ch.Conditioned.Options.RmsWindowSeconds * 1000:0} ms RMS)";
        var firstOn = true;
        var firstOff = true;
        foreach (var burst in ch.Onsets.Bursts)
        {
            var on = plot.Add.VerticalLine(burst.Onset.Seconds, 1.5f, Colors.Green);
            if (firstOn) { on.LegendText = "onset"; firstOn = false; }
            var off = plot.Add.VerticalLine(burst.Offset.Seconds, 1.5f, Colors.Red);
            off.LinePattern = LinePattern.Dashed;
            if (firstOff) { off.LegendText = "offset"; firstOff = false; }
        }
        if (ch.Onsets.Override is { Onset: { } overridden })
        {
            var line = plot.Add.VerticalLine(overridden.Seconds, 2f, Colors.Orange);
            line.LegendText = $"onset set by {ch.Onsets.Override.By}";
        }
        if (trial.MovementOnsetSeconds is { } movement)
        {
            var line = plot.Add.VerticalLine(movement, 2f, Colors.Black);
            line.LinePattern = LinePattern.Dotted;
            line.LegendText = "movement onset";
        }
        plot.Title($"{Path.GetFileName(trial.File)} · {ch.Raw.Label}{(ch.Onsets.Site is { } s ? " (" + s.Id + ")" : "")} · {ch.Onsets.Method.Name}");
        plot.XLabel("time (s)");
        plot.YLabel(ch.Raw.Unit.Length > 0 ? ch.Raw.Unit : "amplitude");
        plot.ShowLegend();
        plot.SavePng(path, 1400, 500);
    }

    private static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c).ToArray();
        return new string(chars);
    }
}
