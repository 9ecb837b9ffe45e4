using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/GluteLab.Benchmarks -- --filter '*Recruitment*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
