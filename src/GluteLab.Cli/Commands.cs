using System.CommandLine;

namespace GluteLab.Cli;

/// <summary>The command tree of <c>glutelab</c>. Each command lives in its own file under <c>Commands/</c>.</summary>
public static class Commands
{
    /// <summary>Builds the root command with every sub-command.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("GluteLab: gluteal amnesia simulator, recording analysis and clinic tools.");
        foreach (var command in All()) root.Subcommands.Add(command);
        return root;
    }

    private static IEnumerable<Command> All()
    {
        yield return DemoCommand.Create();
        yield return RecruitCommand.Create();
        yield return MaxLoadCommand.Create();
        yield return C3dCommand.Create();
        yield return EmgCommand.Create();
        yield return ExercisesCommand.Create();
        yield return PostureCommand.Create();
    }
}
