using System.CommandLine;
using System.Text.Json;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Cli;

/// <summary>
/// <c>glutelab exercises [--json]</c>: the bundled exercise library. With <c>--json</c>, a JSON array of
/// <c>{ "id", "name", "description" }</c> objects sorted by id (a contract other tools rely on); otherwise a table.
/// </summary>
internal static class ExercisesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of { id, name, description }." };
        var command = new Command("exercises", "List the bundled exercises and tasks.") { json };
        command.SetAction(parse =>
        {
            ExerciseLibrary library;
            try
            {
                library = ExerciseLibrary.LoadBundled();
            }
            catch (ExerciseFormatException e)
            {
                throw new CliException("bundled exercise library is invalid: " + e.Message);
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ToJson(library));
                return 0;
            }
            var idWidth = library.Ids.Max(i => i.Length);
            var nameWidth = library.All.Max(e => e.Name.Length);
            output.WriteLine($"{"id".PadRight(idWidth)}  {"name".PadRight(nameWidth)}  {"strategies",-13}  dynamics");
            foreach (var e in library.All)
            {
                var strategies = e.StrategyFamily switch
                {
                    MovementStrategyFamily.TrunkLean => "trunk lean",
                    MovementStrategyFamily.LumbarPelvic => "lumbar-pelvic",
                    _ => "-",
                };
                var dynamics = e.Dynamics == TaskDynamicsMode.Inertial ? "inertial" : "quasi-static";
                output.WriteLine($"{e.Id.PadRight(idWidth)}  {e.Name.PadRight(nameWidth)}  {strategies,-13}  {dynamics}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>The JSON contract: an array of objects with exactly the keys id, name, description.</summary>
    internal static string ToJson(ExerciseLibrary library)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var e in library.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", e.Id);
                writer.WriteString("name", e.Name);
                writer.WriteString("description", e.Description);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
