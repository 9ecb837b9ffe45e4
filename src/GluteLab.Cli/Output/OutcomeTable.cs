using System.Globalization;
using GluteLab.Anatomy;
using GluteLab.Mechanics.Simulation;
using Spectre.Console;

namespace GluteLab.Cli.Output;

/// <summary>The readable table <c>glutelab recruit</c> prints without <c>--json</c>.</summary>
public static class OutcomeTable
{
    /// <summary>Writes <paramref name="outcome"/> as a table of groups and a few lines of measures.</summary>
    public static void Write(TextWriter writer, ExerciseOutcome outcome)
    {
        var console = Terminal.For(writer);
        var side = outcome.WorkingSide;
        var load = outcome.ExternalLoadKilograms;
        var loadText = load > 0 ? string.Create(CultureInfo.InvariantCulture, $", external weight {load:0.#} kg") : "";
        console.MarkupLine($"[bold]{Markup.Escape(outcome.Exercise.Name)}[/] ({outcome.Exercise.Id}), working side {side.ToId()}{loadText}, strategy {Markup.Escape(outcome.Strategy.Name)}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("group").AddColumn(new TableColumn("side"))
            .AddColumn(new TableColumn("mean act.").RightAligned()).AddColumn(new TableColumn("peak act.").RightAligned())
            .AddColumn(new TableColumn("peak force N").RightAligned());
        foreach (var g in outcome.Groups.Where(g => g.Side == side || g.Group.IsTrunk() || g.PeakActivation >= 0.05))
        {
            table.AddRow(g.Group.ToId(), g.Side.ToId(), $"{g.MeanActivation:0.000}", $"{g.PeakActivation:0.000}", $"{g.PeakForceNewtons:0}");
        }
        console.Write(table);
        var share = outcome.HipExtensionShare;
        console.WriteLine($"Hip extension share ({side.ToId()}): gluteus maximus {share.GluteusMaximus:P0}, hamstrings {share.Hamstrings:P0}, adductor magnus {share.AdductorMagnus:P0}, other {share.Other:P0}");
        console.WriteLine($"Peak L4/L5 compression {outcome.PeakLumbarCompressionNewtons:0} N; peak hamstring force {outcome.PeakHamstringForceNewtons:0} N; " +
            $"knee/hip extension moment ratio {(outcome.KneeToHipExtensionMomentRatio is { } r ? r.ToString("0.00") : "n/a (no hip extensor moment)")}");
        if (outcome.Exercise.Shear is not null)
        {
            console.WriteLine($"Peak friction pair (feet against the shoulders) {outcome.PeakContactShearNewtons:0} N");
        }
        console.WriteLine($"{outcome.FrameCount} frames, converged: {(outcome.Converged ? "yes" : "no")}, max moment residual {outcome.MaxMomentResidualNewtonMeters:0.0e+0} N·m");
    }
}
