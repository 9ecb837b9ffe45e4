using System.Globalization;
using GluteLab.Anatomy;

namespace GluteLab.Cli.Arguments;

/// <summary>One entry of a <c>GROUP[:side]=F</c> list, e.g. <c>gluteus_maximus=0.3</c> or <c>hamstrings:left=0.8</c>.</summary>
/// <param name="Group">The muscle group.</param>
/// <param name="Side">The side named, or null for "the working side".</param>
/// <param name="Value">The factor.</param>
public readonly record struct GroupFactorArgument(MuscleGroup Group, Side? Side, double Value)
{
    /// <summary>
    /// Parses a comma-separated list such as <c>gluteus_maximus=0.3,hamstrings:left=0.8</c>.
    /// </summary>
    /// <param name="option">The option's name, for messages (e.g. <c>--capacity</c>).</param>
    /// <param name="text">The list.</param>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    /// <exception cref="CliException">An entry is malformed, names an unknown group or side, or its value is NaN or out of range.</exception>
    public static IReadOnlyList<GroupFactorArgument> ParseList(string option, string text, double min, double max)
    {
        var entries = new List<GroupFactorArgument>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = raw.IndexOf('=');
            if (equals <= 0 || equals == raw.Length - 1)
            {
                throw new CliException($"{option}: '{raw}' should look like GROUP=F or GROUP:left=F.");
            }
            var key = raw[..equals].Trim();
            var valueText = raw[(equals + 1)..].Trim();
            Side? side = null;
            var colon = key.IndexOf(':');
            if (colon >= 0)
            {
                var sideText = key[(colon + 1)..];
                if (!Sides.TryParse(sideText, out var parsedSide))
                {
                    throw new CliException($"{option}: unknown side '{sideText}' in '{raw}' (use left or right).");
                }
                side = parsedSide;
                key = key[..colon];
            }
            if (!MuscleGroups.TryParse(key, out var group))
            {
                throw new CliException($"{option}: unknown muscle group '{key}'. Did you mean '{MuscleGroups.Nearest(key)}'?");
            }
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CliException($"{option}: '{valueText}' for {group.ToId()} is not a number.");
            }
            if (value < min || value > max)
            {
                throw new CliException($"{option}: {group.ToId()}={valueText} is out of range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}].");
            }
            entries.Add(new GroupFactorArgument(group, side, value));
        }
        if (entries.Count == 0) throw new CliException($"{option}: give at least one GROUP=F.");
        return entries;
    }
}
