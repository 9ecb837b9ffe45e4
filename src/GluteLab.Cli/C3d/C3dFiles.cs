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

    /// <summary>
    /// Writes <paramref name="write"/>'s output to a temporary file beside <paramref name="path"/> and moves it into
    /// place only when writing succeeded, so a failure leaves no partial output.
    /// </summary>
    public static void SaveAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory)) throw new CliException($"{path}: the directory {directory} does not exist");
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot write the file ({e.Message})");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: cannot write the file ({e.Message})");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
