using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Dynamics;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// L4/L5 compression, the simple McGill/Chaffin way (MUSCULOSKELETAL.md §2.4, EVIDENCE.md §4): the axial load from the
/// inverse dynamics, plus the tendon forces of every muscle that spans the lumbar spine, taken as parallel to the spine
/// axis (erector spinae, quadratus lumborum, rectus abdominis, obliques, and psoas, whose fascicles arise from the
/// lumbar vertebrae: Santaguida &amp; McGill 1995, J Biomech 28:339), plus the muscle load that the axial torque at
/// L4/L5 needs (<see cref="AxialTorqueCompressionNewtons"/>). Shear and fascicle obliquity are otherwise neglected.
/// </summary>
public static class LumbarCompression
{
    /// <summary>
    /// Angle between the oblique fibres and the spine's long axis, rad. Named assumption: the external and internal
    /// obliques run diagonally, about 45° to the vertical in the lateral abdominal wall.
    /// </summary>
    public const double ObliqueFibreAngleRadians = Math.PI / 4;

    /// <summary>True for muscles whose force is counted as lumbar compression.</summary>
    public static bool Compresses(Muscle muscle) => muscle.Group.IsTrunk() || muscle.BaseName == "psoas";

    /// <summary>
    /// Compression from the muscle forces that the axial torque at L4/L5 (<see cref="TaskFrame.LumbarAxialTorqueNewtonMeters"/>)
    /// needs, N (≥ 0). No actuated coordinate carries axial rotation, so the recruitment never sees this demand.
    /// <list type="number">
    /// <item>The obliques produce it: they are the trunk's principal rotators (the lumbar back muscles give at most
    /// ≈ 5 N·m at a segment, about 5 % of trunk axial torque: Macintosh, Pearcy &amp; Bogduk 1993, Aust N Z J Surg
    /// 63:205). A fibre at angle θ to the spine at distance r from it gives r·sin θ of torque and cos θ of compression
    /// per newton, so their compression is |T| / (r·tan θ); r is the obliques' mean lateral-bending arm in
    /// <paramref name="muscles"/> at the frame's posture (≈ 0.105 m, order of Jorgensen et al. 2001, Clin Biomech
    /// 16:182), θ = <see cref="ObliqueFibreAngleRadians"/>.</item>
    /// <item>Those fibres also flex the spine (their mean lumbar-flexion arm in <paramref name="muscles"/>). Where the
    /// frame's lumbar demand is extensor, or flexor but smaller than that added flexor moment, the erector spinae must
    /// balance the excess at their (maximum-force-weighted) mean arm: more compression. Where the demand is flexor the
    /// recruited flexors would relax instead; that saving is not subtracted.</item>
    /// </list>
    /// </summary>
    /// <param name="muscles">The muscle set of the recruitment (geometry at the frame's posture).</param>
    /// <param name="frame">The inverse-dynamics frame.</param>
    public static double AxialTorqueCompressionNewtons(MuscleSet muscles, in TaskFrame frame)
    {
        ArgumentNullException.ThrowIfNull(muscles);
        var torque = Math.Abs(frame.LumbarAxialTorqueNewtonMeters);
        if (torque == 0) return 0;
        Span<double> arms = stackalloc double[Coordinates.Count];
        double lateral = 0, obliqueFlexor = 0, extensorMoment = 0, extensorForce = 0;
        var obliques = 0;
        foreach (var muscle in muscles)
        {
            if (muscle.Group is not (MuscleGroup.Obliques or MuscleGroup.ErectorSpinae)) continue;
            muscle.Evaluate(frame.Posture, arms);
            var flexion = arms[(int)Coordinate.LumbarFlexion];
            if (muscle.Group == MuscleGroup.Obliques)
            {
                lateral += Math.Abs(arms[(int)Coordinate.LumbarLateralBending]);
                obliqueFlexor += flexion;
                obliques++;
            }
            else if (flexion < 0)
            {
                extensorMoment -= muscle.MaxIsometricForceNewtons * flexion;
                extensorForce += muscle.MaxIsometricForceNewtons;
            }
        }
        if (obliques == 0 || lateral <= 0) return 0;
        var obliqueAxial = torque / (lateral / obliques * Math.Tan(ObliqueFibreAngleRadians));
        var addedFlexor = obliqueAxial * obliqueFlexor / obliques;
        var excess = addedFlexor - Math.Max(0, frame.Moment(Coordinate.LumbarFlexion));
        var erectorArm = extensorForce > 0 ? extensorMoment / extensorForce : 0;
        return obliqueAxial + (excess > 0 && erectorArm > 0 ? excess / erectorArm : 0);
    }

    /// <summary>Compression in frame <paramref name="frame"/>, N.</summary>
    public static double AtFrame(MuscleSet muscles, TrajectoryRecruitment recruitment, int frame)
    {
        var kinetics = recruitment.Kinetics[frame];
        var load = kinetics.LumbarAxialLoadNewtons + recruitment.ShearForceNewtons(frame) * kinetics.Shear.LumbarAxialLoadPerNewton
            + AxialTorqueCompressionNewtons(muscles, kinetics);
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
