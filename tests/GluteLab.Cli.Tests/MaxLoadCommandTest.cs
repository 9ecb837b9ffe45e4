using System.Globalization;
using System.Text.Json;

namespace GluteLab.Cli.Tests;

public class MaxLoadCommandTest
{
    [Fact]
    public void TheHeaviestWeightCanBeLiftedAndAHeavierOneCannot()
    {
        var result = CliRunner.Run("max-load", "--exercise", "hip-thrust", "--mass", "70", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        var kilograms = json.GetProperty("maxExternalLoadKilograms").GetDouble();
        Assert.Equal(70 * json.GetProperty("maxExternalLoadBodyWeights").GetDouble(), kilograms, 9);
        Assert.InRange(kilograms, 10, 350);
        var limitedBy = json.GetProperty("limitedBy");
        Assert.True(limitedBy.GetProperty("shortfalls").GetArrayLength() > 0);
        Assert.Contains("missing", limitedBy.GetProperty("description").GetString());

        // recruit agrees: the weight found is feasible, one resolution step more is not (exit 3).
        var step = 70 * json.GetProperty("resolutionBodyWeights").GetDouble();
        var at = CliRunner.Run("recruit", "--exercise", "hip-thrust", "--mass", "70", "--load", kilograms.ToString("R", CultureInfo.InvariantCulture), "--json");
        Assert.True(at.ExitCode == 0, at.Error);
        var above = CliRunner.Run("recruit", "--exercise", "hip-thrust", "--mass", "70", "--load", (kilograms + step).ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(3, above.ExitCode);
    }

    [Fact]
    public void InhibitedHipExtensorsLowerTheMaximum()
    {
        static double Max(params string[] extra)
        {
            var result = CliRunner.Run(["max-load", "--exercise", "hip-thrust", "--json", .. extra]);
            Assert.True(result.ExitCode == 0, result.Error);
            return JsonDocument.Parse(result.Output).RootElement.GetProperty("maxExternalLoadKilograms").GetDouble();
        }
        Assert.True(Max("--capacity", "gluteus_maximus=0.3,hamstrings=0.3") < Max() - 10);
    }

    [Fact]
    public void TextNamesTheWeightAndWhatLimitsIt()
    {
        var result = CliRunner.Run("max-load", "--exercise", "deadlift");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("heaviest external weight", result.Output);
        Assert.Contains("Above it:", result.Output);
    }

    [Fact]
    public void PlotsTheGroupsAsTheWeightRisesAndWritesNothingOnError()
    {
        var folder = Directory.CreateTempSubdirectory();
        var png = Path.Combine(folder.FullName, "load.png");
        var result = CliRunner.Run("max-load", "--exercise", "back-squat", "--plot", png);
        Assert.True(result.ExitCode == 0, result.Error);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

        var none = Path.Combine(folder.FullName, "none.png");
        Assert.Equal(2, CliRunner.Run("max-load", "--exercise", "bridge", "--plot", none).ExitCode);
        Assert.False(File.Exists(none));
        folder.Delete(true);
    }

    [Fact]
    public void APersonWhoCanDoTheExerciseOnlyWithoutWeightGetsZero()
    {
        // Erector spinae at 0.32 of its strength can hold the unloaded deadlift's trunk, and nothing more.
        var folder = Directory.CreateTempSubdirectory();
        var png = Path.Combine(folder.FullName, "zero.png");
        var result = CliRunner.Run("max-load", "--exercise", "deadlift", "--strength", "erector_spinae=0.32,erector_spinae:left=0.32", "--json", "--plot", png);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(0, JsonDocument.Parse(result.Output).RootElement.GetProperty("maxExternalLoadKilograms").GetDouble());
        Assert.True(File.Exists(png));
        folder.Delete(true);
    }

    [Theory]
    [InlineData("bridge", "carries no external weight")]
    [InlineData("hip-thrus", "hip-thrust")]
    public void BadExercisesExitWithTwo(string exercise, string expected)
    {
        var result = CliRunner.Run("max-load", "--exercise", exercise);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void LoadIsNotAnOptionOfTheSearch() =>
        Assert.Equal(2, CliRunner.Run("max-load", "--exercise", "hip-thrust", "--load", "40").ExitCode);
}
