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
    public void DemoRuns()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gluteus_maximus", result.Output);
    }
}
