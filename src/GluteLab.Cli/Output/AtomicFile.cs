namespace GluteLab.Cli.Output;

/// <summary>
/// Writes a file so that it appears complete or not at all: the content goes to a temporary file beside the
/// target, which replaces the target only when writing succeeded. A failed write leaves any earlier file intact.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <exception cref="CliException">
    /// The folder does not exist, the file cannot be written, or the content cannot be written in that form
    /// (an <see cref="ArgumentException"/> from <paramref name="write"/>, e.g. a value a C3D processor type cannot hold).
    /// </exception>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new CliException($"{path}: the directory {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
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

    /// <summary>Writes text to <paramref name="path"/> atomically (UTF-8, no BOM).</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            write(writer);
        });
}
