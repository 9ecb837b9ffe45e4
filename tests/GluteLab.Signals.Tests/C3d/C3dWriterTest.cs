using System.Collections.Immutable;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

public class C3dWriterTest
{
    // Header words 2 (points = 2) and 11–12 (rate = 100 Hz) as bytes. 100.0 is IEEE 0x42C80000; DEC F_floating adds 2 to
    // the exponent (bias 128, mantissa 0.1f) and stores the sign/exponent half first: 0x43C8, 0x0000 as little-endian words.
    [Theory]
    [InlineData(C3dProcessor.Intel, new byte[] { 2, 0 }, new byte[] { 0x00, 0x00, 0xC8, 0x42 })]
    [InlineData(C3dProcessor.Dec, new byte[] { 2, 0 }, new byte[] { 0xC8, 0x43, 0x00, 0x00 })]
    [InlineData(C3dProcessor.Mips, new byte[] { 0, 2 }, new byte[] { 0x42, 0xC8, 0x00, 0x00 })]
    public void HeaderWordsUseTheProcessorsEncoding(C3dProcessor processor, byte[] points, byte[] rate)
    {
        var bytes = C3dFixtures.WalkBytes(processor);
        Assert.Equal(points, bytes[2..4]);
        Assert.Equal(rate, bytes[20..24]);
    }

    [Fact]
    public void HeaderEventsAndReservedWordsSurviveARewrite()
    {
        var built = C3dFixtures.Walk();
        var reserved = Enumerable.Range(0, C3dHeaderInfo.ReservedWordCount).Select(i => (ushort)(i * 7)).ToImmutableArray();
        var header = built.Header with
        {
            Events = [new C3dHeaderEvent(0.1f, true, "RHS"), new C3dHeaderEvent(0.15f, false, "LTO")],
            ReservedWords = reserved,
            MaxInterpolationGap = 10,
        };
        var file = new C3dFile(built.Processor, built.StorageFormat, header, built.Parameters, built.Points, built.Analog, built.Events);
        foreach (var processor in C3dFixtures.Processors)
        {
            var read = C3dReader.Read(C3dWriter.ToBytes(file, new C3dWriteOptions(processor))).File;
            Assert.True(read.Header.ContentEquals(header));
            Assert.Contains(read.Events, e => e is { Label: "RHS", Source: C3dEventSource.Header } && Math.Abs(e.TimeSeconds - 0.1) < 1e-7);
            Assert.Equal(4, read.Events.Length); // two header events and two EVENT-group events, in time order
            Assert.Equal(read.Events.OrderBy(e => e.TimeSeconds).ToArray(), read.Events.ToArray());
        }
    }

    [Fact]
    public void ValuesADecFileCannotHoldAreRejected()
    {
        var built = C3dFixtures.Walk();
        var values = built.Points.Values.ToArray();
        values[0] = float.NaN; // a valid point with a NaN coordinate
        var points = new C3dPointData(built.Points.FrameCount, built.Points.RateHz, built.Points.Labels, [], "mm", 1f, values);
        var file = new C3dFile(C3dProcessor.Intel, C3dStorageFormat.Float, built.Header, built.Parameters, points, built.Analog, built.Events);
        var e = Assert.Throws<ArgumentException>(() => C3dWriter.ToBytes(file, new C3dWriteOptions(C3dProcessor.Dec)));
        Assert.Contains("LASI", e.Message);
        C3dWriter.ToBytes(file, new C3dWriteOptions(C3dProcessor.Mips)); // IEEE processors store NaN
    }

    [Fact]
    public void BuilderRejectsInconsistentInput()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new C3dBuilder(100).WithAnalogRate(150));
        Assert.Throws<ArgumentOutOfRangeException>(() => new C3dBuilder(double.NaN));
        Assert.Throws<ArgumentException>(() => new C3dBuilder(100).AddMarker("A", [1, 2], [1], [1, 2]));
        Assert.Throws<ArgumentException>(() => new C3dBuilder(100).AddAnalogChannel("EMG", [0, double.NaN]));
        Assert.Throws<ArgumentException>(() => new C3dBuilder(100).AddMarker("A", [1], [1], [1]).AddMarker("a", [1], [1], [1]));
        var mismatch = new C3dBuilder(100).WithAnalogRate(200).AddMarker("A", [1, 2], [1, 2], [1, 2]).AddAnalogChannel("EMG", [0, 0, 0, 0, 0, 0]);
        var e = Assert.Throws<InvalidOperationException>(() => mismatch.Build());
        Assert.Contains("EMG", e.Message);
    }

    [Fact]
    public void ParameterTypedAccess()
    {
        var strings = C3dParameter.Strings("LABELS", ["LASI", "RASI ", "LPSI"]);
        Assert.Equal(new[] { 5, 3 }, strings.Dimensions.ToArray()); // padded to the longest, "RASI "
        Assert.Equal(new[] { "LASI", "RASI", "LPSI" }, strings.AsStrings());
        var frames = C3dParameter.Scalar("FRAMES", unchecked((short)40000));
        Assert.Equal(40000, frames.FirstUnsignedCount()); // counts above 32767 wrap in a signed word
        Assert.Throws<ArgumentException>(() => C3dParameter.FromFloats("X", [2, 2], [1f, 2f, 3f]));
        Assert.Throws<ArgumentException>(() => C3dParameter.Scalar("BAD NAME", 1f));
    }
}
