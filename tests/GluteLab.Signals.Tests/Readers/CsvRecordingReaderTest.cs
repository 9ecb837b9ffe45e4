using CsCheck;
using System.Text;
using GluteLab.Signals.Readers;

namespace GluteLab.Signals.Tests.Readers;

public class CsvRecordingReaderTest
{
    private static Stream Text(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    private static GluteLab.Signals.Recordings.Recording Read(string content, double? rate = null) =>
        new CsvRecordingReader().Read(Text(content), "trial.csv", new RecordingReadOptions(rate));

    [Fact]
    public void ReadsATimeColumnAndLabelsWithUnits()
    {
        var r = Read("time,L GMax (mV),ES_L [uV]\n0.000,1.5,20\n0.001,-2,30\n0.002,0.5,-10\n");
        Assert.Equal(2, r.Channels.Count);
        Assert.Equal("L GMax", r.Channels[0].Label);
        Assert.Equal(1000, r.Channels[0].RateHz, 1e-9);
        Assert.Equal("V", r.Channels[0].Unit);
        Assert.Equal(-2e-3, r.Channels[0].Samples[1], 1e-15);
        Assert.Equal(30e-6, r.Channels[1].Samples[1], 1e-15);
    }

    [Fact]
    public void DetectsTabAndSemicolonDelimiters()
    {
        Assert.Equal(2, Read("time\tA\tB\n0\t1\t2\n0.0005\t3\t4\n").Channels.Count);
        Assert.Equal(2000, Read("time\tA\tB\n0\t1\t2\n0.0005\t3\t4\n").Channels[0].RateHz, 1e-6);
        Assert.Equal(2, Read("t;A;B\n0;1;2\n0.001;3;4\n").Channels.Count);
    }

    [Fact]
    public void TimeInMillisecondsIsConverted()
    {
        Assert.Equal(1000, Read("time (ms),A\n0,1\n1,2\n2,3\n").Channels[0].RateHz, 1e-9);
    }

    [Fact]
    public void WithoutTimeColumnTheStatedRateIsUsed()
    {
        var r = Read("EMG1,EMG2\n1,2\n3,4\n", rate: 1500);
        Assert.Equal(1500, r.Channels[0].RateHz);
        var headerless = Read("1,2\n3,4\n5,6\n", rate: 1000);
        Assert.Equal(["EMG1", "EMG2"], headerless.Channels.Select(c => c.Label));
        Assert.Equal(3, headerless.Channels[0].Length);
    }

    [Fact]
    public void WithoutTimeOrRateTheMessageSaysWhatToGive()
    {
        var e = Assert.Throws<RecordingFormatException>(() => Read("A,B\n1,2\n"));
        Assert.Contains("trial.csv", e.Message);
        Assert.Contains("--rate", e.Message);
    }

    [Theory]
    [InlineData("time,A\n0,1\n0.001,2\n0.002,2\n0.004,3\n0.005,3\n", 5, 1, "uniformly spaced")]
    [InlineData("time,A\n0,1\n0.001,2\n0.001,3\n", 4, 1, "does not increase")]
    [InlineData("time,A\n0,1\n0.001,NaN\n", 3, 2, "NaN")]
    [InlineData("time,A\n0,1\n0.001,abc\n", 3, 2, "not a number")]
    [InlineData("time,A,B\n0,1,2\n0.001,2\n", 3, 3, "2 fields, expected 3")]
    [InlineData("time,A,B\n0,1,2\n0.001,2,3,4,5\n", 3, 4, "5 fields")]
    [InlineData("time,A\n0,1\n0.001,\n", 3, 2, "empty")]
    [InlineData("time,A\n0,1\n0.001,Infinity\n", 3, 2, "finite")]
    public void BadRowsAreRejectedWithLineColumnAndReason(string content, int line, int column, string reason)
    {
        var e = Assert.Throws<RecordingFormatException>(() => Read(content));
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(reason, e.Message);
        Assert.StartsWith("trial.csv, line " + line, e.Message);
    }

    [Fact]
    public void CommentsBlankLinesAndATrailingDelimiterAreTolerated()
    {
        var r = Read("# exported by a lab system\n\ntime,A,\n0,1,\n0.001,2,\n\n");
        Assert.Single(r.Channels);
        Assert.Equal(2, r.Channels[0].Length);
    }

    [Fact]
    public void DuplicateLabelsAreRejected()
    {
        Assert.Contains("twice", Assert.Throws<RecordingFormatException>(() => Read("time,A,a\n0,1,2\n0.001,1,2\n")).Message);
    }

    [Fact]
    public void StatedRateMustAgreeWithTheTimeColumn()
    {
        Assert.Contains("stated rate", Assert.Throws<RecordingFormatException>(() => Read("time,A\n0,1\n0.001,2\n", rate: 2000)).Message);
    }

    [Fact]
    public void RandomUniformRecordingsRoundTrip()
    {
        Gen.Select(Gen.Int[1, 4], Gen.Int[2, 50], Gen.Int[0, 2]).Sample(t =>
        {
            var (channels, rows, delimiterIndex) = t;
            var d = new[] { ',', '\t', ';' }[delimiterIndex];
            var random = new Random(channels * 100 + rows);
            var values = new double[rows, channels];
            var sb = new StringBuilder("time");
            for (var c = 0; c < channels; c++) sb.Append(d).Append("ch").Append(c);
            sb.Append('\n');
            for (var i = 0; i < rows; i++)
            {
                sb.Append((i / 2000.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                for (var c = 0; c < channels; c++)
                {
                    values[i, c] = random.NextDouble() * 2 - 1;
                    sb.Append(d).Append(values[i, c].ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                }
                sb.Append('\n');
            }
            var r = Read(sb.ToString());
            Assert.Equal(channels, r.Channels.Count);
            Assert.Equal(2000, r.Channels[0].RateHz, 1e-6);
            for (var c = 0; c < channels; c++)
                for (var i = 0; i < rows; i++) Assert.Equal(values[i, c], r.Channels[c].Samples[i]);
        }, iter: 50);
    }
}
