namespace GluteLab.Signals.Readers;

/// <summary>
/// A recording file could not be read. The message names the source, the line and column when known, and the reason.
/// </summary>
public sealed class RecordingFormatException : Exception
{
    /// <summary>Creates the exception; <see cref="Exception.Message"/> becomes <c>source:line:column: reason</c>.</summary>
    /// <param name="source">File or stream name.</param>
    /// <param name="line">1-based line number, or null when the problem is not on one line.</param>
    /// <param name="column">1-based column (field) number, or null.</param>
    /// <param name="reason">What is wrong, in plain words.</param>
    public RecordingFormatException(string source, int? line, int? column, string reason)
        : base(Format(source, line, column, reason))
    {
        Source = source;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>File or stream name.</summary>
    public new string Source { get; }

    /// <summary>1-based line number, or null.</summary>
    public int? Line { get; }

    /// <summary>1-based column (field) number, or null.</summary>
    public int? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    private static string Format(string source, int? line, int? column, string reason) =>
        source + (line is { } l ? $", line {l}" : "") + (column is { } c ? $", column {c}" : "") + ": " + reason;
}
