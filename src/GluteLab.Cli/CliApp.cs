namespace GluteLab.Cli;

/// <summary>Entry point of the <c>glutelab</c> command line. Commands are registered in <see cref="Commands"/>.</summary>
public static class CliApp
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args) => Commands.Build().Parse(args).Invoke();
}
