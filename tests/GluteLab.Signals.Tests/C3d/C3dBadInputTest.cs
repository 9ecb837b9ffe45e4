using CsCheck;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

/// <summary>Input that cannot be read is rejected with <see cref="C3dFormatException"/> naming the byte offset and the reason.</summary>
public class C3dBadInputTest
{
    [Fact]
    public void EmptyInput() => Assert.Equal(0, Assert.Throws<C3dFormatException>(() => C3dReader.Read(ReadOnlySpan<byte>.Empty)).ByteOffset);

    [Fact]
    public void NotAC3dFile()
    {
        var e = Assert.Throws<C3dFormatException>(() => C3dReader.Read("Hello, this is a text file, not motion capture."u8.ToArray().Concat(new byte[600]).ToArray()));
        Assert.Equal(1, e.ByteOffset);
        Assert.Contains("0x50", e.Message);
    }

    [Fact]
    public void HeaderOnly()
    {
        var e = Assert.Throws<C3dFormatException>(() => C3dReader.Read(C3dFixtures.WalkBytes()[..300]));
        Assert.Contains("header", e.Message);
    }

    [Fact]
    public void UnknownProcessorType()
    {
        var bytes = C3dFixtures.WalkBytes();
        bytes[512 + 3] = 83;
        var e = Assert.Throws<C3dFormatException>(() => C3dReader.Read(bytes));
        Assert.Equal(515, e.ByteOffset);
        Assert.Contains("processor type is 83", e.Message);
    }

    [Fact]
    public void ParameterSectionBeyondTheFile()
    {
        var bytes = C3dFixtures.WalkBytes();
        bytes[0] = 200;
        Assert.Equal(0, Assert.Throws<C3dFormatException>(() => C3dReader.Read(bytes)).ByteOffset);
    }

    [Fact]
    public void UnknownParameterTypeNamesTheParameter()
    {
        var bytes = C3dFixtures.WalkBytes();
        int at = C3dFixtures.RecordOffset(bytes, 1, "RATE");
        int typeAt = at + 2 + 4 + 2;
        bytes[typeAt] = 3;
        var e = Assert.Throws<C3dFormatException>(() => C3dReader.Read(bytes));
        Assert.Equal(typeAt, e.ByteOffset);
        Assert.Equal("RATE", e.Parameter);
        Assert.Contains("unknown parameter type 3", e.Message);
    }

    [Fact]
    public void DataStartOutsideTheFile()
    {
        var bytes = C3dFixtures.WalkBytes();
        C3dFixtures.SetWord(bytes, 9, 60000);
        BitConverter.TryWriteBytes(bytes.AsSpan(C3dFixtures.DataOffset(bytes, 1, "DATA_START")), (short)-1);
        var e = Assert.Throws<C3dFormatException>(() => C3dReader.Read(bytes));
        Assert.Equal(16, e.ByteOffset);
    }

    [Fact]
    public void CorruptedFilesThrowOnlyFormatExceptions()
    {
        var seeds = C3dFixtures.Processors.SelectMany(p => new[] { C3dFixtures.WalkBytes(p), C3dFixtures.WalkBytes(p, C3dStorageFormat.Integer) }).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 4000].Array[1, 8], Gen.Byte.Array[8], Gen.Int[0, 5000]).Sample((seed, positions, values, cut) =>
        {
            var bytes = seeds[seed].ToArray();
            for (int i = 0; i < positions.Length; i++) bytes[positions[i] % bytes.Length] = values[i];
            if (cut < bytes.Length && cut % 3 == 0) bytes = bytes[..cut];
            try
            {
                C3dReader.Read(bytes);
            }
            catch (C3dFormatException)
            {
            }
        }, iter: 3000);
    }

    /// <summary>
    /// Inputs the fuzzer once found to hang the reader (a float <c>POINT:USED</c> of about 2e9, zero-width label
    /// arrays claiming 255^n strings). They must read quickly with bounded counts.
    /// </summary>
    [Fact]
    public void FuzzerRegressionsReadWithBoundedCounts()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "C3d", "Regressions"), "*.c3d");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            try
            {
                var file = C3dReader.Read(File.ReadAllBytes(path)).File;
                Assert.InRange(file.Points.PointCount, 0, ushort.MaxValue);
                Assert.InRange(file.Analog.ChannelCount, 0, ushort.MaxValue);
                Assert.InRange(file.FrameCount, 0, ushort.MaxValue);
            }
            catch (C3dFormatException)
            {
            }
        }
    }
}
