using System.CommandLine;
using GluteLab.Anatomy;
using GluteLab.Cli.Arguments;
using GluteLab.Cli.Export;
using GluteLab.Cli.Output;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab recruit</c>: which muscles do an exercise, for a person with a given condition.
/// Exit codes: 0 done, 2 bad arguments, 3 the task cannot be done (a frame is infeasible).
/// </summary>
internal static class RecruitCommand
{
    /// <summary>Exit code for an exercise the person's muscles cannot perform.</summary>
    public const int Infeasible = 3;

    public static Command Create()
    {
        var simulation = new SimulationArguments();
        var strategy = new Option<string?>("--strategy") { Description = "Movement strategy: choose (least effort, default), nominal, trunk-lean:DEG or lumbar-share:S." };
        var exponent = new Option<int?>("--exponent") { Description = "Activation exponent of the cost: 2 (default) or 3." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var sto = new Option<string?>("--sto") { Description = "Write activations and forces over time as an OpenSim Storage file." };
        var plot = new Option<string?>("--plot") { Description = "Write a PNG of the working side's group activations over time." };
        var export = new Option<string?>("--export-problems") { Description = "Write every frame's optimisation problem and our solution as JSON." };

        var command = new Command("recruit", "Which muscles do an exercise, and what substitutes when the glutes can't.");
        simulation.AddTo(command);
        foreach (var option in new Option[] { strategy, exponent, json, sto, export, plot }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (chosen, workingSide, person) = simulation.Resolve(parse);
            var p = parse.GetValue(exponent) ?? 2;
            if (p is not (2 or 3)) throw new CliException($"--exponent: {p} should be 2 or 3.");

            var simulator = new ExerciseSimulator(Body.LoadBundled(), person, RecruitmentOptions.Default with { Exponent = p, FixedStrategy = StrategyArgument.Parse(parse.GetValue(strategy), chosen) });
            var exportPath = parse.GetValue(export);
            var outcome = simulator.Run(chosen, workingSide, keepProblems: exportPath is not null);
            if (outcome.Infeasibility is { } infeasible)
            {
                throw new CliException($"{chosen.Id}: the task cannot be done: {infeasible.Describe()}", Infeasible);
            }
            if (parse.GetValue(plot) is { } plotPath)
            {
                var png = OutcomePlot.Render(outcome);
                AtomicFile.Write(plotPath, s => s.Write(png));
            }
            if (parse.GetValue(sto) is { } stoPath) AtomicFile.WriteText(stoPath, w => OutcomeStorage.Write(w, outcome));
            if (exportPath is not null)
            {
                var problems = new ProblemExport([.. outcome.Recruitment.Problems!], $"glutelab recruit --exercise {chosen.Id} --side {outcome.WorkingSide.ToId()}");
                AtomicFile.Write(exportPath, s => ProblemExportJson.Write(problems, s));
            }
            if (parse.GetValue(json)) OutcomeJson.Write(output, outcome);
            else OutcomeTable.Write(output, outcome);
            return 0;
        });
        return command;
    }
}
