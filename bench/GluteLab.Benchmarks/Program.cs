using BenchmarkDotNet.Running;
using GluteLab.Benchmarks.Recruitment;

// Helper tools for bench/compare-scipy.sh run first (export-random, time-problems); otherwise runs the benchmarks
// named on the command line, e.g.
//   dotnet run -c Release --project bench/GluteLab.Benchmarks -- --filter '*Recruitment*'
if (RecruitmentTools.TryRun(args, Console.Out) is { } exitCode) return exitCode;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
