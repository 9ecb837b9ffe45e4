namespace GluteLab.Signals.C3d;

/// <summary>How serious a reader diagnostic is.</summary>
public enum C3dSeverity
{
    /// <summary>Informational: the file deviates from the spec in a harmless way.</summary>
    Info,

    /// <summary>The file is inconsistent; the reader made a documented choice (e.g. trusted <c>POINT:FRAMES</c> over the header).</summary>
    Warning,
}

/// <summary>
/// Something the reader tolerated: where it is (a byte offset in the file and/or a <c>GROUP:PARAMETER</c>),
/// what was wrong and what the reader did.
/// </summary>
/// <param name="ByteOffset">Byte offset in the file, or null when the issue is not tied to one place.</param>
/// <param name="Parameter">The parameter concerned (e.g. <c>ANALOG:RATE</c>), or null.</param>
/// <param name="Message">What was wrong and what the reader did instead.</param>
/// <param name="Severity">Severity.</param>
public sealed record C3dDiagnostic(long? ByteOffset, string? Parameter, string Message, C3dSeverity Severity)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = (ByteOffset, Parameter) switch
        {
            ({ } o, { } p) => $"byte {o}, {p}: ",
            ({ } o, null) => $"byte {o}: ",
            (null, { } p) => $"{p}: ",
            _ => "",
        };
        return $"{Severity.ToString().ToLowerInvariant()}: {where}{Message}";
    }
}
