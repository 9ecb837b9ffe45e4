using System.CommandLine;
using GluteLab.Anatomy;
using GluteLab.Cli.Output;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tasks;
using Spectre.Console;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab demo</c>: the main job on the bundled defaults: a healthy person against the same person with an
/// inhibited gluteus maximus (neural capacity 0.3 on both sides), and with tight hip flexors as well (Lower Crossed
/// Syndrome), across a handful of exercises, as one table; then the heaviest bar each can use in three loaded
/// exercises (<see cref="WeightLoadLimit"/>) and what gives out just above it.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The exercises the demo compares.</summary>
    public static readonly string[] Exercises =
        ["prone-hip-extension", "bridge", "squat", "forward-step-up", "single-leg-squat", "lateral-band-walk", "walking"];

    /// <summary>The loaded exercises whose heaviest weight the demo compares.</summary>
    public static readonly string[] LoadedExercises = ["hip-thrust", "back-squat", "deadlift"];

    /// <summary>The inhibited gluteus maximus capacity of the demo.</summary>
    public const double InhibitedCapacity = 0.3;

    /// <summary>The hip-flexor tightness of the demo's third person (resting length shortened by this fraction).</summary>
    public const double HipFlexorTightness = 0.3;

    public static Command Create()
    {
        var command = new Command("demo", "Healthy vs inhibited gluteus maximus across several exercises (bundled defaults).");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var console = Terminal.For(output);
            var body = Body.LoadBundled();
            var library = ExerciseLibrary.LoadBundled();
            var healthy = Person.Default;
            var inhibited = healthy with
            {
                Condition = Condition.Healthy
                    .WithCapacity(MuscleGroup.GluteusMaximus, Side.Left, InhibitedCapacity)
                    .WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, InhibitedCapacity),
            };
            var crossed = inhibited with
            {
                Condition = inhibited.Condition
                    .WithHipFlexorTightness(Side.Left, HipFlexorTightness).WithHipFlexorTightness(Side.Right, HipFlexorTightness),
            };
            var people = new (string Label, ExerciseSimulator Simulator)[]
            {
                ("healthy", new ExerciseSimulator(body, healthy)),
                ($"GMax {InhibitedCapacity}", new ExerciseSimulator(body, inhibited)),
                ($"GMax {InhibitedCapacity} + tight hip flexors", new ExerciseSimulator(body, crossed)),
            };

            console.MarkupLine($"[bold]GluteLab demo[/]: {healthy.Anthropometry.MassKilograms:0} kg, {healthy.Anthropometry.HeightMeters:0.000} m; " +
                $"healthy vs gluteus maximus neural capacity {InhibitedCapacity} (both sides), and with hip flexors {HipFlexorTightness:P0} short as well. Working side shown.");
            var table = new Table().Border(TableBorder.Rounded).AddColumn("exercise").AddColumn("person")
                .AddColumn(new TableColumn("GMax act.").RightAligned()).AddColumn(new TableColumn("GMax share").RightAligned())
                .AddColumn(new TableColumn("hamstrings share").RightAligned()).AddColumn(new TableColumn("hamstring N").RightAligned())
                .AddColumn(new TableColumn("vasti act.").RightAligned()).AddColumn(new TableColumn("ES act.").RightAligned())
                .AddColumn(new TableColumn("L4/L5 N").RightAligned()).AddColumn(new TableColumn("knee/hip").RightAligned())
                .AddColumn("strategy");
            var index = 0;
            var steps = Exercises.Length + LoadedExercises.Length;
            foreach (var id in Exercises)
            {
                index++;
                parse.InvocationConfiguration.Error.Write($"\rsimulating {index}/{steps}: {id,-24}");
                var exercise = library.Get(id);
                foreach (var (label, simulator) in people) AddRow(table, exercise, label, simulator.Run(exercise));
            }

            // The heaviest bar each person can use, and what gives out just above it.
            var loads = new Table().Border(TableBorder.Rounded).AddColumn("exercise").AddColumn("person")
                .AddColumn(new TableColumn("heaviest kg").RightAligned()).AddColumn("what gives out just above it");
            foreach (var id in LoadedExercises)
            {
                index++;
                parse.InvocationConfiguration.Error.Write($"\rsimulating {index}/{steps}: {id} (heaviest weight){"",-8}");
                var exercise = library.Get(id);
                foreach (var (label, simulator) in people) AddLoadRow(loads, exercise, label, WeightLoadLimit.Find(simulator, exercise));
            }
            parse.InvocationConfiguration.Error.Write("\r" + new string(' ', 60) + "\r");
            console.Write(table);
            console.WriteLine("act. = mean activation (0–1); share = share of the working hip's extension moment; ES = erector spinae; " +
                "knee/hip = peak knee over peak hip extensor moment.");
            console.Write(loads);
            console.WriteLine("heaviest kg = the heaviest bar (or pair of dumbbells) with which every frame can still be done (the model's 1RM).");
            console.WriteLine("Try: ./glutelab recruit --exercise bridge --capacity gluteus_maximus=0.3   |   ./glutelab exercises");
            return 0;
        });
        return command;
    }

    private static void AddLoadRow(Table table, Exercise exercise, string person, WeightLoadLimit limit)
    {
        var above = limit.JustAbove?.Shortfalls.FirstOrDefault(); // largest missing moment first
        var what = above is null
            ? "nothing up to 5 × body mass"
            : $"{above.Coordinate.ToId()} {above.Direction} ({string.Join(", ", above.Limiting.Select(m => m.Group.ToId()).Distinct().Take(3))})";
        table.AddRow(exercise.Id, person, $"{limit.Kilograms:0}", Markup.Escape(what));
    }

    private static void AddRow(Table table, Exercise exercise, string person, ExerciseOutcome outcome)
    {
        if (!outcome.Converged)
        {
            table.AddRow(exercise.Id, person, "[red]cannot be done[/]", Markup.Escape(outcome.Infeasibility?.Describe() ?? ""), "", "", "", "", "", "", "");
            return;
        }
        var side = outcome.WorkingSide;
        var share = outcome.HipExtensionShare;
        table.AddRow(
            exercise.Id, person,
            $"{outcome.Group(MuscleGroup.GluteusMaximus, side).MeanActivation:0.00}",
            $"{share.GluteusMaximus:P0}", $"{share.Hamstrings:P0}", $"{outcome.PeakHamstringForceNewtons:0}",
            $"{outcome.Group(MuscleGroup.Vasti, side).MeanActivation:0.00}",
            $"{outcome.Group(MuscleGroup.ErectorSpinae, side).MeanActivation:0.00}",
            $"{outcome.PeakLumbarCompressionNewtons:0}",
            outcome.KneeToHipExtensionMomentRatio is { } r ? $"{r:0.00}" : "–",
            Markup.Escape(outcome.Strategy.Name));
    }
}
