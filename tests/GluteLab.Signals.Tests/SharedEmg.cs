namespace GluteLab.Signals.Tests;

/// <summary>Locates the shared real EMG recordings (BioSPPy, BSD licence), used in place and never copied.</summary>
public static class SharedEmg
{
    /// <summary>The folder holding the recordings: <c>GLUTELAB_EMG_DIR</c>, else <c>../shared/emg</c> from the repository root; null when absent.</summary>
    public static string? Directory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("GLUTELAB_EMG_DIR");
        if (!string.IsNullOrEmpty(fromEnv)) return System.IO.Directory.Exists(fromEnv) ? fromEnv : null;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "GluteLab.slnx"))) dir = dir.Parent;
        if (dir is null) return null;
        var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "emg"));
        return System.IO.Directory.Exists(shared) ? shared : null;
    }

    /// <summary>Full path of a shared recording, or null (with a message on the console) when absent.</summary>
    public static string? File(string name)
    {
        var dir = Directory();
        var path = dir is null ? null : Path.Combine(dir, name);
        if (path is null || !System.IO.File.Exists(path))
        {
            Console.WriteLine($"skipped: shared EMG recording {name} not found (set GLUTELAB_EMG_DIR or place ../shared/emg next to the repository).");
            return null;
        }
        return path;
    }
}
