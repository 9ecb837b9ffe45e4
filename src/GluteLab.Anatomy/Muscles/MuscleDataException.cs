namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// Muscle data (parameters or moment-arm tables) could not be read. The message names the file, the line and the column.
/// </summary>
public sealed class MuscleDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">Logical file name, e.g. <c>data/muscles.csv</c>.</param>
    /// <param name="line">1-based line number (the header is line 1), or 0 when the problem concerns the whole file.</param>
    /// <param name="column">Column name, or null.</param>
    /// <param name="problem">What is wrong.</param>
    public MuscleDataException(string fileName, int line, string? column, string problem)
        : base(Compose(fileName, line, column, problem))
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    /// <summary>Logical file name.</summary>
    public string FileName { get; }

    /// <summary>1-based line number, 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>Column name, or null.</summary>
    public string? Column { get; }

    private static string Compose(string fileName, int line, string? column, string problem)
    {
        var where = line > 0 ? $"{fileName}, line {line}" : fileName;
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {problem}";
    }
}
