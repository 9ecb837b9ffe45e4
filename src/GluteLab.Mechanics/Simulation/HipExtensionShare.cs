using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// Shares of the working hip's extension moment carried by gluteus maximus, the hamstrings, adductor magnus and all
/// other muscles, summed over the exercise: each muscle's extensor contribution max(0, −r·F) about the working hip's
/// flexion axis, added over frames, divided by the total. The four shares sum to 1 (all 0 when no muscle extends the hip).
/// </summary>
public sealed record HipExtensionShare(double GluteusMaximus, double Hamstrings, double AdductorMagnus, double Other)
{
    internal static HipExtensionShare Of(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        double glmax = 0, hamstrings = 0, adductor = 0, other = 0;
        for (var f = 0; f < recruitment.FrameCount; f++)
        {
            var arms = recruitment.WorkingHipFlexionArms(f);
            var forces = recruitment.Forces(f);
            for (var i = 0; i < recruitment.MuscleCount; i++)
            {
                var extension = Math.Max(0.0, -arms[i] * forces[i]);
                if (extension == 0) continue;
                switch (muscles[i].Group)
                {
                    case MuscleGroup.GluteusMaximus: glmax += extension; break;
                    case MuscleGroup.Hamstrings: hamstrings += extension; break;
                    case MuscleGroup.AdductorMagnus: adductor += extension; break;
                    default: other += extension; break;
                }
            }
        }
        var total = glmax + hamstrings + adductor + other;
        return total > 0
            ? new HipExtensionShare(glmax / total, hamstrings / total, adductor / total, other / total)
            : new HipExtensionShare(0, 0, 0, 0);
    }
}
