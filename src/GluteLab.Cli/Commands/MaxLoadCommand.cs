using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GluteLab.Anatomy;
using GluteLab.Cli.Arguments;
using GluteLab.Cli.Output;
using GluteLab.Mechanics.Simulation;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab max-load</c>: the heaviest external weight with which a person's muscles can still do every frame of an
/// exercise (the model's one-repetition maximum for that technique), and what gives out first above it.
/// Exit codes: 0 done, 2 bad arguments (including an exercise without an external weight), 3 the exercise cannot be
/// done even without weight.
/// </summary>
internal static class MaxLoadCommand
{
    public static Command Create()
    {
        var simulation = new SimulationArguments(withLoad: false);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var plot = new Option<string?>("--plot") { Description = "Write a PNG of the working side's group activations as the weight rises from none to the heaviest." };
        var command = new Command("max-load", "The heaviest bar or dumbbells a person can use in an exercise, and what limits it.");
        simulation.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(plot);
        command.SetAction(parse =>
        {
            var (exercise, workingSide, person) = simulation.Resolve(parse);
            SimulationArguments.RequireExternalWeight(exercise, "--exercise");
            var simulator = new ExerciseSimulator(Body.LoadBundled(), person);
            var limit = WeightLoadLimit.Find(simulator, exercise, workingSide);
            if (limit.AtLimit.Infeasibility is { } none)
            {
                throw new CliException($"{exercise.Id}: the task cannot be done even without weight: {none.Describe()}", RecruitCommand.Infeasible);
            }
            if (parse.GetValue(plot) is { } plotPath)
            {
                var png = LoadActivationPlot.Render(limit, LoadActivationPlot.Sweep(simulator, exercise, limit));
                AtomicFile.Write(plotPath, s => s.Write(png));
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) WriteJson(output, limit);
            else WriteText(output, limit);
            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter output, WeightLoadLimit limit)
    {
        var outcome = limit.AtLimit;
        var mass = outcome.Person.Anthropometry.MassKilograms;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Exercise.Name} ({outcome.Exercise.Id}), working side {outcome.WorkingSide.ToId()}: heaviest external weight {limit.Kilograms:0.#} kg " +
            $"({limit.BodyWeights:0.###} × body mass of {mass:0.#} kg), strategy {outcome.Strategy.Name}."));
        output.WriteLine(limit.JustAbove is { } above
            ? "Above it: " + above.Describe()
            : string.Create(CultureInfo.InvariantCulture, $"Still feasible at the search's upper end ({WeightLoadLimit.MaxBodyWeights} × body mass)."));
    }

    private static void WriteJson(TextWriter output, WeightLoadLimit limit)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("exercise", limit.AtLimit.Exercise.Id);
            json.WriteString("side", limit.AtLimit.WorkingSide.ToId());
            json.WriteNumber("maxExternalLoadKilograms", limit.Kilograms);
            json.WriteNumber("maxExternalLoadBodyWeights", limit.BodyWeights);
            json.WriteNumber("resolutionBodyWeights", WeightLoadLimit.ResolutionBodyWeights);
            json.WriteString("strategy", limit.AtLimit.Strategy.Name);
            if (limit.JustAbove is { } above)
            {
                json.WriteStartObject("limitedBy");
                json.WriteNumber("timeSeconds", above.TimeSeconds);
                json.WriteString("description", above.Describe());
                json.WriteStartArray("shortfalls");
                foreach (var s in above.Shortfalls)
                {
                    json.WriteStartObject();
                    json.WriteString("coordinate", s.Coordinate.ToId());
                    json.WriteNumber("requiredNewtonMeters", s.RequiredNewtonMeters);
                    json.WriteNumber("missingNewtonMeters", s.MissingNewtonMeters);
                    json.WriteStartArray("limitingMuscles");
                    foreach (var m in s.Limiting) json.WriteStringValue(m.Name);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else json.WriteNull("limitedBy");
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
