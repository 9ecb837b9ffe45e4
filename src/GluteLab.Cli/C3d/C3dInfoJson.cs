using System.Text.Encodings.Web;
using System.Text.Json;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli.C3d;

/// <summary>The <c>c3d info --json</c> document.</summary>
internal static class C3dInfoJson
{
    public static string Render(string path, C3dReadResult result)
    {
        var file = result.File;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteString("processor", file.Processor.ToString().ToLowerInvariant());
            json.WriteString("storage", file.StorageFormat == C3dStorageFormat.Float ? "float" : "integer");
            json.WriteNumber("points", file.Points.PointCount);
            json.WriteNumber("frames", file.FrameCount);
            json.WriteNumber("pointRateHz", file.PointRateHz);
            json.WriteString("pointUnits", file.Points.Units);
            json.WriteNumber("analogChannels", file.Analog.ChannelCount);
            json.WriteNumber("analogRateHz", file.AnalogRateHz);
            json.WriteNumber("analogSamplesPerFrame", file.Analog.SamplesPerFrame);
            json.WriteNumber("durationSeconds", file.PointRateHz > 0 ? file.FrameCount / file.PointRateHz : 0);
            Strings(json, "pointLabels", file.Points.Labels);
            Strings(json, "analogLabels", file.Analog.Labels);
            Strings(json, "analogUnits", file.Analog.Units);
            json.WriteStartArray("events");
            foreach (var e in file.Events)
            {
                json.WriteStartObject();
                json.WriteString("label", e.Label);
                json.WriteString("context", e.Context);
                json.WriteNumber("timeSeconds", e.TimeSeconds);
                json.WriteString("source", e.Source == C3dEventSource.Header ? "header" : "parameters");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Strings(json, "groups", file.Parameters.Groups.Select(g => g.Name));
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                if (d.ByteOffset is { } o) json.WriteNumber("byteOffset", o);
                else json.WriteNull("byteOffset");
                if (d.Parameter is { } p) json.WriteString("parameter", p);
                else json.WriteNull("parameter");
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
