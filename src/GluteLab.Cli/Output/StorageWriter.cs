using System.Globalization;

namespace GluteLab.Cli.Output;

/// <summary>
/// Writes an OpenSim Storage (<c>.sto</c>) file, version 1: a header ending in <c>endheader</c>, a tab-separated
/// row of column labels starting with <c>time</c>, then one row per time (the layout OpenSim's
/// <c>Storage</c> class and its GUI load).
/// </summary>
public static class StorageWriter
{
    /// <summary>Writes the storage to <paramref name="writer"/>.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="name">The first header line (the storage's name).</param>
    /// <param name="columns">Column labels after <c>time</c>.</param>
    /// <param name="times">Times, s, one per row.</param>
    /// <param name="row">Fills the values of row <c>i</c> (length = columns).</param>
    /// <param name="comment">Extra header lines (no line may be <c>endheader</c>).</param>
    public static void Write(TextWriter writer, string name, IReadOnlyList<string> columns, IReadOnlyList<double> times,
        Action<int, double[]> row, IEnumerable<string>? comment = null)
    {
        writer.NewLine = "\n";
        writer.WriteLine(name);
        writer.WriteLine("version=1");
        writer.WriteLine($"nRows={times.Count}");
        writer.WriteLine($"nColumns={columns.Count + 1}");
        writer.WriteLine("inDegrees=no");
        foreach (var line in comment ?? []) writer.WriteLine(line);
        writer.WriteLine("endheader");
        writer.Write("time");
        foreach (var column in columns)
        {
            writer.Write('\t');
            writer.Write(column);
        }
        writer.WriteLine();
        var values = new double[columns.Count];
        for (var i = 0; i < times.Count; i++)
        {
            row(i, values);
            writer.Write(times[i].ToString("R", CultureInfo.InvariantCulture));
            foreach (var value in values)
            {
                writer.Write('\t');
                writer.Write(value.ToString("G10", CultureInfo.InvariantCulture));
            }
            writer.WriteLine();
        }
    }
}
