namespace GluteLab.Signals.C3d;

/// <summary>
/// A data section this library does not interpret, kept as stored so that rewriting the file for the same processor
/// and storage format preserves it: today the rotation data that <c>ROTATION:DATA_START</c> points to (C3D docs,
/// "ROTATION group"; ezc3d reads it as 4×4 matrices per segment and frame).
/// </summary>
/// <param name="Group">Parameter group whose <c>DATA_START</c> locates the section (e.g. "ROTATION").</param>
/// <param name="BlocksAfterDataStart">Blocks between the main data start and this section in the source file (≥ 0).</param>
/// <param name="Bytes">The section's bytes to the end of the file, encoded for the source file's processor.</param>
public sealed record C3dRawSection(string Group, int BlocksAfterDataStart, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Whether both sections hold the same group, placement and bytes.</summary>
    public bool ContentEquals(C3dRawSection? other) =>
        other is not null && Group == other.Group && BlocksAfterDataStart == other.BlocksAfterDataStart && Bytes.Span.SequenceEqual(other.Bytes.Span);
}
