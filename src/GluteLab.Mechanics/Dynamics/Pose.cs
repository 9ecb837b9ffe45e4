namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Mutable scratch state: world orientation and position of every body at one instant (output of
/// <see cref="ForwardKinematics"/>). Positions in m, world frame X forward, Y up, Z right.
/// </summary>
internal sealed class Pose
{
    /// <summary>RigidBody frame orientation in the world.</summary>
    public readonly Rot3[] Rotation = new Rot3[RigidBodies.Count];

    /// <summary>Origin of each body frame (its proximal joint; pelvis: mid-hip point; foot: ankle).</summary>
    public readonly Vec3[] Origin = new Vec3[RigidBodies.Count];

    /// <summary>Centre of mass of each body.</summary>
    public readonly Vec3[] CenterOfMass = new Vec3[RigidBodies.Count];

    /// <summary>A point fixed in <paramref name="body"/> at <paramref name="local"/> (body frame, m).</summary>
    public Vec3 Point(RigidBody body, Vec3 local) => Origin[(int)body] + Rotation[(int)body] * local;

    public void Translate(Vec3 delta)
    {
        for (var i = 0; i < RigidBodies.Count; i++)
        {
            Origin[i] += delta;
            CenterOfMass[i] += delta;
        }
    }

    /// <summary>Whole-body centre of mass, m.</summary>
    public Vec3 WholeBodyCenterOfMass(BodyModel model)
    {
        var sum = Vec3.Zero;
        for (var i = 0; i < RigidBodies.Count; i++) sum += model.MassKilograms((RigidBody)i) * CenterOfMass[i];
        return (1 / model.TotalMassKilograms) * sum;
    }
}
