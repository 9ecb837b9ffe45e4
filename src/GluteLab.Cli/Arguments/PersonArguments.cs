using GluteLab.Anatomy;
using GluteLab.Mechanics.People;

namespace GluteLab.Cli.Arguments;

/// <summary>Builds a <see cref="Person"/> from command-line values, rejecting each bad value with a message naming its option.</summary>
public static class PersonArguments
{
    /// <summary>Validates the options and builds the person.</summary>
    /// <exception cref="CliException">A value is NaN, out of range or malformed.</exception>
    public static Person Build(double? massKilograms, double? heightMeters, string? sex, double? pelvicTiltDegrees,
        string? capacity, string? strength, double? hipFlexorTightness, Side workingSide)
    {
        var defaults = Anthropometry.Default;
        var mass = Check("--mass", massKilograms ?? defaults.MassKilograms, Anthropometry.MinMassKilograms, Anthropometry.MaxMassKilograms, "kg");
        var height = Check("--height", heightMeters ?? defaults.HeightMeters, Anthropometry.MinHeightMeters, Anthropometry.MaxHeightMeters, "m");
        var table = (sex ?? "male").Trim().ToLowerInvariant() switch
        {
            "male" or "m" => BodyTableSex.Male,
            "female" or "f" => BodyTableSex.Female,
            _ => throw new CliException($"--sex: '{sex}' should be male or female."),
        };
        var condition = Condition.Healthy;
        if (pelvicTiltDegrees is { } tilt) condition = condition.WithPelvicTiltDegrees(Check("--pelvic-tilt", tilt, -10, 40, "degrees"));
        if (hipFlexorTightness is { } tight)
        {
            Check("--hip-flexor-tightness", tight, 0, Condition.MaxHipFlexorTightness, "");
            condition = condition.WithHipFlexorTightness(Side.Left, tight).WithHipFlexorTightness(Side.Right, tight);
        }
        if (capacity is not null)
        {
            foreach (var entry in GroupFactorArgument.ParseList("--capacity", capacity, 0, 1))
            {
                condition = condition.WithCapacity(entry.Group, entry.Side ?? workingSide, entry.Value);
            }
        }
        if (strength is not null)
        {
            foreach (var entry in GroupFactorArgument.ParseList("--strength", strength, 0, 3))
            {
                if (entry.Value <= 0) throw new CliException($"--strength: {entry.Group.ToId()} must be > 0.");
                condition = condition.WithStrength(entry.Group, entry.Side ?? workingSide, entry.Value);
            }
        }
        return new Person(new Anthropometry(mass, height, table), condition);
    }

    private static double Check(string option, double value, double min, double max, string unit)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new CliException(FormattableString.Invariant($"{option}: {value} is out of range [{min}, {max}]{(unit.Length > 0 ? " " + unit : "")}."));
        }
        return value;
    }
}
