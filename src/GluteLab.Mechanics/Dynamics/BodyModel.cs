using GluteLab.Anatomy;
using GluteLab.Anatomy.Segments;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// The rigid-body model of a person for task inverse dynamics: de Leva (1996) segments scaled to an
/// <see cref="Anthropometry"/> and lumped into the 13 <see cref="RigidBody"/> parts, with the joint geometry below.
/// </summary>
/// <remarks>
/// <para>Frames: every body frame has Y along the segment's long axis (pointing from the distal toward the proximal
/// end for limbs, toward the head for pelvis and trunk), X anterior and Z to the right; the foot frame has X along the
/// sole (heel → toe) and Y up from the sole.</para>
/// <para>Lumbar joint (L4/L5): placed at de Leva's omphalion, the boundary between his lower and middle trunk.
/// The body above L4/L5 is therefore middle + upper trunk + head/neck + arms (49.1 % of body mass, male table);
/// the lower trunk (11.2 %) moves with the pelvis.</para>
/// <para>Named assumptions (not in de Leva's tables): hip joint centres ± 0.0505 H from the mid-hip point
/// (≈ 0.176 m apart at 1.741 m); shoulder joint centres ± 0.10 H from the trunk axis at the suprasternale level;
/// ankle joint 0.039 H above the sole (Winter's anthropometric proportions) and above a point 23 % of the foot length
/// from the heel; foot centre of mass half-way between the ankle and the sole. The head's vertex is placed at stature
/// in upright standing (head segment above the suprasternale by the remaining height).</para>
/// </remarks>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class BodyModel
{
    /// <summary>Half the distance between the hip joint centres ÷ stature (assumption, see remarks).</summary>
    public const double HipHalfWidthPerStature = 0.0505;
    /// <summary>Half the distance between the shoulder joint centres ÷ stature (assumption).</summary>
    public const double ShoulderHalfWidthPerStature = 0.10;
    /// <summary>Ankle joint height above the sole ÷ stature (Winter 2009, Biomechanics and Motor Control, Fig. 4.1).</summary>
    public const double AnkleHeightPerStature = 0.039;
    /// <summary>Heel-to-ankle distance along the sole ÷ foot length (assumption).</summary>
    public const double HeelToAnkleFraction = 0.23;

    private readonly double[] _mass = new double[RigidBodies.Count];
    private readonly Vec3[] _comLocal = new Vec3[RigidBodies.Count];
    private readonly Vec3[] _inertiaLocal = new Vec3[RigidBodies.Count];

    /// <summary>Builds the model of <paramref name="person"/> from the matching de Leva table.</summary>
    public BodyModel(Anthropometry person, SegmentTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Person = person;
        var table = tables.For(person.Sex);
        ScaledSegment S(BodySegment s) => table.Scale(s, person);
        var h = person.HeightMeters;
        var head = S(BodySegment.HeadNeck);
        var upper = S(BodySegment.UpperTrunk);
        var middle = S(BodySegment.MiddleTrunk);
        var lower = S(BodySegment.LowerTrunk);
        var upperArm = S(BodySegment.UpperArm);
        var forearm = S(BodySegment.Forearm);
        var hand = S(BodySegment.Hand);
        var thigh = S(BodySegment.Thigh);
        var shank = S(BodySegment.Shank);
        var foot = S(BodySegment.Foot);

        PelvisLengthMeters = lower.LengthMeters;
        TrunkLengthMeters = middle.LengthMeters + upper.LengthMeters;
        ThighLengthMeters = thigh.LengthMeters;
        ShankLengthMeters = shank.LengthMeters;
        FootLengthMeters = foot.LengthMeters;
        UpperArmLengthMeters = upperArm.LengthMeters;
        ForearmHandLengthMeters = forearm.LengthMeters + hand.LengthMeters;
        HipHalfWidthMeters = HipHalfWidthPerStature * h;
        ShoulderHalfWidthMeters = ShoulderHalfWidthPerStature * h;
        AnkleHeightMeters = AnkleHeightPerStature * h;

        // Pelvis: lower trunk, CoM measured from the omphalion (its cranial end) → from the hip: (1 − c)·L.
        Set(RigidBody.Pelvis, lower.MassKilograms, new Vec3(0, (1 - lower.CenterOfMassFraction) * lower.LengthMeters, 0), Radii(lower));
        // Trunk above L4/L5: middle (xiphoid → omphalion) and upper (suprasternale → xiphoid) trunk on one axis.
        var middleCom = (1 - middle.CenterOfMassFraction) * middle.LengthMeters;
        var upperCom = middle.LengthMeters + (1 - upper.CenterOfMassFraction) * upper.LengthMeters;
        Combine(RigidBody.Trunk, [(middle, middleCom), (upper, upperCom)]);
        // Head: vertex at stature in upright standing.
        var hipHeight = thigh.LengthMeters + shank.LengthMeters + AnkleHeightMeters;
        var vertexAboveSuprasternale = Math.Max(h - hipHeight - TrunkLengthMeters, head.LengthMeters);
        Set(RigidBody.Head, head.MassKilograms, new Vec3(0, TrunkLengthMeters + vertexAboveSuprasternale - head.CenterOfMassFraction * head.LengthMeters, 0), Radii(head));
        // Limbs hang along −Y from their proximal joint.
        foreach (var right in new[] { false, true })
        {
            Set(RigidBodies.UpperArm(right), upperArm.MassKilograms, new Vec3(0, -upperArm.CenterOfMassFromProximalMeters, 0), Radii(upperArm));
            Combine(RigidBodies.Forearm(right), [(forearm, -forearm.CenterOfMassFromProximalMeters), (hand, -(forearm.LengthMeters + hand.CenterOfMassFromProximalMeters))]);
            Set(RigidBodies.Thigh(right), thigh.MassKilograms, new Vec3(0, -thigh.CenterOfMassFromProximalMeters, 0), Radii(thigh));
            Set(RigidBodies.Shank(right), shank.MassKilograms, new Vec3(0, -shank.CenterOfMassFromProximalMeters, 0), Radii(shank));
            // Foot frame: X along the sole, long axis; de Leva's longitudinal radius about X, transverse about Z.
            var footCom = new Vec3((foot.CenterOfMassFraction - HeelToAnkleFraction) * foot.LengthMeters, -0.5 * AnkleHeightMeters, 0);
            Set(RigidBodies.Foot(right), foot.MassKilograms, footCom,
                new Vec3(foot.InertiaLongitudinalKilogramMetersSquared, foot.InertiaSagittalKilogramMetersSquared, foot.InertiaTransverseKilogramMetersSquared));
        }
        TotalMassKilograms = _mass.Sum();
    }

    /// <summary>The person the model is scaled to.</summary>
    public Anthropometry Person { get; }

    /// <summary>Sum of the body masses, kg (equals the person's mass within de Leva's rounding).</summary>
    public double TotalMassKilograms { get; }

    public double PelvisLengthMeters { get; }
    public double TrunkLengthMeters { get; }
    public double ThighLengthMeters { get; }
    public double ShankLengthMeters { get; }
    public double FootLengthMeters { get; }
    public double UpperArmLengthMeters { get; }
    public double ForearmHandLengthMeters { get; }
    public double HipHalfWidthMeters { get; }
    public double ShoulderHalfWidthMeters { get; }
    public double AnkleHeightMeters { get; }

    /// <summary>Mass of <paramref name="body"/>, kg.</summary>
    public double MassKilograms(RigidBody body) => _mass[(int)body];

    internal Vec3 CenterOfMassLocal(RigidBody body) => _comLocal[(int)body];

    /// <summary>Principal moments of inertia about the body's CoM along its local X, Y, Z axes, kg·m².</summary>
    internal Vec3 InertiaLocal(RigidBody body) => _inertiaLocal[(int)body];

    // X = antero-posterior axis (de Leva "sagittal"), Y = long axis, Z = medio-lateral axis (de Leva "transverse").
    private static Vec3 Radii(ScaledSegment s) => new(s.InertiaSagittalKilogramMetersSquared, s.InertiaLongitudinalKilogramMetersSquared, s.InertiaTransverseKilogramMetersSquared);

    private void Set(RigidBody body, double mass, Vec3 com, Vec3 inertia)
    {
        _mass[(int)body] = mass;
        _comLocal[(int)body] = com;
        _inertiaLocal[(int)body] = inertia;
    }

    private void Combine(RigidBody body, (ScaledSegment Segment, double ComY)[] parts)
    {
        var mass = parts.Sum(p => p.Segment.MassKilograms);
        var comY = parts.Sum(p => p.Segment.MassKilograms * p.ComY) / mass;
        double ix = 0, iy = 0, iz = 0;
        foreach (var (segment, y) in parts)
        {
            var d2 = (y - comY) * (y - comY);
            ix += segment.InertiaSagittalKilogramMetersSquared + segment.MassKilograms * d2;
            iy += segment.InertiaLongitudinalKilogramMetersSquared;
            iz += segment.InertiaTransverseKilogramMetersSquared + segment.MassKilograms * d2;
        }
        Set(body, mass, new Vec3(0, comY, 0), new Vec3(ix, iy, iz));
    }
}
