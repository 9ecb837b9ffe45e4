using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Places every body from the <see cref="KinematicChannel"/> values (radians), with the mid-hip point at
/// <c>root</c>. Rotation sequences follow OpenSim's gait models: hip flexion (about the pelvis Z axis), then adduction
/// (X), then internal rotation (the femur's long axis Y); knee flexion about −Z; lumbar flexion about −Z then
/// lateral bending about X.
/// </summary>
internal static class ForwardKinematics
{
    /// <summary>The pelvis's orientation in the world: base pitch (−Z), base roll (−X), tilt (−Z), obliquity (−X), rad.</summary>
    public static Rot3 PelvisRotation(double basePitch, double baseRoll, double tilt, double obliquity) =>
        Rot3.AboutZ(-basePitch) * Rot3.AboutX(-baseRoll) * Rot3.AboutZ(-tilt) * Rot3.AboutX(-obliquity);

    /// <summary>The thigh's orientation from the pelvis's: hip flexion (Z), adduction (±X), internal rotation (±Y), rad.</summary>
    public static Rot3 ThighRotation(in Rot3 pelvis, bool right, double flexion, double adduction, double internalRotation)
    {
        var sign = right ? 1.0 : -1.0;
        return pelvis * Rot3.AboutZ(flexion) * Rot3.AboutX(sign * adduction) * Rot3.AboutY(sign * internalRotation);
    }

    /// <summary>The shank's orientation from the thigh's: knee flexion about −Z, rad.</summary>
    public static Rot3 ShankRotation(in Rot3 thigh, double kneeFlexion) => thigh * Rot3.AboutZ(-kneeFlexion);

    public static void Compute(BodyModel model, ReadOnlySpan<double> q, Vec3 root, bool flatFeet, Pose pose)
    {
        var pelvis = PelvisRotation(q[(int)KinematicChannel.BasePitch], q[(int)KinematicChannel.BaseRoll],
            q[(int)KinematicChannel.PelvicTilt], q[(int)KinematicChannel.PelvicObliquity]);
        Set(pose, model, RigidBody.Pelvis, pelvis, root);

        var l4l5 = root + pelvis * new Vec3(0, model.PelvisLengthMeters, 0);
        var trunk = pelvis * Rot3.AboutZ(-q[(int)KinematicChannel.LumbarFlexion]) * Rot3.AboutX(q[(int)KinematicChannel.LumbarLateralBending]);
        Set(pose, model, RigidBody.Trunk, trunk, l4l5);
        Set(pose, model, RigidBody.Head, trunk, l4l5);

        foreach (var right in RightLeft)
        {
            var sign = right ? 1.0 : -1.0;
            // Arms.
            var shoulder = l4l5 + trunk * new Vec3(0, model.TrunkLengthMeters, sign * model.ShoulderHalfWidthMeters);
            var arm = trunk * Rot3.AboutZ(q[(int)(right ? KinematicChannel.ShoulderFlexionRight : KinematicChannel.ShoulderFlexionLeft)])
                * Rot3.AboutX(-sign * q[(int)(right ? KinematicChannel.ShoulderAbductionRight : KinematicChannel.ShoulderAbductionLeft)]);
            Set(pose, model, RigidBodies.UpperArm(right), arm, shoulder);
            var elbow = shoulder + arm * new Vec3(0, -model.UpperArmLengthMeters, 0);
            var forearm = arm * Rot3.AboutZ(q[(int)(right ? KinematicChannel.ElbowFlexionRight : KinematicChannel.ElbowFlexionLeft)]);
            Set(pose, model, RigidBodies.Forearm(right), forearm, elbow);

            // Legs.
            var side = right ? 8 : 4;
            var hip = root + pelvis * new Vec3(0, 0, sign * model.HipHalfWidthMeters);
            var thigh = ThighRotation(pelvis, right, q[side + (int)JointMotion.HipFlexion], q[side + (int)JointMotion.HipAdduction],
                q[side + (int)JointMotion.HipRotation]);
            Set(pose, model, RigidBodies.Thigh(right), thigh, hip);
            var knee = hip + thigh * new Vec3(0, -model.ThighLengthMeters, 0);
            var shank = ShankRotation(thigh, q[side + (int)JointMotion.KneeFlexion]);
            Set(pose, model, RigidBodies.Shank(right), shank, knee);
            var ankle = knee + shank * new Vec3(0, -model.ShankLengthMeters, 0);
            var foot = shank * Rot3.AboutZ(q[(int)(right ? KinematicChannel.AnkleDorsiflexionRight : KinematicChannel.AnkleDorsiflexionLeft)]);
            if (flatFeet)
            {
                // Sole on a horizontal floor, pointing where the shank's anterior axis points.
                var forward = shank.AxisX;
                var horizontal = Math.Sqrt(forward.X * forward.X + forward.Z * forward.Z);
                if (horizontal > 0.2)
                {
                    var x = new Vec3(forward.X / horizontal, 0, forward.Z / horizontal);
                    var y = Vec3.UnitY;
                    var z = x.Cross(y);
                    foot = new Rot3(x.X, y.X, z.X, x.Y, y.Y, z.Y, x.Z, y.Z, z.Z);
                }
            }
            Set(pose, model, RigidBodies.Foot(right), foot, ankle);
        }
    }

    private static readonly bool[] RightLeft = [false, true];

    private static void Set(Pose pose, BodyModel model, RigidBody body, Rot3 rotation, Vec3 origin)
    {
        pose.Rotation[(int)body] = rotation;
        pose.Origin[(int)body] = origin;
        pose.CenterOfMass[(int)body] = origin + rotation * model.CenterOfMassLocal(body);
    }
}
