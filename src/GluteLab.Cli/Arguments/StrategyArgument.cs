using System.Globalization;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Cli.Arguments;

/// <summary>
/// Parses <c>--strategy</c>: <c>choose</c> (default: least effort), <c>nominal</c>, <c>trunk-lean:DEG</c> or
/// <c>lumbar-share:S</c>, checked against the exercise's strategy family and range.
/// </summary>
public static class StrategyArgument
{
    /// <summary>The fixed strategy, or null to let the simulation choose.</summary>
    /// <exception cref="CliException">Malformed, of the wrong family for the exercise, or out of its range.</exception>
    public static MovementStrategy? Parse(string? text, Exercise exercise)
    {
        var value = (text ?? "choose").Trim().ToLowerInvariant();
        if (value == "choose") return null;
        if (value == "nominal") return exercise.NominalStrategy;
        var colon = value.IndexOf(':');
        if (colon > 0 && double.TryParse(value[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var parameter) && double.IsFinite(parameter))
        {
            MovementStrategy? strategy = value[..colon] switch
            {
                "trunk-lean" => MovementStrategy.TrunkLean(parameter),
                "lumbar-share" => MovementStrategy.LumbarPelvic(parameter),
                _ => null,
            };
            if (strategy is not null)
            {
                try
                {
                    exercise.CheckStrategy(strategy);
                }
                catch (ArgumentException e)
                {
                    throw new CliException($"--strategy: {e.Message.Split(" (Parameter")[0]}");
                }
                return strategy;
            }
        }
        throw new CliException($"--strategy: '{text}' should be choose, nominal, trunk-lean:DEG or lumbar-share:S.");
    }
}
