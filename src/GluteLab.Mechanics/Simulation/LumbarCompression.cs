using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// L4/L5 compression, the simple McGill/Chaffin way (MUSCULOSKELETAL.md §2.4, EVIDENCE.md §4): the axial load from the
/// inverse dynamics, plus the tendon forces of every muscle that spans the lumbar spine, taken as parallel to the spine
/// axis (erector spinae, quadratus lumborum, rectus abdominis, obliques, and psoas, whose fascicles arise from the
/// lumbar vertebrae: Santaguida &amp; McGill 1995, J Biomech 28:339), plus the oblique-muscle load that the axial
/// torque at L4/L5 needs (<see cref="AxialTorqueCompressionNewtons"/>). Shear and fascicle obliquity are neglected
/// elsewhere.
/// </summary>
public static class LumbarCompression
{
    /// <summary>
    /// Distance of the oblique abdominal muscles from the L4/L5 disc centre, m: the mean of the external (11.0 cm) and
    /// internal (10.0 cm) oblique lateral distances of <c>data/moment-arms/lumbar-bending.csv</c> (order of the MRI
    /// centroid data of Jorgensen et al. 2001, Clin Biomech 16:182).
    /// </summary>
    public const double ObliqueDistanceMeters = 0.105;

    /// <summary>
    /// Angle between the oblique fibres and the spine's long axis, rad. Named assumption: the external and internal
    /// obliques run diagonally, about 45° to the vertical in the lateral abdominal wall.
    /// </summary>
    public const double ObliqueFibreAngleRadians = Math.PI / 4;

    /// <summary>True for muscles whose force is counted as lumbar compression.</summary>
    public static bool Compresses(Muscle muscle) => muscle.Group.IsTrunk() || muscle.BaseName == "psoas";

    /// <summary>
    /// Compression from the oblique muscles that produce the axial torque <paramref name="torqueNewtonMeters"/> at
    /// L4/L5, N (≥ 0). No actuated coordinate carries axial rotation, so the recruitment never sees this demand; the
    /// obliques are the trunk's principal rotators (the lumbar back muscles can give at most ≈ 5 N·m at a segment,
    /// about 5 % of trunk axial torque: Macintosh, Pearcy &amp; Bogduk 1993, Aust N Z J Surg 63:205). A fibre at angle
    /// θ to the spine at distance r gives r·sin θ of torque and cos θ of compression per newton, so the compression is
    /// |T| / (r·tan θ) (≈ 9.5 N per N·m). The flexor side effect of those fibres (balanced by the extensors in life) is
    /// not added, so this is a lower bound.
    /// </summary>
    public static double AxialTorqueCompressionNewtons(double torqueNewtonMeters) =>
        Math.Abs(torqueNewtonMeters) / (ObliqueDistanceMeters * Math.Tan(ObliqueFibreAngleRadians));

    /// <summary>Compression in frame <paramref name="frame"/>, N.</summary>
    public static double AtFrame(MuscleSet muscles, TrajectoryRecruitment recruitment, int frame)
    {
        var kinetics = recruitment.Kinetics[frame];
        var load = kinetics.LumbarAxialLoadNewtons + AxialTorqueCompressionNewtons(kinetics.LumbarAxialTorqueNewtonMeters);
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
