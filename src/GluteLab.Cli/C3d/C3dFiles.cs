using GluteLab.Cli.Output;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli.C3d;

/// <summary>Opening and saving C3D files for the command line: errors become <see cref="CliException"/>s naming the file.</summary>
internal static class C3dFiles
{
    /// <summary>Reads a C3D file, turning unreadable input into a user error (exit code 2).</summary>
    public static C3dReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read the file ({e.Message})");
        }
        try
        {
            return C3dReader.Read(bytes);
        }
        catch (C3dFormatException e)
        {
            throw new CliException($"{path}: not a readable C3D file: {e.Message}");
        }
    }

    /// <summary>Writes a file atomically (see <see cref="AtomicFile"/>): a failure leaves no partial output.</summary>
    public static void SaveAtomically(string path, Action<Stream> write) => AtomicFile.Write(path, write);
}
