using CsCheck;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

public class C3dRoundTripTest
{
    public static TheoryData<C3dProcessor, C3dStorageFormat> AllEncodings()
    {
        var data = new TheoryData<C3dProcessor, C3dStorageFormat>();
        foreach (var p in C3dFixtures.Processors)
        {
            data.Add(p, C3dStorageFormat.Float);
            data.Add(p, C3dStorageFormat.Integer);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllEncodings))]
    public void BuilderFileReadsBackInEveryEncoding(C3dProcessor processor, C3dStorageFormat storage)
    {
        var original = C3dFixtures.Walk();
        var read = C3dReader.Read(C3dWriter.ToBytes(original, new C3dWriteOptions(processor, storage)));
        Assert.Empty(read.Diagnostics);
        var file = read.File;
        Assert.Equal(processor, file.Processor);
        Assert.Equal(storage, file.StorageFormat);
        Assert.Equal(20, file.FrameCount);
        Assert.Equal(100, file.PointRateHz);
        Assert.Equal(1000, file.AnalogRateHz);
        Assert.Equal(new[] { "LASI", "RASI" }, file.Points.Labels.ToArray());

        var lasi = file.Trajectory("lasi");
        Assert.True(double.IsNaN(lasi.Y[7]));
        Assert.True(double.IsNaN(lasi.X[7]));
        // Integer storage quantises to |POINT:SCALE| = max|coordinate| / 32000; float storage is exact.
        double tolerance = storage == C3dStorageFormat.Float ? 0 : file.Points.ResidualScale / 2;
        for (int f = 0; f < 20; f++)
        {
            if (f == 7) continue;
            Assert.Equal(100 + 2.5 * f, lasi.X[f], tolerance);
            Assert.Equal(-50.25 + f, lasi.Y[f], tolerance);
            Assert.Equal(950 + 0.125 * f, lasi.Z[f], tolerance);
        }
        var emg = file.AnalogChannel("EMG_GMAX_L");
        Assert.Equal(1000, emg.RateHz);
        Assert.Equal("V", emg.Units);
        Assert.Equal(200, emg.SampleCount);
        double analogTolerance = storage == C3dStorageFormat.Float ? 1e-9 : 0.001 / 32000;
        for (int i = 0; i < 200; i++) Assert.Equal(0.001 * Math.Sin(i * 0.3), emg.Values[i], analogTolerance);

        Assert.Equal(2, file.Events.Length);
        Assert.Equal(("Foot Strike", "Left"), (file.Events[0].Label, file.Events[0].Context));
        Assert.Equal(0.05, file.Events[0].TimeSeconds, 1e-6);
        Assert.Equal(61.5, file.Events[1].TimeSeconds, 1e-5);
    }

    [Theory]
    [MemberData(nameof(AllEncodings))]
    public void ReadWriteReadIsExactAcrossProcessors(C3dProcessor processor, C3dStorageFormat storage)
    {
        var first = C3dReader.Read(C3dFixtures.WalkBytes(C3dProcessor.Intel, storage)).File;
        var second = C3dReader.Read(C3dWriter.ToBytes(first, new C3dWriteOptions(processor))).File;
        Assert.True(first.ContentEquals(second));
        var third = C3dReader.Read(C3dWriter.ToBytes(second, new C3dWriteOptions(C3dProcessor.Intel))).File;
        Assert.True(first.ContentEquals(third));
    }

    [Fact]
    public void WrittenFilesFollowTheBlockLayout()
    {
        foreach (var processor in C3dFixtures.Processors)
        {
            var bytes = C3dFixtures.WalkBytes(processor);
            Assert.Equal(0, bytes.Length % 512);
            Assert.Equal(2, bytes[0]);
            Assert.Equal(0x50, bytes[1]);
            Assert.Equal((byte)processor, bytes[512 + 3]);
            int blocks = bytes[512 + 2];
            var file = C3dReader.Read(bytes).File;
            Assert.Equal(2 + blocks, (int)file.Parameters.Number("POINT", "DATA_START")!.Value);
            foreach (var required in new[] { "POINT:USED", "POINT:SCALE", "POINT:RATE", "POINT:DATA_START", "POINT:FRAMES", "POINT:LABELS", "POINT:DESCRIPTIONS", "POINT:UNITS",
                         "ANALOG:USED", "ANALOG:LABELS", "ANALOG:DESCRIPTIONS", "ANALOG:GEN_SCALE", "ANALOG:SCALE", "ANALOG:OFFSET", "ANALOG:UNITS", "ANALOG:RATE", "ANALOG:FORMAT", "ANALOG:BITS" })
            {
                var parts = required.Split(':');
                Assert.NotNull(file.Parameters.Find(parts[0], parts[1]));
            }
            Assert.NotNull(file.Parameters.Group("TRIAL"));
            // Data section length: 20 frames × (2 points × 4 + 2 channels × 10) floats, then zero padding to the block.
            Assert.Equal((2 + blocks - 1) * 512 + (20 * 28 * 4 + 511) / 512 * 512, bytes.Length);
        }
    }

    private static readonly Gen<(int Frames, int Markers, int Channels, int PerFrame, float[] Coordinates, float[] Analog, bool[] Gaps)> RandomTrial =
        from frames in Gen.Int[1, 12]
        from markers in Gen.Int[0, 4]
        from channels in Gen.Int[0, 3]
        from perFrame in Gen.Int[1, 4]
        from coordinates in Gen.Float[-5000f, 5000f].Select(v => MathF.Abs(v) < 1e-30f ? 0f : v).Array[frames * markers * 3]  // DEC floats have no subnormals
        from analog in Gen.Float[-10f, 10f].Select(v => MathF.Abs(v) < 1e-30f ? 0f : v).Array[frames * perFrame * channels]
        from gaps in Gen.Bool.Array[frames * markers]
        where markers + channels > 0
        select (frames, markers, channels, perFrame, coordinates, analog, gaps);

    [Fact]
    public void RandomTrialsRoundTripInEveryProcessorAndStorage()
    {
        RandomTrial.Sample(t =>
        {
            var builder = new C3dBuilder(50).WithAnalogRate(50 * t.PerFrame);
            for (int m = 0; m < t.Markers; m++)
            {
                var xyz = Enumerable.Range(0, 3).Select(axis => Enumerable.Range(0, t.Frames)
                    .Select(f => t.Gaps[f * t.Markers + m] ? double.NaN : t.Coordinates[(f * t.Markers + m) * 3 + axis]).ToArray()).ToArray();
                builder.AddMarker($"M{m}", xyz[0], xyz[1], xyz[2]);
            }
            for (int c = 0; c < t.Channels; c++)
            {
                builder.AddAnalogChannel($"A{c}", Enumerable.Range(0, t.Frames * t.PerFrame).Select(s => (double)t.Analog[s * t.Channels + c]).ToArray());
            }
            var built = builder.Build();
            foreach (var storage in new[] { C3dStorageFormat.Float, C3dStorageFormat.Integer })
            {
                var reference = C3dReader.Read(C3dWriter.ToBytes(built, new C3dWriteOptions(C3dProcessor.Intel, storage))).File;
                if (storage == C3dStorageFormat.Float && !reference.Points.ContentEquals(built.Points)) throw new Exception("float points differ from built");
                foreach (var processor in C3dFixtures.Processors)
                {
                    var again = C3dReader.Read(C3dWriter.ToBytes(reference, new C3dWriteOptions(processor)));
                    if (again.Diagnostics.Length != 0) throw new Exception(string.Join("; ", again.Diagnostics));
                    if (!again.File.ContentEquals(reference)) throw new Exception($"{storage} {processor}: header {again.File.Header.ContentEquals(reference.Header)} params {again.File.Parameters.ContentEquals(reference.Parameters)} points {again.File.Points.ContentEquals(reference.Points)} analog {again.File.Analog.ContentEquals(reference.Analog)} events {again.File.Events.SequenceEqual(reference.Events)}");
                }
            }
            return true;
        }, iter: 150);
    }
}
