using GluteLab.Anatomy;
using GluteLab.Mechanics.Simulation;
using ScottPlot;

namespace GluteLab.Cli.Output;

/// <summary>
/// A PNG of how the working side's muscle groups share an exercise as its external weight rises from none to the
/// heaviest the person can use (<see cref="WeightLoadLimit"/>): mean activation of each group against the weight.
/// </summary>
public static class LoadActivationPlot
{
    /// <summary>Weights plotted between none and the limit, both included.</summary>
    public const int Points = 11;

    /// <summary>The outcomes at <see cref="Points"/> evenly spaced weights from 0 to the limit.</summary>
    /// <param name="simulator">The person's simulator.</param>
    /// <param name="exercise">The exercise as given to <see cref="WeightLoadLimit.Find"/> (it carries a weight).</param>
    /// <param name="limit">The limit found for it.</param>
    public static IReadOnlyList<ExerciseOutcome> Sweep(ExerciseSimulator simulator, Mechanics.Tasks.Exercise exercise, WeightLoadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(limit);
        var side = limit.AtLimit.WorkingSide;
        return [.. Enumerable.Range(0, Points).Select(k => simulator.Run(exercise.WithTotalWeightLoad(limit.BodyWeights * k / (Points - 1)), side))];
    }

    /// <summary>Renders the plot as PNG bytes (1200 × 600 pixels).</summary>
    public static byte[] Render(WeightLoadLimit limit, IReadOnlyList<ExerciseOutcome> sweep)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(sweep);
        var side = limit.AtLimit.WorkingSide;
        var kilograms = sweep.Select(o => o.ExternalLoadKilograms).ToArray();
        var plot = new Plot();
        foreach (var (group, color) in OutcomePlot.Shown)
        {
            if (!sweep[0].Groups.Any(g => g.Group == group && g.Side == side)) continue;
            var line = plot.Add.Scatter(kilograms, sweep.Select(o => o.Group(group, side).MeanActivation).ToArray());
            line.Color = color;
            line.LineWidth = group == MuscleGroup.GluteusMaximus ? 3 : 2;
            line.MarkerSize = 5;
            line.LegendText = $"{group.ToId()} ({side.ToId()})";
        }
        plot.Title($"{limit.AtLimit.Exercise.Name}: mean activation as the weight rises to the heaviest, {limit.Kilograms:0.#} kg" +
            (limit.JustAbove is { } above && above.Shortfalls.Count > 0 ? $"\nabove it: {above.Shortfalls[0].Coordinate.ToId()} {above.Shortfalls[0].Direction} gives out" : ""));
        plot.XLabel("external weight (kg)");
        plot.YLabel("mean activation over the repetition (0–1)");
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(1200, 600, ImageFormat.Png);
    }
}
