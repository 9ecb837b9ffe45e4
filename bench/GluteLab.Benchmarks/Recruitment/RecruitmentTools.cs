using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GluteLab.Cli.Export;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Benchmarks.Recruitment;

/// <summary>
/// Command-line helpers of the benchmark executable for the SciPy comparison (bench/compare-scipy.sh):
/// <c>export-random FILE [--frames N] [--seed S] [--exponent P]</c> writes synthetic frames, solved, in the problem
/// export format; <c>time-problems FILE [--repeat N]</c> solves every frame of a file and prints one JSON line per frame
/// with the solution and the time per solve (µs, cold and warm-started from the previous frame; smallest batch mean).
/// </summary>
public static class RecruitmentTools
{
    /// <summary>Runs the tool named by args[0] if it is one of these; returns null otherwise.</summary>
    public static int? TryRun(string[] args, TextWriter output)
    {
        if (args.Length == 0) return null;
        return args[0] switch
        {
            "export-random" => ExportRandom(args, output),
            "time-problems" => TimeProblems(args, output),
            _ => null,
        };
    }

    private static int ExportRandom(string[] args, TextWriter output)
    {
        if (args.Length < 2) return Usage(output);
        var file = args[1];
        var frameCount = (int)Option(args, "--frames", 50);
        var seed = (int)Option(args, "--seed", 1);
        var exponent = Option(args, "--exponent", 2);
        var weighted = args.Contains("--weighted");
        var frames = SyntheticBilateralFrames.Movement(seed, frameCount, exponent, weighted);
        var solver = new StaticOptimizationSolver(SyntheticBilateralFrames.Coordinates.Length, SyntheticBilateralFrames.MuscleCount);
        var exported = ImmutableArray.CreateBuilder<ExportedFrame>(frames.Count);
        var activations = new double[SyntheticBilateralFrames.MuscleCount];
        foreach (var frame in frames)
        {
            var problem = frame.Problem;
            var solution = solver.Solve(problem, activations);
            exported.Add(ExportedFrame.FromSolved(frame.TimeSeconds, SyntheticBilateralFrames.Coordinates, SyntheticBilateralFrames.Muscles,
                problem, activations, solution));
        }
        var export = new ProblemExport(exported.MoveToImmutable(),
            $"synthetic bilateral frames: seed {seed}, {frameCount} frames, p = {exponent.ToString(CultureInfo.InvariantCulture)}{(weighted ? ", weighted" : "")}");
        var temporary = file + ".tmp";
        using (var stream = File.Create(temporary)) ProblemExportJson.Write(export, stream);
        File.Move(temporary, file, overwrite: true);
        output.WriteLine($"wrote {frameCount} frames to {file}");
        return 0;
    }

    private static int TimeProblems(string[] args, TextWriter output)
    {
        if (args.Length < 2) return Usage(output);
        var repeat = (int)Option(args, "--repeat", 2000);
        ProblemExport export;
        using (var stream = File.OpenRead(args[1])) export = ProblemExportJson.Read(stream);
        StaticOptimizationSolver? solver = null;
        double[] previous = [];
        for (var f = 0; f < export.Frames.Length; f++)
        {
            var frame = export.Frames[f];
            var (m, n) = (frame.CoordinateNames.Length, frame.MuscleNames.Length);
            var sameShape = solver is not null && solver.CoordinateCount == m && solver.MuscleCount == n;
            if (!sameShape) solver = new StaticOptimizationSolver(m, n);
            var activations = new double[n];
            var multipliers = new double[m];
            var solution = solver!.Solve(frame.ToProblem(), activations, multipliers, warmStart: false);
            var cold = Time(repeat, () => solver.Solve(frame.ToProblem(), activations), f == 0 ? 0.5 : 0.02);
            double? warm = null;
            if (sameShape && previous.Length == m && f > 0)
            {
                var start = new double[m];
                warm = Time(repeat, () =>
                {
                    previous.CopyTo(start, 0);
                    solver.Solve(frame.ToProblem(), activations, start, warmStart: true);
                }, 0.02);
            }
            solver.Solve(frame.ToProblem(), activations); // leave the cold answer in activations
            previous = multipliers;
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["frame"] = f,
                ["time_s"] = frame.TimeSeconds,
                ["status"] = ProblemExportJson.StatusName(solution.Status),
                ["iterations"] = solution.Iterations,
                ["cost"] = solution.Cost,
                ["max_residual_nm"] = solution.MaxResidualNewtonMetres,
                ["us_cold"] = cold,
                ["us_warm"] = warm,
                ["activations"] = activations,
            }));
        }
        return 0;
    }

    /// <summary>
    /// Wall time of one call in µs: the smallest mean over 10 batches of <paramref name="repeat"/>/10 calls, after a
    /// warm-up (0.5 s before the first frame, so that tiered JIT reaches optimised code; 0.02 s before the others). The minimum batch discards preemption by other
    /// processes on a shared machine.
    /// </summary>
    private static double Time(int repeat, Action solve, double warmUpSeconds)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < warmUpSeconds) solve();
        var batch = Math.Max(1, repeat / 10);
        var best = double.PositiveInfinity;
        for (var b = 0; b < 10; b++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < batch; i++) solve();
            best = Math.Min(best, watch.Elapsed.TotalMicroseconds / batch);
        }
        return best;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: export-random FILE [--frames N] [--seed S] [--exponent P] [--weighted]");
        output.WriteLine("       time-problems FILE [--repeat N]");
        return 2;
    }
}
