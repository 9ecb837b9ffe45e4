using System.CommandLine;
using GluteLab.Anatomy;

namespace GluteLab.Cli;

/// <summary><c>glutelab demo</c>: the main job on embedded defaults.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Run the main job on the bundled defaults.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine("GluteLab muscle groups: " + string.Join(", ", MuscleGroups.AllIds));
            return 0;
        });
        return command;
    }
}
