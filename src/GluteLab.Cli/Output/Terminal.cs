using Spectre.Console;

namespace GluteLab.Cli.Output;

/// <summary>A Spectre.Console renderer over any <see cref="TextWriter"/> (colour only on a real terminal).</summary>
public static class Terminal
{
    /// <summary>A console that writes to <paramref name="writer"/>.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var isConsole = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isConsole ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isConsole) console.Profile.Width = 200;
        return console;
    }
}
