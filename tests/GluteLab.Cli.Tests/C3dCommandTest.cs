using System.Text.Json;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli.Tests;

public sealed class C3dCommandTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("glutelab-c3d-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFixture(string name, C3dProcessor processor = C3dProcessor.Intel)
    {
        var x = Enumerable.Range(0, 10).Select(f => 10.0 * f).ToArray();
        var y = Enumerable.Range(0, 10).Select(f => f == 3 ? double.NaN : 1.0).ToArray();
        var z = Enumerable.Repeat(900.0, 10).ToArray();
        var file = new C3dBuilder(100).WithAnalogRate(200)
            .AddMarker("LASI", x, y, z)
            .AddAnalogChannel("EMG, left", Enumerable.Range(0, 20).Select(i => i * 0.5).ToArray(), "mV")
            .AddEvent("Foot Strike", 0.02, "Left")
            .Build();
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, C3dWriter.ToBytes(file, new C3dWriteOptions(processor)));
        return path;
    }

    [Fact]
    public void InfoJsonHasTheFields()
    {
        var path = WriteFixture("walk.c3d", C3dProcessor.Mips);
        var result = CliRunner.Run("c3d", "info", path, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("points").GetInt32());
        Assert.Equal(10, root.GetProperty("frames").GetInt32());
        Assert.Equal(100, root.GetProperty("pointRateHz").GetDouble());
        Assert.Equal(1, root.GetProperty("analogChannels").GetInt32());
        Assert.Equal(200, root.GetProperty("analogRateHz").GetDouble());
        Assert.Equal("mips", root.GetProperty("processor").GetString());
        Assert.Equal("LASI", root.GetProperty("pointLabels")[0].GetString());
        Assert.Equal("EMG, left", root.GetProperty("analogLabels")[0].GetString());
        Assert.Equal("Foot Strike", root.GetProperty("events")[0].GetProperty("label").GetString());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void InfoSummaryIsReadable()
    {
        var result = CliRunner.Run("c3d", "info", WriteFixture("walk.c3d", C3dProcessor.Dec));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dec, float storage", result.Output);
        Assert.Contains("LASI", result.Output);
    }

    [Fact]
    public void ExportPointsWritesTimeAndAxes()
    {
        var output = Path.Combine(_directory, "walk.csv");
        var result = CliRunner.Run("c3d", "export", WriteFixture("walk.c3d"), "--out", output, "--points");
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("time_s,LASI_X,LASI_Y,LASI_Z", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.Equal("0.01,10,1,900", lines[2]);
        Assert.Equal("0.03,,,", lines[4]); // invalid in frame 3
    }

    [Fact]
    public void ExportAnalogWritesPhysicalValues()
    {
        var output = Path.Combine(_directory, "emg.csv");
        var result = CliRunner.Run("c3d", "export", WriteFixture("walk.c3d"), "--out", output, "--analog");
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("time_s,\"EMG, left\"", lines[0]);
        Assert.Equal(21, lines.Length);
        Assert.Equal("0.005,0.5", lines[2]);
    }

    [Fact]
    public void ConvertChangesTheProcessor()
    {
        var output = Path.Combine(_directory, "walk-dec.c3d");
        var result = CliRunner.Run("c3d", "convert", WriteFixture("walk.c3d"), "--processor", "dec", "--out", output);
        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(85, bytes[512 + 3]);
        var converted = C3dReader.Read(bytes).File;
        Assert.Equal(C3dProcessor.Dec, converted.Processor);
        Assert.Equal(90, converted.Trajectory("LASI").X[9]);
    }

    [Fact]
    public void BadFileExitsWithTwoNamingFileAndOffsetAndWritesNothing()
    {
        var bad = Path.Combine(_directory, "bad.c3d");
        var bytes = File.ReadAllBytes(WriteFixture("good.c3d"));
        bytes[512 + 3] = 99;
        File.WriteAllBytes(bad, bytes);
        foreach (var args in new[]
                 {
                     new[] { "c3d", "info", bad, "--json" },
                     new[] { "c3d", "export", bad, "--out", Path.Combine(_directory, "bad.csv") },
                     new[] { "c3d", "convert", bad, "--processor", "intel", "--out", Path.Combine(_directory, "bad-out.c3d") },
                 })
        {
            var result = CliRunner.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("bad.c3d", result.Error);
            Assert.Contains("byte 515", result.Error);
            Assert.Contains("processor type is 99", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        Assert.False(File.Exists(Path.Combine(_directory, "bad.csv")));
        Assert.False(File.Exists(Path.Combine(_directory, "bad-out.c3d")));
        Assert.Equal(2, Directory.GetFiles(_directory).Length); // good.c3d and bad.c3d only: no temporary files left
    }

    [Fact]
    public void UnknownProcessorAndMissingFileAreUsageErrors()
    {
        var good = WriteFixture("walk.c3d");
        var output = Path.Combine(_directory, "x.c3d");
        var result = CliRunner.Run("c3d", "convert", good, "--processor", "vax", "--out", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("vax", result.Error);
        Assert.False(File.Exists(output));
        var missing = CliRunner.Run("c3d", "info", Path.Combine(_directory, "nope.c3d"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.c3d", missing.Error);
    }
}
