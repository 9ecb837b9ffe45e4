using System.CommandLine;
using GluteLab.Anatomy;
using GluteLab.Cli.Arguments;
using GluteLab.Cli.Output;
using GluteLab.Cli.Synthesis;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tasks;
using GluteLab.Signals.C3d;
using GluteLab.Signals.Synthesis;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab emg synth --exercise ID [person options] [--seed N] [--snr DB] --out FILE.c3d [--mvic-out FILE.c3d]</c>:
/// simulates the exercise and writes the surface EMG and pelvis markers it implies as a C3D file.
/// Exit codes: 0 done, 2 bad arguments, 3 the exercise cannot be done by this person.
/// </summary>
internal static class EmgSynthCommand
{
    /// <summary>Length of the synthetic MVIC contraction, s.</summary>
    public const double MvicSeconds = 3.0;

    public static Command Create()
    {
        var simulation = new SimulationArguments();
        var seed = new Option<int>("--seed") { Description = "Seed of the noise (default 1); the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var snr = new Option<double>("--snr") { Description = "EMG RMS at full activation over baseline noise RMS, dB (default 40).", DefaultValueFactory = _ => 40 };
        var rate = new Option<double>("--rate") { Description = "EMG sampling rate, Hz (default 2000; a multiple of 100).", DefaultValueFactory = _ => 2000 };
        var output = new Option<string>("--out") { Description = "C3D file to write.", Required = true };
        var mvicOut = new Option<string?>("--mvic-out") { Description = $"Also write an MVIC reference C3D: the same channels held for {MvicSeconds} s." };
        var mvicDrive = new Option<string>("--mvic-drive") { Description = "Activation of the MVIC reference: full (1, default) or capacity (each group's neural capacity: an inhibited muscle's MVIC is depressed too).", DefaultValueFactory = _ => "full" };

        var command = new Command("synth", "Synthetic surface EMG and pelvis markers (C3D) from a simulated exercise.");
        simulation.AddTo(command);
        foreach (var option in new Option[] { seed, snr, rate, output, mvicOut, mvicDrive }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var (chosen, workingSide, person) = simulation.Resolve(parse);
            var options = new SynthesisOptions(RateHz: parse.GetValue(rate), SnrDecibels: parse.GetValue(snr), Seed: parse.GetValue(seed));
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliException(e.ParamName switch
                {
                    nameof(SynthesisOptions.SnrDecibels) => $"--snr: {options.SnrDecibels} dB is out of range [-20, 120].",
                    _ => $"--rate: {options.RateHz} Hz should be in [1000, 100000] and a multiple of {options.PointRateHz} Hz.",
                });
            }
            var drive = (parse.GetValue(mvicDrive) ?? "full").Trim().ToLowerInvariant();
            if (drive is not ("full" or "capacity")) throw new CliException($"--mvic-drive: '{drive}' should be full or capacity.");
            var outPath = parse.GetValue(output)!;
            var mvicPath = parse.GetValue(mvicOut);

            var simulator = new ExerciseSimulator(Body.LoadBundled(), person);
            var outcome = simulator.Run(chosen, workingSide);
            if (outcome.Infeasibility is { } infeasible)
            {
                throw new CliException($"{chosen.Id}: the task cannot be done: {infeasible.Describe()}", RecruitCommand.Infeasible);
            }
            var sites = OutcomeActivations.From(outcome, simulator);
            var pelvis = OutcomeActivations.Pelvis(outcome);
            var trial = EmgSynthesizer.Synthesize(sites, options, pelvis, movementOnsetSeconds: OutcomeActivations.LiftOffSeconds);
            var trialFile = trial.ToC3d();
            C3dFile? mvicFile = null;
            if (mvicPath is not null)
            {
                var mvic = EmgSynthesizer.Synthesize(OutcomeActivations.Mvic(sites, MvicSeconds, drive == "capacity" ? person.Condition.NeuralCapacity : null), options with { Seed = unchecked(options.Seed + 7919) });
                mvicFile = mvic.ToC3d();
            }
            AtomicFile.Write(outPath, s => C3dWriter.Write(trialFile, s));
            if (mvicPath is not null) AtomicFile.Write(mvicPath, s => C3dWriter.Write(mvicFile!, s));
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"{outPath}: {chosen.Id}, working side {outcome.WorkingSide.ToId()}, {sites.Count} EMG channels at {options.RateHz:0} Hz, " +
                $"pelvis markers at {options.PointRateHz:0} Hz, movement {trial.MovementOnsetSeconds:0.###}–{trial.MovementEndSeconds:0.###} s (events movement_onset, movement_end).");
            if (mvicPath is not null) o.WriteLine($"{mvicPath}: MVIC reference, the same channels at {(drive == "full" ? "full activation" : "each group's neural capacity")} for {MvicSeconds} s.");
            return 0;
        });
        return command;
    }
}
