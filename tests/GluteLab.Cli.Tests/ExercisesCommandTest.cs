using System.Text.Json;

namespace GluteLab.Cli.Tests;

public class ExercisesCommandTest
{
    [Fact]
    public void JsonIsAnArrayOfIdNameDescription()
    {
        var result = CliRunner.Run("exercises", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(27, items.Count);
        foreach (var item in items)
        {
            Assert.Equal(["id", "name", "description"], item.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.All(item.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetString())));
        }
        var ids = items.Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("prone-hip-extension", ids);
        Assert.Contains("walking", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void TableListsEveryExercise()
    {
        var result = CliRunner.Run("exercises");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hip-thrust", result.Output);
        Assert.Contains("Barbell hip thrust", result.Output);
        Assert.Contains("lumbar-pelvic", result.Output);
        Assert.Equal(28, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var result = CliRunner.Run("exercises", "--yaml");
        Assert.Equal(2, result.ExitCode);
    }
}
