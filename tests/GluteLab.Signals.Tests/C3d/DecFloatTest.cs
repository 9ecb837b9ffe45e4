using CsCheck;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

public class DecFloatTest
{
    // VAX F_floating reference encodings (as the little-endian 32-bit word of the 4 file bytes): 1.0 = 0x00004080,
    // -1.0 = 0x0000C080, 0.5 = 0x00004000, 3.0 = 0x00004140 (DEC "VAX Architecture Reference Manual", F_floating:
    // sign, 8-bit exponent with bias 128, hidden-bit mantissa 0.1f; the low-order 16 bits come second).
    [Theory]
    [InlineData(0x00004080u, 1.0f)]
    [InlineData(0x0000C080u, -1.0f)]
    [InlineData(0x00004000u, 0.5f)]
    [InlineData(0x00004140u, 3.0f)]
    [InlineData(0x00000000u, 0.0f)]
    public void KnownEncodings(uint word, float value)
    {
        Assert.Equal(value, DecFloat.ToIeee(word));
        Assert.Equal(word, DecFloat.FromIeee(value));
    }

    [Fact]
    public void NonRepresentableValuesAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecFloat.FromIeee(float.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecFloat.FromIeee(float.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecFloat.FromIeee(3e38f));
    }

    [Fact]
    public void RoundTripIsExactForNormalMagnitudes()
    {
        Gen.Float[-1e37f, 1e37f].Sample(v =>
        {
            if (Math.Abs(v) < 1e-37f) return true;
            return DecFloat.ToIeee(DecFloat.FromIeee(v)).Equals(v);
        }, iter: 20000);
    }

    [Fact]
    public void ExtremeMagnitudesStayWithinOneUnitInTheLastPlace()
    {
        foreach (var v in new[] { DecFloat.MaxValue, -DecFloat.MaxValue, 1e-38f, 3e-39f })
        {
            float back = DecFloat.ToIeee(DecFloat.FromIeee(v));
            Assert.True(Math.Abs(back - v) <= Math.Abs(v) * 1e-6 + 1e-44, $"{v} came back as {back}");
        }
    }
}
