using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace GluteLab.Signals.C3d;

/// <summary>
/// Endian and float-format conversions for the three C3D processor types. Intel and DEC store integers
/// little-endian, MIPS big-endian; DEC stores floats in DEC F_floating form (see <see cref="DecFloat"/>).
/// </summary>
public static class C3dBinary
{
    /// <summary>Reads a signed 16-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ReadInt16(ReadOnlySpan<byte> source, C3dProcessor processor) =>
        processor == C3dProcessor.Mips ? BinaryPrimitives.ReadInt16BigEndian(source) : BinaryPrimitives.ReadInt16LittleEndian(source);

    /// <summary>Reads an unsigned 16-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort ReadUInt16(ReadOnlySpan<byte> source, C3dProcessor processor) =>
        processor == C3dProcessor.Mips ? BinaryPrimitives.ReadUInt16BigEndian(source) : BinaryPrimitives.ReadUInt16LittleEndian(source);

    /// <summary>Reads a 32-bit float, converting DEC F_floating to IEEE 754 single.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ReadSingle(ReadOnlySpan<byte> source, C3dProcessor processor) => processor switch
    {
        C3dProcessor.Mips => BinaryPrimitives.ReadSingleBigEndian(source),
        C3dProcessor.Dec => DecFloat.ToIeee(BinaryPrimitives.ReadUInt32LittleEndian(source)),
        _ => BinaryPrimitives.ReadSingleLittleEndian(source),
    };

    /// <summary>Writes a signed 16-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteInt16(Span<byte> destination, short value, C3dProcessor processor)
    {
        if (processor == C3dProcessor.Mips) BinaryPrimitives.WriteInt16BigEndian(destination, value);
        else BinaryPrimitives.WriteInt16LittleEndian(destination, value);
    }

    /// <summary>Writes an unsigned 16-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteUInt16(Span<byte> destination, ushort value, C3dProcessor processor)
    {
        if (processor == C3dProcessor.Mips) BinaryPrimitives.WriteUInt16BigEndian(destination, value);
        else BinaryPrimitives.WriteUInt16LittleEndian(destination, value);
    }

    /// <summary>
    /// Writes a 32-bit float. For DEC the value must be representable (see <see cref="DecFloat.FromIeee"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">DEC target and the value is NaN, infinite or beyond ±1.7e38.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteSingle(Span<byte> destination, float value, C3dProcessor processor)
    {
        switch (processor)
        {
            case C3dProcessor.Mips: BinaryPrimitives.WriteSingleBigEndian(destination, value); break;
            case C3dProcessor.Dec: BinaryPrimitives.WriteUInt32LittleEndian(destination, DecFloat.FromIeee(value)); break;
            default: BinaryPrimitives.WriteSingleLittleEndian(destination, value); break;
        }
    }

    /// <summary>Whether a byte is one of the three processor codes (84, 85, 86).</summary>
    public static bool IsProcessorCode(int code) => code is 84 or 85 or 86;
}
