using BenchmarkDotNet.Running;
using GluteLab.Benchmarks;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/GluteLab.Benchmarks -- --filter '*Recruitment*'
// `emg-throughput FILE CHANNELS RATE REPEATS` times the EMG pipeline on a raw little-endian float64 file
// (channel-major), for bench/compare-scipy-emg.sh.
if (args.Length > 0 && args[0] == "emg-throughput")
{
    return EmgThroughput.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
