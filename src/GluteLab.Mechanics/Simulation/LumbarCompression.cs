using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// L4/L5 compression, the simple McGill/Chaffin way (MUSCULOSKELETAL.md §2.4, EVIDENCE.md §4): the axial load from the
/// inverse dynamics plus the tendon forces of every muscle that spans the lumbar spine, taken as parallel to the spine
/// axis (erector spinae, quadratus lumborum, rectus abdominis, obliques, and psoas, whose fascicles arise from the
/// lumbar vertebrae: Santaguida &amp; McGill 1995, J Biomech 28:339). Shear and fascicle obliquity are neglected.
/// </summary>
public static class LumbarCompression
{
    /// <summary>True for muscles whose force is counted as lumbar compression.</summary>
    public static bool Compresses(Muscle muscle) => muscle.Group.IsTrunk() || muscle.BaseName == "psoas";

    /// <summary>Compression in frame <paramref name="frame"/>, N.</summary>
    public static double AtFrame(MuscleSet muscles, TrajectoryRecruitment recruitment, int frame)
    {
        var kinetics = recruitment.Kinetics[frame];
        var load = kinetics.LumbarAxialLoadNewtons + recruitment.ShearForceNewtons(frame) * kinetics.Shear.LumbarAxialLoadPerNewton;
        for (var i = 0; i < recruitment.MuscleCount; i++)
        {
            if (Compresses(muscles[i])) load += recruitment.Force(frame, i);
        }
        return load;
    }

    /// <summary>Peak compression over frames, N.</summary>
    public static double Peak(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        var peak = double.NegativeInfinity;
        for (var f = 0; f < recruitment.FrameCount; f++) peak = Math.Max(peak, AtFrame(muscles, recruitment, f));
        return recruitment.FrameCount > 0 ? peak : 0;
    }
}
