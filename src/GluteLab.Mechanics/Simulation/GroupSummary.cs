using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Simulation;

/// <summary>Activation and force of one muscle group on one side over an exercise.</summary>
/// <param name="Group">The group.</param>
/// <param name="Side">The side.</param>
/// <param name="MeanActivation">Mean over frames of the group activation (Fmax-weighted mean of its muscles' activations).</param>
/// <param name="PeakActivation">Peak over frames of the group activation.</param>
/// <param name="MeanForceNewtons">Mean over frames of the group's total tendon force, N.</param>
/// <param name="PeakForceNewtons">Peak over frames of the group's total tendon force (active + passive), N.</param>
public sealed record GroupSummary(MuscleGroup Group, Side Side, double MeanActivation, double PeakActivation, double MeanForceNewtons, double PeakForceNewtons)
{
    internal static IReadOnlyList<GroupSummary> Summarise(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        var summaries = new List<GroupSummary>();
        foreach (var group in MuscleGroups.All)
        {
            foreach (var side in Sides.All)
            {
                var indices = muscles.IndicesOf(group, side);
                if (indices.Count == 0) continue;
                var (meanA, peakA, meanF, peakF) = Over(muscles, recruitment, indices);
                summaries.Add(new GroupSummary(group, side, meanA, peakA, meanF, peakF));
            }
        }
        return summaries;
    }

    /// <summary>
    /// Mean and peak over frames of the Fmax-weighted mean activation and of the total tendon force of the muscles
    /// <paramref name="indices"/> (one muscle: its own activation and force).
    /// </summary>
    internal static (double MeanActivation, double PeakActivation, double MeanForce, double PeakForce) Over(
        MuscleSet muscles, TrajectoryRecruitment recruitment, IReadOnlyList<int> indices)
    {
        var fmaxTotal = indices.Sum(i => muscles[i].MaxIsometricForceNewtons);
        double meanA = 0, peakA = 0, meanF = 0, peakF = 0;
        for (var f = 0; f < recruitment.FrameCount; f++)
        {
            double a = 0, force = 0;
            foreach (var i in indices)
            {
                a += muscles[i].MaxIsometricForceNewtons * recruitment.Activation(f, i);
                force += recruitment.Force(f, i);
            }
            a /= fmaxTotal;
            meanA += a;
            meanF += force;
            peakA = Math.Max(peakA, a);
            peakF = Math.Max(peakF, force);
        }
        var frames = Math.Max(recruitment.FrameCount, 1);
        return (meanA / frames, peakA, meanF / frames, peakF);
    }
}
