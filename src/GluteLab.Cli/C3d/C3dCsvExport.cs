using System.Globalization;
using System.Text;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli.C3d;

/// <summary>CSV export of point or analog data: time column first (seconds), one header row with labels.</summary>
internal static class C3dCsvExport
{
    public static void Points(C3dFile file, TextWriter output)
    {
        var points = file.Points;
        var header = new StringBuilder("time_s");
        foreach (var label in points.Labels)
        {
            foreach (var axis in new[] { "_X", "_Y", "_Z" }) header.Append(',').Append(Escape(label.Trim() + axis));
        }
        output.WriteLine(header);
        var line = new StringBuilder();
        for (int f = 0; f < points.FrameCount; f++)
        {
            line.Clear();
            line.Append(Number(points.RateHz > 0 ? f / points.RateHz : f));
            for (int p = 0; p < points.PointCount; p++)
            {
                var s = points[f, p];
                if (s.IsValid) line.Append(',').Append(Number(s.X)).Append(',').Append(Number(s.Y)).Append(',').Append(Number(s.Z));
                else line.Append(",,,");
            }
            output.WriteLine(line);
        }
    }

    public static void Analog(C3dFile file, TextWriter output)
    {
        var analog = file.Analog;
        var header = new StringBuilder("time_s");
        foreach (var label in analog.Labels) header.Append(',').Append(Escape(label.Trim()));
        output.WriteLine(header);
        var line = new StringBuilder();
        for (int s = 0; s < analog.SampleCount; s++)
        {
            line.Clear();
            line.Append(Number(analog.RateHz > 0 ? s / analog.RateHz : s));
            for (int c = 0; c < analog.ChannelCount; c++) line.Append(',').Append(Number(analog.Value(s, c)));
            output.WriteLine(line);
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
