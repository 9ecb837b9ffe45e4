using System.CommandLine;
using System.Globalization;

namespace GluteLab.Cli;

/// <summary>Entry point of the <c>glutelab</c> command line. Commands are registered in <see cref="Commands"/>.</summary>
public static class CliApp
{
    /// <summary>Exit code for bad arguments or unreadable input files.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line with the console's streams and returns the process exit code.</summary>
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Runs the command line and returns the process exit code: 0 success, 2 bad arguments or input,
    /// other codes as a command documents (e.g. 3 for an infeasible task). Errors never print a stack trace.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var root = Commands.Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"glutelab: {parseError.Message}");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            error.WriteLine($"glutelab: {e.Message}");
            return e.ExitCode;
        }
    }
}

/// <summary>
/// An error to show to the user as one message, with the process exit code to return.
/// Commands throw it after validating input and before writing any output file.
/// </summary>
public sealed class CliException(string message, int exitCode = CliApp.UsageError) : Exception(message)
{
    /// <summary>The process exit code (2 for bad arguments or input unless a command documents otherwise).</summary>
    public int ExitCode { get; } = exitCode;
}
