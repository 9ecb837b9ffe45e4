namespace GluteLab.Signals.C3d;

/// <summary>
/// The one exception <see cref="C3dReader"/> throws: the input cannot be read as C3D. The message says where
/// (byte offset, and the parameter when one is involved) and why.
/// </summary>
public sealed class C3dFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="byteOffset">Byte offset in the input where the problem was found.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="parameter">The parameter involved (<c>GROUP:NAME</c>), if any.</param>
    public C3dFormatException(long byteOffset, string reason, string? parameter = null)
        : base(parameter is null ? $"byte {byteOffset}: {reason}" : $"byte {byteOffset}, parameter {parameter}: {reason}")
    {
        ByteOffset = byteOffset;
        Reason = reason;
        Parameter = parameter;
    }

    /// <summary>Byte offset in the input where the problem was found.</summary>
    public long ByteOffset { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The parameter involved, or null.</summary>
    public string? Parameter { get; }
}
