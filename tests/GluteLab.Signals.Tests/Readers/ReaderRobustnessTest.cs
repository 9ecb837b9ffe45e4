using System.Text;
using CsCheck;
using GluteLab.Signals.Readers;

namespace GluteLab.Signals.Tests.Readers;

public class ReaderRobustnessTest
{
    // Text made of the characters that matter to the parsers: digits, separators, signs, letters, quotes, newlines.
    private static readonly Gen<string> Texts = Gen.Char["0123456789.,;\t -+eEnaNIfy\"#\nt:=abc"].Array[0, 300].Select(c => new string(c));

    [Fact]
    public void ArbitraryTextEitherReadsOrFailsWithARecordingFormatException()
    {
        Texts.Sample(text =>
        {
            foreach (var name in new[] { "x.csv", "x.txt" })
            {
                foreach (var prefix in new[] { "", "time,A,B\n", "# Simple Text Format\n# Sampling Rate (Hz):= 1000\n# Labels:= A\tB\n" })
                {
                    try
                    {
                        var r = RecordingReaders.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(prefix + text)), name, new RecordingReadOptions(1000));
                        Assert.All(r.Channels, c => Assert.True(c.Length > 0 && c.RateHz > 0));
                    }
                    catch (RecordingFormatException e)
                    {
                        Assert.StartsWith(name, e.Message);
                    }
                }
            }
        }, iter: 300);
    }
}
