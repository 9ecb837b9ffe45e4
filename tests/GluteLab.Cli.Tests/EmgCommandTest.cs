using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GluteLab.Cli.Tests;

public sealed class EmgCommandTest : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "glutelab-emg-test-" + Guid.NewGuid().ToString("N"));

    public EmgCommandTest() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // A prone hip extension trial at 1 kHz: noise, then bursts in ST, ES and GMax at the given onsets, and a trigger at movement onset.
    private string Trial(string name, double st, double es, double gmax, double movement, int seed, double gain = 1)
    {
        var random = new Random(seed);
        double G() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var sb = new StringBuilder("time,L ST,ES_L,L GMax,Trigger\n");
        for (var i = 0; i < 3000; i++)
        {
            var t = i / 1000.0;
            double Ch(double onset) => gain * (G() + (t >= onset && t < onset + 1.2 ? 5 * G() : 0));
            sb.Append(CultureInfo.InvariantCulture, $"{t:0.000},{Ch(st):0.0000},{Ch(es):0.0000},{Ch(gmax):0.0000},{(t >= movement ? 5 : 0)}\n");
        }
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    [Fact]
    public void AnalysesATrialAndPrintsOnsetsAndFiringOrder()
    {
        var file = Trial("trial1.csv", 1.0, 1.1, 1.4, 1.5, 1);
        var result = CliRunner.Run("emg", "analyze", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("semitendinosus:left → erector_spinae:left → gluteus_maximus:left", result.Output);
        Assert.Contains("movement onset 1.500 s", result.Output);
    }

    [Fact]
    public void JsonCarriesOnsetsWithinTenMillisecondsAndTheMethod()
    {
        var file = Trial("trial1.csv", 1.0, 1.1, 1.4, 1.5, 2);
        var result = CliRunner.Run("emg", "analyze", file, "--json", "--method", "tkeo");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("tkeo", json.RootElement.GetProperty("method").GetProperty("id").GetString());
        var channels = json.RootElement.GetProperty("trials")[0].GetProperty("channels").EnumerateArray().ToList();
        var onsets = channels.ToDictionary(c => c.GetProperty("label").GetString()!, c => c.GetProperty("onset_s").GetDouble());
        Assert.Equal(1.0, onsets["L ST"], 0.010);
        Assert.Equal(1.1, onsets["ES_L"], 0.010);
        Assert.Equal(1.4, onsets["L GMax"], 0.010);
        Assert.Equal("biceps_femoris", CliRunner.Run("emg", "analyze", file, "--json", "--channels", "L ST=biceps_femoris:left").Output
            is var o && JsonDocument.Parse(o).RootElement.GetProperty("trials")[0].GetProperty("channels")[0].GetProperty("muscle").GetString() is { } m ? m : "");
    }

    [Fact]
    public void ProneHipExtensionComparesWithPublishedDataOverRepeatedTrials()
    {
        var files = new[] { Trial("t1.csv", 1.0, 1.1, 1.4, 1.5, 3), Trial("t2.csv", 1.0, 1.1, 1.45, 1.5, 4), Trial("t3.csv", 1.0, 1.15, 1.5, 1.5, 5) };
        var result = CliRunner.Run(["emg", "analyze", .. files, "--test", "prone-hip-extension", "--json"]);
        Assert.Equal(0, result.ExitCode);
        var prone = JsonDocument.Parse(result.Output).RootElement.GetProperty("prone_hip_extension");
        var st = prone.GetProperty("comparisons").EnumerateArray().Single(c => c.GetProperty("reference_muscle").GetString() == "MedialHamstrings");
        Assert.Equal(500, st.GetProperty("observed_lead_ms").GetDouble(), 15.0);
        Assert.Equal((500 - 195.5) / 74.9, st.GetProperty("z").GetDouble(), 0.25);
        Assert.Contains("Lewis & Sahrmann 2009", st.GetProperty("citation").GetString());
        Assert.Equal("consistent", prone.GetProperty("evidence").GetProperty("strength").GetString());
        var table = CliRunner.Run(["emg", "analyze", .. files, "--test", "prone-hip-extension"]);
        Assert.Contains("Lehman et al. 2004", table.Output);
        Assert.DoesNotContain("amnes", table.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MvicNormalisesAmplitudes()
    {
        var trial = Trial("trial.csv", 1.0, 1.1, 1.4, 1.5, 6);
        var mvic = Trial("mvic.csv", 0.6, 0.6, 0.6, 0.6, 7, gain: 2);
        var result = CliRunner.Run("emg", "analyze", trial, "--mvic", mvic, "--json");
        Assert.Equal(0, result.ExitCode);
        var gmax = JsonDocument.Parse(result.Output).RootElement.GetProperty("trials")[0].GetProperty("channels").EnumerateArray()
            .Single(c => c.GetProperty("label").GetString() == "L GMax");
        // Burst RMS √26 at gain 1 vs MVIC burst RMS 2·√26: the envelope peak is about 50 %MVIC.
        Assert.InRange(gmax.GetProperty("peak_percent_mvic").GetDouble(), 40, 60);
    }

    [Fact]
    public void WritesOnePngPerChannel()
    {
        var file = Trial("trial.csv", 1.0, 1.1, 1.4, 1.5, 8);
        var plots = Path.Combine(dir, "plots");
        var result = CliRunner.Run("emg", "analyze", file, "--plot", plots);
        Assert.Equal(0, result.ExitCode);
        var pngs = Directory.GetFiles(plots, "*.png");
        Assert.Equal(3, pngs.Length);
        foreach (var png in pngs)
        {
            var header = File.ReadAllBytes(png)[..8];
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        }
    }

    [Theory]
    [InlineData("time,A\n0,1\n0.001,NaN\n", "line 3, column 2")]
    [InlineData("time,A,B\n0,1,2\n0.001,1\n", "line 3")]
    [InlineData("time,A\n0,1\n0.001,2\n0.005,2\n0.006,2\n", "uniformly spaced")]
    public void BadFilesExitWithTwoNamingFileLineAndReasonAndWriteNothing(string content, string expected)
    {
        var file = Path.Combine(dir, "bad.csv");
        File.WriteAllText(file, content);
        var plots = Path.Combine(dir, "plots");
        var result = CliRunner.Run("emg", "analyze", file, "--plot", plots);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.csv", result.Error);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(plots));
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("--method", "hodgs-bui", "did you mean 'hodges-bui'")]
    [InlineData("--rate", "-5", "--rate")]
    [InlineData("--channels", "EMG1=glutes", "--channels")]
    [InlineData("--test", "prone", "prone-hip-extension")]
    [InlineData("--movement-onset", "99", "after the end")]
    [InlineData("--threshold-sd", "-1", "--threshold-sd")]
    [InlineData("--baseline-duration", "5", "baseline")]
    public void BadParametersExitWithTwo(string option, string value, string expected)
    {
        var file = Trial("trial.csv", 1.0, 1.1, 1.4, 1.5, 9);
        var result = CliRunner.Run("emg", "analyze", file, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void ThresholdAndBaselineAreCarriedIntoTheMethodParameters()
    {
        var file = Trial("trial.csv", 1.0, 1.1, 1.4, 1.5, 10);
        var result = CliRunner.Run("emg", "analyze", file, "--json", "--threshold-sd", "5", "--baseline-start", "0.1", "--baseline-duration", "0.6");
        Assert.Equal(0, result.ExitCode);
        var parameters = JsonDocument.Parse(result.Output).RootElement.GetProperty("method").GetProperty("parameters");
        Assert.Equal(5, parameters.GetProperty("k").GetDouble());
        Assert.Equal(0.6, parameters.GetProperty("baseline_duration_s").GetDouble());
    }

    [Fact]
    public void ClinicianOverrideChangesTheOrderAndIsRecorded()
    {
        var file = Trial("trial.csv", 1.0, 1.1, 1.4, 1.5, 11);
        var result = CliRunner.Run("emg", "analyze", file, "--json", "--override", "L GMax=0.95", "--override-by", "JS", "--override-reason", "cross-talk");
        Assert.Equal(0, result.ExitCode);
        var trial = JsonDocument.Parse(result.Output).RootElement.GetProperty("trials")[0];
        Assert.Equal("L GMax", trial.GetProperty("firing_order")[0].GetProperty("channel").GetString());
        var gmax = trial.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "L GMax");
        Assert.Equal(0.95, gmax.GetProperty("onset_s").GetDouble());
        Assert.Equal(1.4, gmax.GetProperty("detected_onset_s").GetDouble(), 0.01);
        Assert.Equal("JS", gmax.GetProperty("onset_override").GetProperty("by").GetString());
        var missingWho = CliRunner.Run("emg", "analyze", file, "--override", "L GMax=0.95");
        Assert.Equal(2, missingWho.ExitCode);
        Assert.Contains("--override-by", missingWho.Error);
        Assert.Contains("did you mean 'L GMax'", CliRunner.Run("emg", "analyze", file, "--override", "L GMx=1", "--override-by", "JS", "--override-reason", "r").Error);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var result = CliRunner.Run("emg", "analyze", Path.Combine(dir, "nope.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.csv: file not found", result.Error);
    }

    [Fact]
    public void CsvWithoutTimeNeedsRate()
    {
        var file = Path.Combine(dir, "norate.csv");
        File.WriteAllText(file, "L GMax\n" + string.Join("\n", Enumerable.Range(0, 1500).Select(i => ((i * 7919 % 200) / 100.0 - 1).ToString(CultureInfo.InvariantCulture))) + "\n");
        Assert.Equal(2, CliRunner.Run("emg", "analyze", file).ExitCode);
        Assert.Equal(0, CliRunner.Run("emg", "analyze", file, "--rate", "1000").ExitCode);
    }

    [Fact]
    public void RealBioSppyRecordingAnalyses()
    {
        var path = SharedEmgFile("biosppy-emg_1.txt");
        if (path is null) return;
        var result = CliRunner.Run("emg", "analyze", path, "--channels", "EMG=gluteus_maximus:left", "--json");
        Assert.Equal(0, result.ExitCode);
        var channel = JsonDocument.Parse(result.Output).RootElement.GetProperty("trials")[0].GetProperty("channels")[0];
        Assert.Equal("gluteus_maximus", channel.GetProperty("muscle").GetString());
        Assert.True(channel.GetProperty("bursts").GetArrayLength() > 0);
    }

    private static string? SharedEmgFile(string name)
    {
        var env = Environment.GetEnvironmentVariable("GLUTELAB_EMG_DIR");
        var folder = env;
        if (string.IsNullOrEmpty(folder))
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "GluteLab.slnx"))) d = d.Parent;
            folder = d is null ? null : Path.Combine(d.FullName, "..", "shared", "emg");
        }
        var path = folder is null ? null : Path.Combine(folder, name);
        if (path is null || !File.Exists(path))
        {
            Console.WriteLine($"skipped: shared EMG recording {name} not found (set GLUTELAB_EMG_DIR).");
            return null;
        }
        return path;
    }
}
