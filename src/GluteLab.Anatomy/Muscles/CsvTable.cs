using System.Globalization;
using System.Text;

namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// A small RFC 4180 reader for the project's data tables: a header row, comma separated, fields optionally quoted
/// with '"' ('""' inside quotes is a quote). Blank lines and lines starting with '#' are skipped.
/// Values are read with typed accessors that report file, line and column on error.
/// </summary>
internal sealed class CsvTable
{
    private readonly string[] _header;

    private CsvTable(string fileName, string[] header, List<CsvRow> rows)
    {
        FileName = fileName;
        _header = header;
        Rows = rows;
    }

    public string FileName { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string text, string fileName, IReadOnlyList<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[]? header = null;
        var rows = new List<CsvRow>();
        var lineNumber = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var fields = CsvFields.Split(line) ?? throw new MuscleDataException(fileName, lineNumber, null, "a quoted field is not closed.");
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim())];
                foreach (var required in requiredColumns)
                {
                    if (Array.IndexOf(header, required) < 0)
                    {
                        throw new MuscleDataException(fileName, lineNumber, required, $"required column is missing; the header has: {string.Join(", ", header)}.");
                    }
                }
                continue;
            }
            if (fields.Count != header.Length)
            {
                throw new MuscleDataException(fileName, lineNumber, null, $"expected {header.Length} fields as in the header, found {fields.Count}.");
            }
            rows.Add(new CsvRow(fileName, lineNumber, header, [.. fields]));
        }
        if (header is null) throw new MuscleDataException(fileName, 0, null, "the file is empty (no header row).");
        return new CsvTable(fileName, header, rows);
    }
}

/// <summary>One data row of a <see cref="CsvTable"/>, with typed accessors that report where a value is bad.</summary>
internal sealed class CsvRow(string fileName, int line, string[] header, string[] fields)
{
    public int Line { get; } = line;

    public string FileName { get; } = fileName;

    public string Text(string column)
    {
        var value = fields[Array.IndexOf(header, column)].Trim();
        if (value.Length == 0) throw Error(column, "value is empty.");
        return value;
    }

    public double Number(string column, double min, double max)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{text}' is not a number.");
        }
        if (value < min || value > max)
        {
            throw Error(column, $"{text} is outside the accepted range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}].");
        }
        return value;
    }

    public MuscleDataException Error(string? column, string problem) => new(FileName, Line, column, problem);
}
