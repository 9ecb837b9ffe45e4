using GluteLab.Mechanics.Simulation;

namespace GluteLab.Cli.Output;

/// <summary>Writes an outcome's activations and forces over time as an OpenSim Storage file.</summary>
public static class OutcomeStorage
{
    /// <summary>
    /// Columns: <c>&lt;muscle&gt;_activation</c> for every muscle, then <c>&lt;muscle&gt;_force</c> (tendon force, N), as
    /// OpenSim's static optimisation writes activations and forces; for tasks with a friction pair, a last column
    /// <c>contact_shear_force</c> (the pair force the recruitment chose, N).
    /// </summary>
    public static void Write(TextWriter writer, ExerciseOutcome outcome)
    {
        var recruitment = outcome.Recruitment;
        var n = recruitment.MuscleCount;
        var names = outcome.Muscles.Select(m => m.Name).ToList();
        var columns = names.Select(m => m + "_activation").Concat(names.Select(m => m + "_force")).ToList();
        var shear = outcome.Exercise.Shear is not null;
        if (shear) columns.Add("contact_shear_force");
        var times = Enumerable.Range(0, recruitment.FrameCount).Select(f => recruitment.Kinetics[f].TimeSeconds).ToList();
        StorageWriter.Write(writer, $"GluteLab static optimization: {outcome.Exercise.Id}", columns, times, (f, row) =>
        {
            recruitment.Activations(f).CopyTo(row);
            recruitment.Forces(f).CopyTo(row.AsSpan(n));
            if (shear) row[2 * n] = recruitment.ShearForceNewtons(f);
        }, [$"exercise={outcome.Exercise.Id}", $"side={outcome.WorkingSide.ToString().ToLowerInvariant()}", $"strategy={outcome.Strategy.Name}"]);
    }
}
