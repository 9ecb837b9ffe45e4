using CsCheck;
using GluteLab.Signals.C3d;
using GluteLab.Signals.Readers;
using GluteLab.Signals.Recordings;
using GluteLab.Signals.Tests.C3d;

namespace GluteLab.Signals.Tests.Readers;

public class C3dRecordingReaderTest
{
    private static readonly RecordingReaders Readers = RecordingReaders.Default.With(new C3dRecordingReader());

    private static C3dFile Fixture()
    {
        const int frames = 50;
        var emg = new double[frames * 20];
        var mv = new double[frames * 20];
        for (var i = 0; i < emg.Length; i++)
        {
            emg[i] = 1e-4 * Math.Sin(0.37 * i);
            mv[i] = 0.25 * Math.Cos(0.11 * i); // mV
        }
        var zeros = new double[frames];
        return new C3dBuilder(100).WithAnalogRate(2000)
            .AddMarker("LASI", zeros, zeros, zeros)
            .AddAnalogChannel("L GMax", emg, "V")
            .AddAnalogChannel("ES_L", mv, "mV")
            .AddEvent(RecordingEvent.MovementOnset, 0.2)
            .AddEvent("Foot Off", 0.35, "Left")
            .Build();
    }

    [Theory]
    [InlineData(C3dProcessor.Intel, C3dStorageFormat.Float)]
    [InlineData(C3dProcessor.Dec, C3dStorageFormat.Float)]
    [InlineData(C3dProcessor.Mips, C3dStorageFormat.Float)]
    [InlineData(C3dProcessor.Intel, C3dStorageFormat.Integer)]
    public void AnalogChannelsAndEventsBecomeARecordingInVolts(C3dProcessor processor, C3dStorageFormat storage)
    {
        var file = Fixture();
        var bytes = C3dWriter.ToBytes(file, new C3dWriteOptions(processor, storage));
        var recording = Readers.Read(new MemoryStream(bytes), "trial.c3d");

        Assert.Equal(["L GMax", "ES_L"], recording.Channels.Select(c => c.Label));
        var gmax = recording.Channel("L GMax");
        var es = recording.Channel("ES_L");
        Assert.Equal(2000, gmax.RateHz);
        Assert.Equal(1000, gmax.Length);
        Assert.Equal("V", es.Unit);
        // Float storage keeps float precision; integer storage quantises to peak/32000 (docs/c3d.md).
        var tolerance = storage == C3dStorageFormat.Float ? 1e-7 : 1.0 / 32000;
        for (var i = 0; i < 1000; i += 37)
        {
            Assert.Equal(1e-4 * Math.Sin(0.37 * i), gmax.Samples[i], 1e-4 * tolerance * 2);
            Assert.Equal(0.25e-3 * Math.Cos(0.11 * i), es.Samples[i], 0.25e-3 * tolerance * 2);
        }
        Assert.Equal(0.2, recording.FindEvent(RecordingEvent.MovementOnset)!.TimeSeconds, 1e-6);
        Assert.Equal(0.35, recording.FindEvent("Foot Off")!.TimeSeconds, 1e-6);
        Assert.Empty(recording.Warnings);
    }

    [Fact]
    public void ReaderDiagnosticsBecomeWarnings()
    {
        var bytes = C3dWriter.ToBytes(Fixture());
        // Header word 2 (bytes 2–3, Intel) is the point count; make it disagree with POINT:USED (1).
        bytes[2] = 7;
        var recording = Readers.Read(new MemoryStream(bytes), "trial.c3d");
        Assert.Contains(recording.Warnings, w => w.StartsWith("warning:") && w.Contains("POINT:USED"));
        Assert.Equal(2, recording.Channels.Count);
    }

    [Fact]
    public void UnreadableFileNamesFileByteOffsetAndReason()
    {
        var bytes = C3dWriter.ToBytes(Fixture());
        bytes[512 + 3] = 83; // processor byte of the parameter section header
        var e = Assert.Throws<RecordingFormatException>(() => Readers.Read(new MemoryStream(bytes), "trial.c3d"));
        Assert.StartsWith("trial.c3d: byte 515", e.Message);
        Assert.Contains("processor type is 83", e.Message);
    }

    [Fact]
    public void FileWithoutAnalogChannelsIsRejectedNamingTheParameter()
    {
        var zeros = new double[10];
        var file = new C3dBuilder(100).AddMarker("LASI", zeros, zeros, zeros).Build();
        var e = Assert.Throws<RecordingFormatException>(() => Readers.Read(new MemoryStream(C3dWriter.ToBytes(file)), "markers.c3d"));
        Assert.Contains("ANALOG:USED", e.Message);
        Assert.StartsWith("markers.c3d", e.Message);
    }

    [Fact]
    public void C3dIsChosenByContentWhateverTheExtension()
    {
        var bytes = C3dWriter.ToBytes(Fixture());
        Assert.IsType<C3dRecordingReader>(Readers.Find("trial.c3d", bytes.AsSpan(0, 512)));
        Assert.IsType<C3dRecordingReader>(Readers.Find("trial.bin", bytes.AsSpan(0, 512)));
        Assert.IsNotType<C3dRecordingReader>(Readers.Find("trial.csv", "time,a\n0,1\n"u8));
    }

    [Fact]
    public void CorruptedBytesEitherReadOrFailWithARecordingFormatException()
    {
        var valid = C3dWriter.ToBytes(Fixture());
        Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 8], Gen.Byte.Array[8]).Sample((positions, values) =>
        {
            var bytes = (byte[])valid.Clone();
            for (var k = 0; k < positions.Length; k++) bytes[positions[k]] = values[k];
            try
            {
                var recording = Readers.Read(new MemoryStream(bytes), "fuzz.c3d");
                Assert.All(recording.Channels, c => Assert.True(c.RateHz > 0));
            }
            catch (RecordingFormatException e)
            {
                Assert.StartsWith("fuzz.c3d", e.Message);
            }
        }, iter: 2000);
    }

    [Fact]
    public void RealFileWithAnalogChannelsAndEvents()
    {
        var path = SampleFiles.PathOf("Qualisys.c3d");
        if (path is null)
        {
            Console.WriteLine("Qualisys.c3d not found (set GLUTELAB_C3D_DIR); skipped.");
            return;
        }
        using var stream = File.OpenRead(path);
        var recording = Readers.Read(stream, "Qualisys.c3d");
        // Counts from the file's own parameters: ANALOG:USED 69, ANALOG:RATE 2000 Hz, 340 frames at 200 Hz (10 samples each), 7 events.
        Assert.Equal(69, recording.Channels.Count);
        Assert.All(recording.Channels, c => Assert.Equal(2000, c.RateHz));
        Assert.All(recording.Channels, c => Assert.Equal(3400, c.Length));
        Assert.Equal(7, recording.Events.Count);
        Assert.Equal("FP1_FX", recording.Channels[0].Label);
    }
}
