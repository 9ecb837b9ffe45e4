namespace GluteLab.Signals.Tests.C3d;

/// <summary>
/// Locates the public sample C3D files (GPL-3.0, kept outside the repository): <c>GLUTELAB_C3D_DIR</c> if set,
/// otherwise <c>shared/c3d</c> beside the repository root or one of its parents. Tests return early when absent.
/// </summary>
internal static class SampleFiles
{
    public static string? Directory { get; } = Locate();

    public static string? PathOf(string name)
    {
        if (Directory is null) return null;
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? path : null;
    }

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GLUTELAB_C3D_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "c3d");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
