using System.Globalization;
using System.Text;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Readers;

/// <summary>
/// Reads the "Simple Text Format" written by BioSPPy and similar tools: a header of <c># key:= value</c> lines
/// (first line <c># Simple Text Format</c>; keys <c>Sampling Rate (Hz)</c>, <c>Resolution</c>, <c>Labels</c>),
/// then one row per sample with whitespace-separated columns, one per label.
/// </summary>
/// <remarks>
/// Values are kept as recorded, in ADC counts (unit <c>count</c>); the ADC resolution in bits is not a scale to
/// volts, so amplitudes stay relative. Labels are separated by tabs (or by whitespace when there is no tab).
/// A rate given in <see cref="RecordingReadOptions"/> must agree with the header within 0.1 %.
/// </remarks>
public sealed class SimpleTextRecordingReader : IRecordingReader
{
    private const string Signature = "# Simple Text Format";

    /// <inheritdoc />
    public string FormatName => "Simple Text Format";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith(Signature, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public Recording Read(Stream stream, string sourceName, RecordingReadOptions options)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        double? rate = null;
        string[]? labels = null;
        var lineNumber = 0;
        string? line;
        List<double>[]? columns = null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed.StartsWith('#'))
            {
                if (lineNumber == 1 && !trimmed.StartsWith(Signature, StringComparison.OrdinalIgnoreCase))
                {
                    throw new RecordingFormatException(sourceName, 1, 1, $"expected '{Signature}' on the first line.");
                }
                if (columns is not null) continue;
                var sep = trimmed.IndexOf(":=", StringComparison.Ordinal);
                if (sep < 0) continue;
                var key = trimmed[1..sep].Trim().ToLowerInvariant();
                var value = line[(line.IndexOf(":=", StringComparison.Ordinal) + 2)..];
                if (key.StartsWith("sampling rate", StringComparison.Ordinal))
                {
                    var r = TextNumbers.Parse(value, sourceName, lineNumber, sep + 3, "sampling rate");
                    if (r <= 0) throw new RecordingFormatException(sourceName, lineNumber, sep + 3, $"sampling rate should be > 0 Hz, was {r}.");
                    rate = r;
                }
                else if (key == "labels")
                {
                    var v = value.Trim();
                    labels = (v.Contains('\t') ? v.Split('\t') : v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                        .Select(s => s.Trim()).ToArray();
                    if (labels.Length == 0 || labels.Any(l => l.Length == 0))
                    {
                        throw new RecordingFormatException(sourceName, lineNumber, null, "Labels header has an empty label.");
                    }
                }
                continue;
            }
            if (columns is null)
            {
                rate = ResolveRate(sourceName, rate, options.RateHz);
                labels ??= [];
                if (labels.Length == 0)
                {
                    var n = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                    labels = Enumerable.Range(1, n).Select(i => $"EMG{i}").ToArray();
                }
                columns = labels.Select(_ => new List<double>(65536)).ToArray();
            }
            var fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != labels!.Length)
            {
                throw new RecordingFormatException(sourceName, lineNumber, Math.Min(fields.Length, labels.Length) + 1,
                    $"row has {fields.Length} values, expected {labels.Length} (one per label).");
            }
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c].Add(TextNumbers.Parse(fields[c], sourceName, lineNumber, c + 1, $"value of '{labels[c]}'"));
            }
        }
        if (columns is null || columns[0].Count == 0) throw new RecordingFormatException(sourceName, null, null, "no data rows.");
        var channels = labels!.Select((label, c) =>
            new AnalogChannel(label, rate!.Value, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(columns[c]), "count"));
        return new Recording(sourceName, channels);
    }

    private static double ResolveRate(string source, double? header, double? given)
    {
        if (header is { } h && given is { } g && Math.Abs(h - g) > 1e-3 * h)
        {
            throw new RecordingFormatException(source, null, null,
                $"the header gives {h.ToString("G6", CultureInfo.InvariantCulture)} Hz but the stated rate is {g.ToString("G6", CultureInfo.InvariantCulture)} Hz.");
        }
        return header ?? given ?? throw new RecordingFormatException(source, null, null,
            "no 'Sampling Rate (Hz):=' header and no rate given; state the rate (e.g. --rate 1000).");
    }
}
