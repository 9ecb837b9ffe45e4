using System.Text;
using System.Text.RegularExpressions;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Readers;

/// <summary>
/// Reads delimited text (CSV, TSV, semicolon-separated): one row per sample, one column per channel, an optional
/// header row of labels and an optional time column.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Delimiter: the most frequent of tab, comma and semicolon in the first row (outside double quotes).</item>
/// <item>Header: present when any first-row field is not a number. Labels may carry a unit in brackets,
/// <c>L GMax (mV)</c> or <c>ES_L [uV]</c>; mV and µV are converted to volts.</item>
/// <item>Time column: a header named <c>time</c>, <c>t</c>, <c>time_s</c>, <c>seconds</c>, <c>time (s)</c> or
/// <c>time (ms)</c>. Steps must be positive and uniform within 1 % (or the printed precision); the rate is
/// 1 / mean step. Without a time column the rate must be given.</item>
/// <item>A column named <c>sample</c>, <c>frame</c> or <c>index</c> is dropped.</item>
/// <item>Lines starting with <c>#</c> and blank lines are skipped. Ragged rows, empty fields, NaN and infinities
/// are rejected with file, line and column.</item>
/// </list>
/// </remarks>
public sealed partial class CsvRecordingReader : IRecordingReader
{
    /// <inheritdoc />
    public string FormatName => "CSV";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head);
        var firstLine = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) ?? "";
        return firstLine.IndexOfAny([',', '\t', ';']) >= 0;
    }

    /// <inheritdoc />
    public Recording Read(Stream stream, string sourceName, RecordingReadOptions options)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        string? line;
        string? first = null;
        var firstLineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            first = line;
            firstLineNumber = lineNumber;
            break;
        }
        if (first is null) throw new RecordingFormatException(sourceName, null, null, "no data rows.");

        var delimiter = DetectDelimiter(first);
        var firstFields = Split(first, delimiter);
        // A trailing delimiter on the first row (spreadsheet exports) leaves an empty last field on every row: drop it.
        var trailing = firstFields.Count > 1 && firstFields[^1].Trim().Length == 0;
        if (trailing) firstFields.RemoveAt(firstFields.Count - 1);
        var hasHeader = firstFields.Any(f => !double.TryParse(f.Trim().Trim('"'), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out _));
        var columnCount = firstFields.Count;
        var labels = new string[columnCount];
        var units = new string[columnCount];
        var factors = new double[columnCount];
        var timeColumn = -1;
        var timeFactor = 1.0;
        var dropped = new bool[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var (label, unit) = hasHeader ? SplitUnit(firstFields[c].Trim().Trim('"').Trim()) : ($"EMG{c + 1}", "");
            if (label.Length == 0) throw new RecordingFormatException(sourceName, firstLineNumber, c + 1, "column label is empty.");
            var key = label.ToLowerInvariant();
            if (hasHeader && key is "time" or "t" or "time_s" or "times" or "seconds" or "secs" or "time_ms" && timeColumn < 0)
            {
                timeColumn = c;
                timeFactor = unit is "ms" || key == "time_ms" ? 1e-3 : 1.0;
                continue;
            }
            if (hasHeader && key is "sample" or "samples" or "frame" or "index" or "sample_index")
            {
                dropped[c] = true;
                continue;
            }
            labels[c] = label;
            (factors[c], units[c]) = TextNumbers.ToSi(unit);
        }
        var duplicate = labels.Where(l => l is not null).GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new RecordingFormatException(sourceName, firstLineNumber, null, $"column label '{duplicate.Key}' appears twice.");

        var columns = new List<double>[columnCount];
        for (var c = 0; c < columnCount; c++) columns[c] = new List<double>(4096);
        var timeDecimals = int.MaxValue;
        var timeLines = new List<int>();

        void ParseRow(string row, int number)
        {
            var fields = Split(row, delimiter);
            if (trailing && fields.Count == columnCount + 1 && fields[^1].Trim().Length == 0) fields.RemoveAt(fields.Count - 1);
            if (fields.Count != columnCount)
            {
                throw new RecordingFormatException(sourceName, number, Math.Min(fields.Count, columnCount) + 1,
                    $"row has {fields.Count} fields, expected {columnCount} as in line {firstLineNumber}.");
            }
            for (var c = 0; c < columnCount; c++)
            {
                if (dropped[c]) continue;
                var what = c == timeColumn ? "time" : $"value of '{labels[c]}'";
                var value = TextNumbers.Parse(fields[c].AsSpan().Trim().Trim('"'), sourceName, number, c + 1, what);
                if (c == timeColumn)
                {
                    timeDecimals = Math.Min(timeDecimals, TextNumbers.Decimals(fields[c]));
                    timeLines.Add(number);
                    value *= timeFactor;
                }
                else
                {
                    value *= factors[c];
                }
                columns[c].Add(value);
            }
        }

        if (!hasHeader) ParseRow(first, firstLineNumber);
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            ParseRow(line, lineNumber);
        }

        var rate = Rate(sourceName, timeColumn >= 0 ? columns[timeColumn] : null, timeLines, timeDecimals, timeFactor, options.RateHz, timeColumn + 1);
        var channels = new List<AnalogChannel>();
        for (var c = 0; c < columnCount; c++)
        {
            if (c == timeColumn || dropped[c]) continue;
            if (columns[c].Count == 0) throw new RecordingFormatException(sourceName, null, null, "no data rows.");
            channels.Add(new AnalogChannel(labels[c], rate, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(columns[c]), units[c]));
        }
        if (channels.Count == 0) throw new RecordingFormatException(sourceName, firstLineNumber, null, "no signal columns (only time or index columns).");
        return new Recording(sourceName, channels);
    }

    private static double Rate(string source, List<double>? time, List<int> lines, int decimals, double factor, double? givenRateHz, int column)
    {
        if (givenRateHz is { } given && (!double.IsFinite(given) || given <= 0))
        {
            throw new RecordingFormatException(source, null, null, $"sampling rate should be a finite number > 0 Hz, was {given}.");
        }
        if (time is null)
        {
            return givenRateHz ?? throw new RecordingFormatException(source, null, null,
                "no time column (time, t, time_s, time (ms)) and no sampling rate given; state the rate (e.g. --rate 1000).");
        }
        if (time.Count < 2) throw new RecordingFormatException(source, null, null, "a time column needs at least two rows to give a sampling rate.");
        var step = (time[^1] - time[0]) / (time.Count - 1);
        for (var i = 1; i < time.Count; i++)
        {
            if (time[i] <= time[i - 1])
            {
                throw new RecordingFormatException(source, lines[i], column, $"time {time[i]:G9} s does not increase (previous {time[i - 1]:G9} s).");
            }
        }
        // Uniformity against the median step, so that the line reported is the irregular one.
        var steps = new double[time.Count - 1];
        for (var i = 1; i < time.Count; i++) steps[i - 1] = time[i] - time[i - 1];
        var sorted = (double[])steps.Clone();
        Array.Sort(sorted);
        var median = sorted[sorted.Length / 2];
        var printed = decimals == int.MaxValue || decimals == 0 ? 0 : Math.Pow(10, -decimals) * factor;
        var tolerance = Math.Max(0.01 * median, printed);
        for (var i = 0; i < steps.Length; i++)
        {
            if (Math.Abs(steps[i] - median) > tolerance)
            {
                throw new RecordingFormatException(source, lines[i + 1], column,
                    $"time step {steps[i]:G6} s differs from the typical step {median:G6} s; samples must be uniformly spaced.");
            }
        }
        var rate = 1 / step;
        if (givenRateHz is { } stated && Math.Abs(stated - rate) > 1e-3 * stated)
        {
            throw new RecordingFormatException(source, null, null, $"the time column gives {rate:G6} Hz but the stated rate is {stated:G6} Hz.");
        }
        return givenRateHz ?? rate;
    }

    private static char? DetectDelimiter(string line)
    {
        int tabs = 0, commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\t') tabs++;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        var max = Math.Max(tabs, Math.Max(commas, semicolons));
        if (max == 0) return null;
        return tabs == max ? '\t' : semicolons == max ? ';' : ',';
    }

    private static List<string> Split(string line, char? delimiter)
    {
        var fields = new List<string>();
        if (delimiter is not { } d)
        {
            fields.Add(line);
            return fields;
        }
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; current.Append(c); }
            else if (c == d && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    private static (string Label, string Unit) SplitUnit(string header)
    {
        var match = UnitPattern().Match(header);
        return match.Success ? (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim()) : (header, "");
    }

    [GeneratedRegex(@"^(.*?)\s*[\(\[]\s*([^\)\]]+)\s*[\)\]]\s*$")]
    private static partial Regex UnitPattern();
}
