using System.Runtime.CompilerServices;

namespace GluteLab.Signals.C3d;

/// <summary>
/// DEC F_floating ↔ IEEE 754 single conversion. A DEC float occupies 4 bytes read as a little-endian 32-bit word
/// whose 16-bit halves are swapped relative to IEEE (the sign/exponent half comes first). Its value is
/// 0.1f × 2^(e−128) = 1.f × 2^(e−129), i.e. the IEEE reading of the same (half-swapped) bits divided by 4.
/// An exponent of 0 means zero. Source: C3D docs ("processor type"), DEC VAX architecture handbook; ezc3d
/// (<c>src/ezc3d.cpp</c>) implements the same by decrementing the exponent byte.
/// </summary>
public static class DecFloat
{
    /// <summary>Largest magnitude a DEC F_floating value can hold: 2^127 × (1 − 2^−24) ≈ 1.7014117e38.</summary>
    public const float MaxValue = 1.70141173e38f;

    private const uint ExponentMask = 0x7F800000u;
    private const uint TwoExponentSteps = 2u << 23;

    /// <summary>Converts the 4 file bytes (as a little-endian 32-bit word) of a DEC float to an IEEE single.</summary>
    /// <remarks>Exact except for DEC exponents 1 and 2 (|v| &lt; 2^−126), which become IEEE subnormals and may round.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToIeee(uint fileWord)
    {
        uint bits = (fileWord << 16) | (fileWord >> 16);
        uint exponent = (bits & ExponentMask) >> 23;
        if (exponent == 0) return 0f; // exponent 0 is zero (sign 1 would be DEC's "reserved operand"; read as 0 too)
        if (exponent > 2) return BitConverter.UInt32BitsToSingle(bits - TwoExponentSteps);
        double mantissa = 1.0 + (bits & 0x7FFFFF) / 8388608.0;
        double magnitude = Math.ScaleB(mantissa, (int)exponent - 129);
        return (float)((bits & 0x80000000u) != 0 ? -magnitude : magnitude);
    }

    /// <summary>Converts an IEEE single to the 4 file bytes (as a little-endian 32-bit word) of a DEC float.</summary>
    /// <remarks>Magnitudes below 2^−128 (DEC's smallest) are written as zero.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or larger than <see cref="MaxValue"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint FromIeee(float value)
    {
        if (!IsRepresentable(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A DEC float must be finite and within ±{MaxValue:G9}, was {value:G9}.");
        }
        uint bits = BitConverter.SingleToUInt32Bits(value);
        uint exponent = (bits & ExponentMask) >> 23;
        uint dec;
        if (exponent != 0)
        {
            dec = bits + TwoExponentSteps;
        }
        else
        {
            if ((bits & 0x7FFFFFFFu) == 0) return 0;
            double magnitude = Math.Abs((double)value);
            int log2 = Math.ILogB(magnitude);
            int decExponent = log2 + 129;
            if (decExponent < 1) return 0;
            uint fraction = (uint)((Math.ScaleB(magnitude, -log2) - 1.0) * 8388608.0);
            dec = (bits & 0x80000000u) | ((uint)decExponent << 23) | fraction;
        }
        return (dec << 16) | (dec >> 16);
    }

    /// <summary>Whether an IEEE single can be written as a DEC float (finite and |v| ≤ <see cref="MaxValue"/>).</summary>
    public static bool IsRepresentable(float value) => float.IsFinite(value) && Math.Abs(value) <= MaxValue;
}
