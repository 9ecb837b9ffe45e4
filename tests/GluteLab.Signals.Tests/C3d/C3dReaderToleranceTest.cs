using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

/// <summary>Deviations seen in real files are read with a diagnostic, not an exception.</summary>
public class C3dReaderToleranceTest
{
    // Builder group ids: 1 POINT, 2 ANALOG, 3 TRIAL.
    private const int Point = 1;
    private const int Analog = 2;

    [Fact]
    public void ZeroFilledStartIsSkipped()
    {
        var bytes = new byte[1024].Concat(C3dFixtures.WalkBytes()).ToArray();
        var result = C3dReader.Read(bytes);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(0, d.ByteOffset);
        Assert.Contains("1024 zero byte", d.Message);
        Assert.Equal(20, result.File.FrameCount);
        Assert.True(result.File.Points.ContentEquals(C3dFixtures.Walk().Points));
    }

    [Fact]
    public void MissingAnalogRateFallsBackToHeaderSamplesPerFrame()
    {
        var bytes = C3dFixtures.WalkBytes();
        C3dFixtures.Rename(bytes, Analog, "RATE", "RATX");
        var result = C3dReader.Read(bytes);
        Assert.Contains(result.Diagnostics, d => d.Parameter == "ANALOG:RATE" && d.Message.StartsWith("Missing"));
        Assert.Equal(1000, result.File.AnalogRateHz); // header word 10 (10 per frame) × 100 Hz
        Assert.Equal(200, result.File.AnalogChannel("EMG_GMAX_L").SampleCount);
    }

    [Fact]
    public void WrongHeaderFrameCountDefersToPointFrames()
    {
        var bytes = C3dFixtures.WalkBytes();
        C3dFixtures.SetWord(bytes, 5, 999);
        var result = C3dReader.Read(bytes);
        Assert.Contains(result.Diagnostics, d => d.Parameter == "POINT:FRAMES" && d.ByteOffset == 6);
        Assert.Equal(20, result.File.FrameCount);
    }

    [Fact]
    public void ZeroPointScaleInfersStorageFromDataSize()
    {
        foreach (var storage in new[] { C3dStorageFormat.Float, C3dStorageFormat.Integer })
        {
            var bytes = C3dFixtures.WalkBytes(C3dProcessor.Intel, storage);
            BitConverter.TryWriteBytes(bytes.AsSpan(C3dFixtures.DataOffset(bytes, Point, "SCALE")), 0f);
            BitConverter.TryWriteBytes(bytes.AsSpan(12), 0f);
            var result = C3dReader.Read(bytes);
            Assert.Contains(result.Diagnostics, d => d.Parameter == "POINT:SCALE" && d.Message.StartsWith("Is 0"));
            Assert.Equal(storage, result.File.StorageFormat);
            Assert.Equal(20, result.File.FrameCount);
            if (storage == C3dStorageFormat.Float) Assert.Equal(102.5, result.File.Trajectory("LASI").X[1], 1e-9);
        }
    }

    [Fact]
    public void MissingAnalogScaleAndOffsetReadAsIdentity()
    {
        var bytes = C3dFixtures.WalkBytes();
        C3dFixtures.Rename(bytes, Analog, "SCALE", "SCALX");
        C3dFixtures.Rename(bytes, Analog, "OFFSET", "OFFSEX");
        var result = C3dReader.Read(bytes);
        Assert.Contains(result.Diagnostics, d => d.Parameter == "ANALOG:SCALE" && d.Severity == C3dSeverity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Parameter == "ANALOG:OFFSET");
        Assert.Equal(-0.5, result.File.AnalogChannel("EMG_HAM_L").Values[0], 1e-7);
    }

    [Fact]
    public void TruncatedDataReadsTheCompleteFrames()
    {
        var full = C3dFixtures.WalkBytes();
        int dataStart = (int)(C3dReader.Read(full).File.Parameters.Number("POINT", "DATA_START")!.Value - 1) * 512;
        int frameBytes = (2 * 4 + 2 * 10) * 4;
        var cut = full[..(dataStart + 5 * frameBytes + 17)];
        var result = C3dReader.Read(cut);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(dataStart + 5 * frameBytes, d.ByteOffset);
        Assert.Equal(5, result.File.FrameCount);
        Assert.Equal(50, result.File.AnalogChannel("EMG_HAM_L").SampleCount);
    }

    [Fact]
    public void MoreThan255LabelsUseContinuationParameters()
    {
        var builder = new C3dBuilder(10);
        for (int m = 0; m < 300; m++) builder.AddMarker($"M{m:000}", [m], [2 * m], [3 * m]);
        var built = builder.Build();
        Assert.NotNull(built.Parameters.Find("POINT", "LABELS2"));
        Assert.Equal(255, built.Parameters["POINT", "LABELS"].AsStrings().Length);
        foreach (var processor in C3dFixtures.Processors)
        {
            var read = C3dReader.Read(C3dWriter.ToBytes(built, new C3dWriteOptions(processor))).File;
            Assert.Equal(300, read.Points.PointCount);
            Assert.Equal("M299", read.Points.Labels[299]);
            Assert.Equal(897, read.Trajectory("M299").Z[0]);
        }
    }

    [Fact]
    public void MissingLabelsAreNamedByPosition()
    {
        var bytes = C3dFixtures.WalkBytes();
        C3dFixtures.Rename(bytes, Point, "LABELS", "LABELX");
        var result = C3dReader.Read(bytes);
        Assert.Contains(result.Diagnostics, d => d.Parameter == "POINT:LABELS");
        Assert.Equal(new[] { "POINT1", "POINT2" }, result.File.Points.Labels.ToArray());
    }

    [Fact]
    public void PhysicalAnalogValueAppliesOffsetScaleAndGeneralScale()
    {
        // (raw − OFFSET) × SCALE × GEN_SCALE (C3D docs, "ANALOG:OFFSET"); unsigned raw values above 32767 stay positive.
        var analog = new C3dAnalogData(1, 1000, ["EMG"], [], ["mV"], [2048], [0.0000004883f], 2f, true, [2048f, 4095f, 40000f]);
        var channel = analog.Channel("emg");
        Assert.Equal(0, channel.Values[0]);
        Assert.Equal((4095 - 2048) * (double)0.0000004883f * 2, channel.Values[1], 1e-15);
        Assert.Equal((40000 - 2048) * (double)0.0000004883f * 2, channel.Values[2], 1e-15);
    }

    [Fact]
    public void UnsignedIntegerAnalogRoundTrips()
    {
        var unsigned = new C3dAnalogData(1, 100, ["A"], [], ["V"], [32768], [0.001f], 1f, true, [0f, 32768f, 65535f]);
        var built = new C3dBuilder(100).AddAnalogChannel("A", [0, 0, 0]).Build();
        var parameters = built.Parameters
            .With("ANALOG", C3dParameter.Text("FORMAT", "UNSIGNED"))
            .With("ANALOG", C3dParameter.Array("OFFSET", [unchecked((short)32768)]))
            .With("ANALOG", C3dParameter.Array("SCALE", [0.001f]));
        var file = new C3dFile(C3dProcessor.Intel, C3dStorageFormat.Integer, built.Header, parameters, built.Points, unsigned, built.Events);
        foreach (var processor in C3dFixtures.Processors)
        {
            var read = C3dReader.Read(C3dWriter.ToBytes(file, new C3dWriteOptions(processor))).File;
            Assert.True(read.Analog.IsUnsigned);
            Assert.Equal(new[] { 0f, 32768f, 65535f }, read.Analog.RawChannel(0));
            Assert.Equal(32768, read.Analog.Offsets[0]);
            Assert.Equal(32.767, read.AnalogChannel("A").Values[2], 1e-4);
        }
    }

    [Fact]
    public void MissingPointScaleAndRateFallBackToTheHeader()
    {
        foreach (var storage in new[] { C3dStorageFormat.Float, C3dStorageFormat.Integer })
        {
            var bytes = C3dFixtures.WalkBytes(C3dProcessor.Intel, storage);
            C3dFixtures.Rename(bytes, Point, "SCALE", "SCALX");
            C3dFixtures.Rename(bytes, Point, "RATE", "RATX");
            var result = C3dReader.Read(bytes);
            Assert.Contains(result.Diagnostics, d => d.Parameter == "POINT:SCALE" && d.ByteOffset == 12);
            Assert.Contains(result.Diagnostics, d => d.Parameter == "POINT:RATE" && d.ByteOffset == 20);
            Assert.Equal(storage, result.File.StorageFormat); // the header's scale carries the sign
            Assert.Equal(100, result.File.PointRateHz);
            Assert.Equal(102.5, result.File.Trajectory("LASI").X[1], result.File.Points.ResidualScale);
        }
    }
}
