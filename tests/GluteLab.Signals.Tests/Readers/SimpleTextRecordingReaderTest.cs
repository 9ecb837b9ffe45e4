using System.Text;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Readers;

namespace GluteLab.Signals.Tests.Readers;

public class SimpleTextRecordingReaderTest
{
    private static Stream Text(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void ReadsHeaderRateAndLabels()
    {
        var r = new SimpleTextRecordingReader().Read(
            Text("# Simple Text Format\n# Sampling Rate (Hz):= 1000.00\n# Resolution:= 12\n# Labels:= EMG\tTrigger\n2055.0 0\n2056 1\n"),
            "x.txt", RecordingReadOptions.Default);
        Assert.Equal(["EMG", "Trigger"], r.Channels.Select(c => c.Label));
        Assert.Equal(1000, r.Channels[0].RateHz);
        Assert.Equal(2056, r.Channels[0].Samples[1]);
        Assert.Equal("count", r.Channels[0].Unit);
    }

    [Theory]
    [InlineData("# Simple Text Format\n# Sampling Rate (Hz):= 1000\n# Labels:= EMG\n1\n2 3\n", 5, "2 values, expected 1")]
    [InlineData("# Simple Text Format\n# Sampling Rate (Hz):= 1000\n# Labels:= EMG\n1\nnan\n", 5, "only finite")]
    [InlineData("# Simple Text Format\n# Labels:= EMG\n1\n", null, "Sampling Rate")]
    [InlineData("# Simple Text Format\n# Sampling Rate (Hz):= -5\n# Labels:= EMG\n1\n", 2, "> 0")]
    public void BadContentIsRejected(string content, int? line, string reason)
    {
        var e = Assert.Throws<RecordingFormatException>(() => new SimpleTextRecordingReader().Read(Text(content), "x.txt", RecordingReadOptions.Default));
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void RegistryChoosesTheReaderByContent()
    {
        var readers = RecordingReaders.Default;
        Assert.IsType<SimpleTextRecordingReader>(readers.Find("a.txt", Encoding.UTF8.GetBytes("# Simple Text Format\n")));
        Assert.IsType<CsvRecordingReader>(readers.Find("a.txt", Encoding.UTF8.GetBytes("time,A\n0,1\n")));
        Assert.IsType<CsvRecordingReader>(readers.Find("a.tsv", Encoding.UTF8.GetBytes("time\tA\n")));
        Assert.Null(readers.Find("a.c3d", [0x02, 0x50]));
        var e = Assert.Throws<RecordingFormatException>(() => readers.Read(new MemoryStream([2, 0x50, 0, 0]), "a.c3d"));
        Assert.Contains("unknown recording format", e.Message);
    }

    [Fact]
    public void AReaderCanBePluggedIn()
    {
        var readers = RecordingReaders.Default.With(new FakeC3dReader());
        var r = readers.Read(new MemoryStream([2, 0x50, 0, 0]), "walk.c3d");
        Assert.Equal("fake", r.Channels[0].Label);
    }

    private sealed class FakeC3dReader : IRecordingReader
    {
        public string FormatName => "C3D";
        public IReadOnlyList<string> Extensions { get; } = [".c3d"];
        public bool Recognises(ReadOnlySpan<byte> head) => head.Length > 1 && head[1] == 0x50;
        public GluteLab.Signals.Recordings.Recording Read(Stream stream, string sourceName, RecordingReadOptions options) =>
            new(sourceName, [new GluteLab.Signals.Recordings.AnalogChannel("fake", 1000, new double[10])]);
    }

    [Fact]
    public void RealBioSppyRecordingReadsAndShowsActivity()
    {
        var path = SharedEmg.File("biosppy-emg.txt");
        if (path is null) return;
        using var stream = File.OpenRead(path);
        var r = RecordingReaders.Default.Read(stream, Path.GetFileName(path));
        var channel = Assert.Single(r.Channels);
        Assert.Equal(1000, channel.RateHz);
        Assert.Equal(100000, channel.Length); // 100 004 lines minus the 4-line header
        Assert.InRange(channel.Samples[0], 0, 4095); // 12-bit ADC counts
        var onsets = Emg.DetectOnsets(r);
        var detected = Assert.Single(onsets);
        Assert.NotEmpty(detected.Bursts);
        foreach (var b in detected.Bursts) Assert.InRange(b.Offset.Seconds, b.Onset.Seconds, (channel.Length - 1) / 1000.0);
    }

    [Fact]
    public void SecondRealBioSppyRecordingReads()
    {
        var path = SharedEmg.File("biosppy-emg_1.txt");
        if (path is null) return;
        using var stream = File.OpenRead(path);
        var r = RecordingReaders.Default.Read(stream, Path.GetFileName(path));
        Assert.Equal(63880, Assert.Single(r.Channels).Length);
        var conditioned = Emg.Condition(r.Channels[0]);
        Assert.Empty(conditioned.Diagnostics);
        Assert.True(conditioned.Envelope.Span.ToArray().Max() > 3 * conditioned.Envelope.Span[..500].ToArray().Average());
    }
}
