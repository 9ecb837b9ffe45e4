using System.CommandLine;
using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Cli.Arguments;

/// <summary>
/// The options every simulating command shares (<c>--exercise</c>, <c>--side</c> and the person: <c>--mass</c>,
/// <c>--height</c>, <c>--sex</c>, <c>--pelvic-tilt</c>, <c>--capacity</c>, <c>--strength</c>,
/// <c>--hip-flexor-tightness</c>), and their validation into an exercise, a working side and a person.
/// </summary>
internal sealed class SimulationArguments
{
    private readonly Option<string> _exercise = new("--exercise") { Description = "Exercise id (see 'glutelab exercises').", Required = true };
    private readonly Option<string?> _side = new("--side") { Description = "Working side: left or right (default: the exercise's own)." };
    private readonly Option<double?> _mass = new("--mass") { Description = "Body mass, kg (default 73)." };
    private readonly Option<double?> _height = new("--height") { Description = "Stature, m (default 1.741)." };
    private readonly Option<string?> _sex = new("--sex") { Description = "de Leva segment table: male (default) or female." };
    private readonly Option<double?> _tilt = new("--pelvic-tilt") { Description = $"Standing anterior pelvic tilt, degrees (default {Condition.ReferencePelvicTiltDegrees})." };
    private readonly Option<string?> _capacity = new("--capacity") { Description = "Neural capacity, GROUP=F[,GROUP:left=F…], F in [0, 1]; the working side unless a side is named." };
    private readonly Option<string?> _strength = new("--strength") { Description = "Strength factor, GROUP=F[,…], F in (0, 3]; the working side unless a side is named." };
    private readonly Option<double?> _tightness = new("--hip-flexor-tightness") { Description = "Hip-flexor resting-length shortening, fraction in [0, 0.3], both sides." };
    private readonly Option<double?> _load = new("--load") { Description = "External weight (bar or dumbbells together), kg, for exercises that carry one (default: the exercise's own, a fraction of body mass)." };

    private readonly bool _withLoad;

    /// <param name="withLoad">Offer <c>--load</c> (a command that searches the weight itself does not).</param>
    public SimulationArguments(bool withLoad = true) => _withLoad = withLoad;

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _exercise, _side, _mass, _height, _sex, _tilt, _capacity, _strength, _tightness })
        {
            command.Options.Add(option);
        }
        if (_withLoad) command.Options.Add(_load);
    }

    /// <summary>The exercise, the working side named (null = the exercise's own) and the person.</summary>
    /// <exception cref="CliException">An unknown exercise (with the nearest id), side or group, or a value out of range.</exception>
    public (Exercise Exercise, Side? WorkingSide, Person Person) Resolve(ParseResult parse)
    {
        var library = ExerciseLibrary.LoadBundled();
        var id = parse.GetValue(_exercise)!;
        if (!library.TryGet(id, out var exercise))
        {
            throw new CliException($"--exercise: unknown exercise '{id}'. Did you mean '{NearestName.Find(id, library.Ids)}'?");
        }
        Side? workingSide = null;
        if (parse.GetValue(_side) is { } sideText)
        {
            if (!Sides.TryParse(sideText, out var parsedSide)) throw new CliException($"--side: '{sideText}' should be left or right.");
            workingSide = parsedSide;
        }
        var person = PersonArguments.Build(
            parse.GetValue(_mass), parse.GetValue(_height), parse.GetValue(_sex), parse.GetValue(_tilt),
            parse.GetValue(_capacity), parse.GetValue(_strength), parse.GetValue(_tightness), workingSide ?? exercise.WorkingSide);
        if (_withLoad && parse.GetValue(_load) is { } kilograms) exercise = WithLoad(exercise, kilograms, person.Anthropometry.MassKilograms);
        return (exercise, workingSide, person);
    }

    /// <summary>Rejects, naming <paramref name="option"/>, an exercise done with body weight or a band only.</summary>
    /// <exception cref="CliException">The exercise carries no external weight.</exception>
    public static void RequireExternalWeight(Exercise exercise, string option)
    {
        if (!(exercise.TotalWeightLoadBodyWeights > 0))
        {
            throw new CliException($"{option}: exercise '{exercise.Id}' carries no external weight (it is done with body weight or a band).");
        }
    }

    private static Exercise WithLoad(Exercise exercise, double kilograms, double bodyMassKilograms)
    {
        if (!double.IsFinite(kilograms) || kilograms < 0) throw new CliException($"--load: {kilograms} should be a mass in kg, 0 or more.");
        RequireExternalWeight(exercise, "--load");
        var fraction = kilograms / bodyMassKilograms;
        if (fraction > 5) throw new CliException($"--load: {kilograms} kg is more than 5 × the body mass of {bodyMassKilograms} kg.");
        return exercise.WithTotalWeightLoad(fraction);
    }
}
