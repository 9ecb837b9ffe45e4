using BenchmarkDotNet.Running;
using GluteLab.Benchmarks;
using GluteLab.Benchmarks.Recruitment;

// Helper tools for the SciPy comparison scripts run first; otherwise runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/GluteLab.Benchmarks -- --filter '*Recruitment*'
// bench/compare-scipy.sh: `export-random`, `time-problems` (see RecruitmentTools).
if (RecruitmentTools.TryRun(args, Console.Out) is { } exitCode) return exitCode;
// bench/compare-scipy-emg.sh: `emg-throughput FILE CHANNELS RATE REPEATS` times the EMG pipeline on a raw
// little-endian float64 file (channel-major).
if (args.Length > 0 && args[0] == "emg-throughput")
{
    return EmgThroughput.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
