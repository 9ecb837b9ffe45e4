namespace GluteLab.Cli.Tests;

public class CliAppTest
{
    [Fact]
    public void UnknownCommandExitsWithUsageError()
    {
        var result = CliRunner.Run("no-such-command");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-command", result.Error);
    }

    [Fact]
    public void DemoComparesThreePeopleAcrossTheExercises()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "prone-hip-extension", "bridge", "squat", "forward-step-up", "single-leg-squat", "lateral-band-walk", "walking" })
        {
            Assert.Equal(3, result.Output.Split('\n').Count(line => line.StartsWith('│') && line.Contains($" {id} ")));
        }
        Assert.Contains("GMax 0.3 + tight hip flexors", result.Output);
        Assert.DoesNotContain("cannot be done", result.Output);

        // The heaviest bar per person: three rows per loaded exercise; inhibited glutes lift less in the hip thrust.
        double Heaviest(string id, string person) => double.Parse(result.Output.Split('\n')
            .Single(line => line.StartsWith('│') && line.Contains($" {id} ") && line.Split('│')[2].Trim() == person)
            .Split('│')[3], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var id in new[] { "hip-thrust", "back-squat", "deadlift" })
        {
            Assert.Equal(3, result.Output.Split('\n').Count(line => line.StartsWith('│') && line.Contains($" {id} ")));
        }
        Assert.True(Heaviest("hip-thrust", "GMax 0.3") < Heaviest("hip-thrust", "healthy"));
        Assert.True(Heaviest("back-squat", "GMax 0.3") < Heaviest("back-squat", "healthy"));
    }
}
