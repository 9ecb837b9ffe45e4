using System.Globalization;
using GluteLab.Cli.Output;

namespace GluteLab.Cli.Tests.Output;

public class StorageWriterTest
{
    [Fact]
    public void WritesAnOpenSimStorageThatReadsBack()
    {
        var text = new StringWriter();
        double[] times = [0.0, 0.5, 1.0];
        StorageWriter.Write(text, "Static Optimization", ["glmax1_r_activation", "glmax1_r_force"], times,
            (i, row) => { row[0] = 0.1 * i; row[1] = 100.25 * i; });
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Static Optimization", lines[0]);
        Assert.Contains("nRows=3", lines);
        Assert.Contains("nColumns=3", lines);
        var end = Array.IndexOf(lines, "endheader");
        Assert.True(end > 0);
        Assert.Equal("time\tglmax1_r_activation\tglmax1_r_force", lines[end + 1]);
        var rows = lines[(end + 2)..].Select(l => l.Split('\t').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal([0.5, 0.1, 100.25], rows[1]);
    }

    [Fact]
    public void AtomicFileLeavesNothingWhenWritingFails()
    {
        var folder = Directory.CreateTempSubdirectory();
        var path = Path.Combine(folder.FullName, "out.sto");
        File.WriteAllText(path, "earlier");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write("partial");
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("earlier", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.FullName));
        folder.Delete(true);
    }
}
