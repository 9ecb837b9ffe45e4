using GluteLab.Anatomy;
using GluteLab.Cli.Arguments;

namespace GluteLab.Cli.Tests.Arguments;

public class GroupFactorArgumentTest
{
    [Fact]
    public void ParsesGroupsWithAndWithoutSides()
    {
        var parsed = GroupFactorArgument.ParseList("--capacity", "gluteus_maximus=0.3, hamstrings:left=0.8", 0, 1);
        Assert.Equal(
            [new GroupFactorArgument(MuscleGroup.GluteusMaximus, null, 0.3), new GroupFactorArgument(MuscleGroup.Hamstrings, Side.Left, 0.8)],
            parsed);
    }

    [Theory]
    [InlineData("gluteus_maximu=0.3", "Did you mean 'gluteus_maximus'")]
    [InlineData("gluteus_maximus=NaN", "not a number")]
    [InlineData("gluteus_maximus=1.5", "out of range")]
    [InlineData("gluteus_maximus:middle=0.5", "unknown side")]
    [InlineData("gluteus_maximus", "should look like")]
    [InlineData("", "at least one")]
    public void RejectsBadEntriesNamingTheOption(string text, string expected)
    {
        var error = Assert.Throws<CliException>(() => GroupFactorArgument.ParseList("--capacity", text, 0, 1));
        Assert.Contains("--capacity", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Equal(2, error.ExitCode);
    }
}
