using GluteLab.Anatomy;
using GluteLab.Mechanics.Simulation;
using ScottPlot;

namespace GluteLab.Cli.Output;

/// <summary>
/// A PNG of an outcome: the working side's group activations over the movement (the groups that substitute for
/// gluteus maximus in the same colours every time), with the strategy and the hip-extension shares in the title.
/// </summary>
public static class OutcomePlot
{
    /// <summary>The groups plotted and their colours (the same in every GluteLab plot).</summary>
    internal static readonly (MuscleGroup Group, Color Color)[] Shown =
    [
        (MuscleGroup.GluteusMaximus, Colors.Crimson),
        (MuscleGroup.GluteusMedius, Colors.Orange),
        (MuscleGroup.Hamstrings, Colors.RoyalBlue),
        (MuscleGroup.AdductorMagnus, Colors.Teal),
        (MuscleGroup.ErectorSpinae, Colors.SaddleBrown),
        (MuscleGroup.Vasti, Colors.ForestGreen),
        (MuscleGroup.Iliopsoas, Colors.Gray),
        (MuscleGroup.TensorFasciaeLatae, Colors.Purple),
    ];

    /// <summary>Renders the plot as PNG bytes (1200 × 600 pixels).</summary>
    public static byte[] Render(ExerciseOutcome outcome)
    {
        var recruitment = outcome.Recruitment;
        var muscles = outcome.Muscles;
        var side = outcome.WorkingSide;
        var times = Enumerable.Range(0, recruitment.FrameCount).Select(f => recruitment.Kinetics[f].TimeSeconds).ToArray();
        var plot = new Plot();
        var highest = 0.0;
        foreach (var (group, color) in Shown)
        {
            var indices = muscles.IndicesOf(group, side);
            if (indices.Count == 0) continue;
            var fmax = indices.Sum(i => muscles[i].MaxIsometricForceNewtons);
            var activation = new double[times.Length];
            for (var f = 0; f < times.Length; f++)
            {
                activation[f] = indices.Sum(i => muscles[i].MaxIsometricForceNewtons * recruitment.Activation(f, i)) / fmax;
            }
            highest = Math.Max(highest, activation.Max());
            var line = plot.Add.Scatter(times, activation);
            line.Color = color;
            line.LineWidth = group == MuscleGroup.GluteusMaximus ? 3 : 2;
            line.MarkerSize = 0;
            line.LegendText = $"{group.ToId()} ({side.ToId()})";
        }
        var share = outcome.HipExtensionShare;
        plot.Title($"{outcome.Exercise.Name}, strategy {outcome.Strategy.Name}\nhip extension share: GMax {share.GluteusMaximus:P0}, " +
            $"hamstrings {share.Hamstrings:P0}, adductor magnus {share.AdductorMagnus:P0}, other {share.Other:P0}");
        plot.XLabel("time (s)");
        plot.YLabel("activation (Fmax-weighted group mean, 0–1)");
        plot.Axes.SetLimitsY(0, Math.Clamp(highest * 1.15, 0.1, 1.05));
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(1200, 600, ImageFormat.Png);
    }
}
