using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Simulation;

/// <summary>Activation and force of one muscle (one bundle of a group, e.g. <c>glmax2_r</c>) over an exercise.</summary>
/// <param name="Name">The muscle's name in the model (as in <c>muscles.csv</c> and the <c>.sto</c> columns).</param>
/// <param name="Group">Its group.</param>
/// <param name="Side">Its side.</param>
/// <param name="MeanActivation">Mean over frames of the activation, in [0, 1].</param>
/// <param name="PeakActivation">Peak over frames of the activation, in [0, 1].</param>
/// <param name="MeanForceNewtons">Mean over frames of the tendon force (active + passive), N.</param>
/// <param name="PeakForceNewtons">Peak over frames of the tendon force (active + passive), N.</param>
public sealed record MuscleSummary(string Name, MuscleGroup Group, Side Side, double MeanActivation, double PeakActivation,
    double MeanForceNewtons, double PeakForceNewtons)
{
    internal static IReadOnlyList<MuscleSummary> Summarise(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        var summaries = new MuscleSummary[muscles.Count];
        for (var i = 0; i < muscles.Count; i++)
        {
            var (meanA, peakA, meanF, peakF) = GroupSummary.Over(muscles, recruitment, [i]);
            summaries[i] = new MuscleSummary(muscles[i].Name, muscles[i].Group, muscles[i].Side, meanA, peakA, meanF, peakF);
        }
        return summaries;
    }
}
