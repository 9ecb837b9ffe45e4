using System.Globalization;
using System.Text.Json;

namespace GluteLab.Cli.Tests;

public class RecruitCommandTest
{
    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(["recruit", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void JsonHasTheContractFields()
    {
        var json = Json("--exercise", "prone-hip-extension");
        Assert.Equal("prone-hip-extension", json.GetProperty("exercise").GetString());
        Assert.Equal("right", json.GetProperty("side").GetString());
        Assert.True(json.GetProperty("converged").GetBoolean());
        Assert.True(json.GetProperty("frames").GetInt32() > 5);
        Assert.InRange(json.GetProperty("maxMomentResidualNewtonMeters").GetDouble(), 0, 1e-9);
        var glmax = json.GetProperty("groups").GetProperty("gluteus_maximus").GetProperty("right");
        Assert.InRange(glmax.GetProperty("meanActivation").GetDouble(), 0, 1);
        Assert.InRange(glmax.GetProperty("peakActivation").GetDouble(), glmax.GetProperty("meanActivation").GetDouble(), 1);
        Assert.True(glmax.GetProperty("peakForceNewtons").GetDouble() > 0);
        var share = json.GetProperty("hipExtensionShare");
        var sum = new[] { "gluteus_maximus", "hamstrings", "adductor_magnus", "other" }.Sum(k => share.GetProperty(k).GetDouble());
        Assert.Equal(1.0, sum, 9);
        Assert.True(json.GetProperty("peakLumbarCompressionNewtons").GetDouble() > 0);
        Assert.True(json.GetProperty("peakHamstringForceNewtons").GetDouble() > 0);
        Assert.True(json.TryGetProperty("kneeToHipExtensionMomentRatio", out _));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("strategy").GetString()));
        Assert.Equal(0, json.GetProperty("peakContactShearNewtons").GetDouble()); // the prone test has no friction pair
    }

    [Fact]
    public void JsonReportsEveryMuscleConsistentlyWithItsGroupAndTheStorage()
    {
        var folder = Directory.CreateTempSubdirectory();
        var sto = Path.Combine(folder.FullName, "out.sto");
        var result = CliRunner.Run("recruit", "--exercise", "bridge", "--json", "--sto", sto);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        var muscles = json.GetProperty("muscles").EnumerateObject().ToList();
        Assert.Equal(78, muscles.Count);

        // Each muscle's mean activation is the mean of its .sto column.
        var lines = File.ReadAllLines(sto);
        var header = Array.IndexOf(lines, "endheader");
        var columns = lines[header + 1].Split('\t');
        var rows = lines.Skip(header + 2).Select(l => l.Split('\t').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        foreach (var muscle in muscles)
        {
            var column = Array.IndexOf(columns, muscle.Name + "_activation");
            Assert.True(column > 0, $"no storage column for {muscle.Name}");
            var values = rows.Select(r => r[column]).ToList();
            Assert.Equal(values.Average(), muscle.Value.GetProperty("meanActivation").GetDouble(), 6);
            Assert.Equal(values.Max(), muscle.Value.GetProperty("peakActivation").GetDouble(), 6);
            Assert.InRange(muscle.Value.GetProperty("peakForceNewtons").GetDouble(), muscle.Value.GetProperty("meanForceNewtons").GetDouble() - 1e-9, double.MaxValue);
        }

        // A group's peak force is at most the sum of its muscles' peaks, and at least the largest of them.
        var hamstrings = muscles.Where(m => m.Value.GetProperty("group").GetString() == "hamstrings" && m.Value.GetProperty("side").GetString() == "right")
            .Select(m => m.Value.GetProperty("peakForceNewtons").GetDouble()).ToList();
        var group = json.GetProperty("groups").GetProperty("hamstrings").GetProperty("right").GetProperty("peakForceNewtons").GetDouble();
        Assert.InRange(group, hamstrings.Max() - 1e-6, hamstrings.Sum() + 1e-6);
        Assert.Equal(json.GetProperty("peakHamstringForceNewtons").GetDouble(), group, 6);
        folder.Delete(true);
    }

    [Fact]
    public void LoadSetsTheBarInKilogramsAndAHeavierBarNeedsMoreHipExtensors()
    {
        var light = Json("--exercise", "hip-thrust", "--mass", "70", "--load", "20");
        var heavy = Json("--exercise", "hip-thrust", "--mass", "70", "--load", "60");
        Assert.Equal(20, light.GetProperty("externalLoadKilograms").GetDouble(), 9);
        Assert.Equal(60, heavy.GetProperty("externalLoadKilograms").GetDouble(), 9);
        foreach (var group in new[] { "gluteus_maximus", "hamstrings" })
        {
            Assert.True(heavy.GetProperty("groups").GetProperty(group).GetProperty("right").GetProperty("peakForceNewtons").GetDouble()
                > light.GetProperty("groups").GetProperty(group).GetProperty("right").GetProperty("peakForceNewtons").GetDouble(), group);
        }
        // The exercise's own bar when --load is not given: 0.5 body weight.
        Assert.Equal(35, Json("--exercise", "hip-thrust", "--mass", "70").GetProperty("externalLoadKilograms").GetDouble(), 9);
        Assert.Equal(0, Json("--exercise", "bridge").GetProperty("externalLoadKilograms").GetDouble());
    }

    [Fact]
    public void BridgeReportsItsFrictionPairWithinTheFrictionLimit()
    {
        var json = Json("--exercise", "bridge", "--mass", "80");
        // μ = 0.5 of the feet's vertical force, which is about a third of body weight (KINEMATICS.md §4).
        Assert.InRange(json.GetProperty("peakContactShearNewtons").GetDouble(), 1, 0.5 * 0.40 * 80 * 9.80665);
        Assert.InRange(json.GetProperty("maxMomentResidualNewtonMeters").GetDouble(), 0, 1e-9);
    }

    [Fact]
    public void CapacityAppliesToTheWorkingSideUnlessASideIsNamed()
    {
        var right = Json("--exercise", "prone-hip-extension", "--capacity", "gluteus_maximus=0.3");
        var left = Json("--exercise", "prone-hip-extension", "--capacity", "gluteus_maximus:left=0.3");
        var capacity = right.GetProperty("person").GetProperty("capacity");
        Assert.Equal(0.3, capacity.GetProperty("gluteus_maximus:right").GetDouble());
        Assert.Equal(0.3, left.GetProperty("person").GetProperty("capacity").GetProperty("gluteus_maximus:left").GetDouble());
        Assert.True(right.GetProperty("peakHamstringForceNewtons").GetDouble() > left.GetProperty("peakHamstringForceNewtons").GetDouble());
    }

    [Fact]
    public void LeftSideMirrorsRight()
    {
        var right = Json("--exercise", "prone-hip-extension");
        var left = Json("--exercise", "prone-hip-extension", "--side", "left");
        Assert.Equal("left", left.GetProperty("side").GetString());
        Assert.Equal(right.GetProperty("peakHamstringForceNewtons").GetDouble(), left.GetProperty("peakHamstringForceNewtons").GetDouble(), 6);
    }

    [Theory]
    [InlineData("--exercise", "prone-hip-extensio", "prone-hip-extension")]
    [InlineData("--capacity", "gluteus_maximu=0.3", "gluteus_maximus")]
    [InlineData("--capacity", "gluteus_maximus=1.5", "out of range")]
    [InlineData("--mass", "NaN", "--mass")]
    [InlineData("--height", "3.5", "--height")]
    [InlineData("--pelvic-tilt", "80", "--pelvic-tilt")]
    [InlineData("--hip-flexor-tightness", "0.9", "--hip-flexor-tightness")]
    [InlineData("--exponent", "4", "--exponent")]
    [InlineData("--side", "middle", "--side")]
    [InlineData("--load", "40", "carries no external weight")]
    public void BadArgumentsExitWithTwoAndNameTheArgument(string option, string value, string expected)
    {
        string[] args = option == "--exercise" ? ["recruit", option, value] : ["recruit", "--exercise", "bridge", option, value];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-5")]
    [InlineData("1000")]
    public void ImpossibleLoadsExitWithTwo(string kilograms)
    {
        var result = CliRunner.Run("recruit", "--exercise", "hip-thrust", "--load", kilograms);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--load", result.Error);
    }

    [Fact]
    public void InfeasibleTaskExitsWithThreeAndWritesNothing()
    {
        var folder = Directory.CreateTempSubdirectory();
        var sto = Path.Combine(folder.FullName, "out.sto");
        var problems = Path.Combine(folder.FullName, "problems.json");
        var result = CliRunner.Run("recruit", "--exercise", "prone-hip-extension",
            "--strength", "gluteus_maximus=0.01,hamstrings=0.01,adductor_magnus=0.01,gluteus_medius=0.01,gluteus_minimus=0.01",
            "--sto", sto, "--export-problems", problems);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("hip_flexion_r", result.Error);
        Assert.Contains("N·m", result.Error);
        Assert.Contains("t = ", result.Error);
        Assert.Empty(Directory.GetFiles(folder.FullName));
        folder.Delete(true);
    }

    [Fact]
    public void WritesAnOpenSimStorageAndTheProblems()
    {
        var folder = Directory.CreateTempSubdirectory();
        var sto = Path.Combine(folder.FullName, "out.sto");
        var problems = Path.Combine(folder.FullName, "problems.json");
        var result = CliRunner.Run("recruit", "--exercise", "prone-hip-extension", "--sto", sto, "--export-problems", problems);
        Assert.Equal(0, result.ExitCode);

        var lines = File.ReadAllLines(sto);
        var header = Array.IndexOf(lines, "endheader");
        var columns = lines[header + 1].Split('\t');
        Assert.Equal("time", columns[0]);
        Assert.Contains("glmax1_r_activation", columns);
        var rows = int.Parse(lines.First(l => l.StartsWith("nRows=")).Split('=')[1], CultureInfo.InvariantCulture);
        Assert.Equal(rows, lines.Length - header - 2);

        using var json = JsonDocument.Parse(File.ReadAllText(problems));
        Assert.Equal(rows, json.RootElement.GetProperty("frames").GetArrayLength());
        folder.Delete(true);
    }

    [Fact]
    public void BridgeStorageCarriesTheChosenFrictionPair()
    {
        var folder = Directory.CreateTempSubdirectory();
        var sto = Path.Combine(folder.FullName, "bridge.sto");
        var result = CliRunner.Run("recruit", "--exercise", "bridge", "--sto", sto, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var peak = json.RootElement.GetProperty("peakContactShearNewtons").GetDouble();

        var lines = File.ReadAllLines(sto);
        var header = Array.IndexOf(lines, "endheader");
        var columns = lines[header + 1].Split('\t');
        Assert.Equal("contact_shear_force", columns[^1]);
        var shear = lines.Skip(header + 2).Select(l => Math.Abs(double.Parse(l.Split('\t')[^1], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(peak, shear.Max(), 6);
        folder.Delete(true);
    }

    [Fact]
    public void AFixedStrategyCostsAtLeastTheChosenOne()
    {
        var chosen = Json("--exercise", "bridge");
        var fixedStrategy = Json("--exercise", "bridge", "--strategy", "lumbar-share:0");
        Assert.Equal("lumbar-share-0", fixedStrategy.GetProperty("strategy").GetString());
        Assert.True(fixedStrategy.GetProperty("totalEffort").GetDouble() >= chosen.GetProperty("totalEffort").GetDouble() - 1e-9);
    }

    [Theory]
    [InlineData("trunk-lean:5", "LumbarPelvic")]
    [InlineData("lumbar-share:2", "outside")]
    [InlineData("sideways", "should be")]
    public void WrongStrategiesAreRejected(string strategy, string expected)
    {
        var result = CliRunner.Run("recruit", "--exercise", "bridge", "--strategy", strategy);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--strategy", result.Error);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void PlotsTheActivationsAsPng()
    {
        var folder = Directory.CreateTempSubdirectory();
        var png = Path.Combine(folder.FullName, "squat.png");
        var result = CliRunner.Run("recruit", "--exercise", "squat", "--plot", png);
        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        folder.Delete(true);
    }

    [Fact]
    public void TableIsReadable()
    {
        var result = CliRunner.Run("recruit", "--exercise", "bridge");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gluteus_maximus", result.Output);
        Assert.Contains("Hip extension share", result.Output);
    }
}
