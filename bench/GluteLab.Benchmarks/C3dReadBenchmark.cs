using BenchmarkDotNet.Attributes;
using GluteLab.Signals.C3d;

namespace GluteLab.Benchmarks;

/// <summary>
/// Reads Vicon.c3d (2.2 MB: 51 markers × 580 frames, 38 analog channels × 11600 samples, float storage) from memory.
/// The file is the public ezc3d sample (GPL-3.0, not in the repository): set GLUTELAB_C3D_DIR or keep shared/c3d
/// beside the repository. Run:
///   dotnet run -c Release --project bench/GluteLab.Benchmarks -- --filter '*C3dRead*' --job short
/// </summary>
[MemoryDiagnoser]
public class C3dReadBenchmark
{
    private byte[] _vicon = [];
    private byte[] _viconDec = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Locate("Vicon.c3d") ?? throw new FileNotFoundException("Vicon.c3d not found; set GLUTELAB_C3D_DIR to the folder holding the sample C3D files.");
        _vicon = File.ReadAllBytes(path);
        _viconDec = C3dWriter.ToBytes(C3dReader.Read(_vicon).File, new C3dWriteOptions(C3dProcessor.Dec));
    }

    /// <summary>Intel float file: the common case.</summary>
    [Benchmark(Baseline = true)]
    public C3dFile ReadVicon() => C3dReader.Read(_vicon).File;

    /// <summary>The same data as DEC floats (per-value conversion instead of a block copy).</summary>
    [Benchmark]
    public C3dFile ReadViconDec() => C3dReader.Read(_viconDec).File;

    /// <summary>Reading plus extracting one EMG channel in physical units.</summary>
    [Benchmark]
    public double[] ReadViconEmgChannel() => C3dReader.Read(_vicon).File.AnalogChannel("Delt_ant.EMG1").Values;

    private static string? Locate(string name)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GLUTELAB_C3D_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return File.Exists(Path.Combine(fromEnvironment, name)) ? Path.Combine(fromEnvironment, name) : null;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "c3d", name);
            if (File.Exists(candidate)) return candidate;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "c3d", name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
