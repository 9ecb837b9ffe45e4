using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// The ankle's part of a trunk-lean strategy's effort. The body model has no ankle muscles, yet the ankle is what bounds
/// knee-forward (upright-trunk) strategies in people: the more the shank inclines over the flat foot, the more the
/// passive structures behind the ankle (triceps surae, capsule) pull it back. The working foot's centre of pressure stays
/// where the task puts it (the trunk-lean re-solve keeps the whole-body centre of mass over the same point of the base of
/// support), so the net ankle moment is fixed; the passive moment grows with dorsiflexion, and whatever it does not
/// cover — or, past the point where it exceeds the demand, the excess — is muscle work at the ankle, priced by the same
/// cost Σ aᵢᵖ as the rest of the body.
/// </summary>
/// <remarks>
/// <para>Per sampled frame and working foot (both feet in bilateral tasks):</para>
/// <list type="number">
/// <item>Dorsiflexion φ = inclination of the shank from the vertical in the sagittal plane (the foot flat on its support,
/// as the exercises describe: heels down).</item>
/// <item>Required plantarflexor moment M = Σ_b m_b g (x_b − x_ankle) / n over every body except the working feet (and
/// weights carried), n = number of working feet: quasi-static, the whole load on the working feet with the centre of
/// pressure under the centre of mass. Other contacts (a trail foot) are ignored, which overstates M while they bear
/// load.</item>
/// <item>Passive plantarflexor moment P(φ, knee) of Riener &amp; Edrich 1999 (J Biomech 32:539, the ankle equation,
/// signs flipped so that dorsiflexion is positive; the form used in OpenSim-based sprint simulations, Miller et al. 2012).</item>
/// <item>Active moment A = M − P: plantarflexors if positive, dorsiflexors if negative. The least Σ aᵢᵖ that gives a moment
/// A from muscles of strength kᵢ = Fmaxᵢ·rᵢ (N·m per unit activation) is (|A| / K)ᵖ with K = (Σ kᵢ^q)^(1/q),
/// q = p / (p − 1) (Lagrange conditions; K = √Σkᵢ² for p = 2).</item>
/// </list>
/// </remarks>
public static class AnkleEffort
{
    /// <summary>Riener &amp; Edrich 1999 passive ankle moment, N·m, plantarflexor positive.</summary>
    /// <param name="dorsiflexionRadians">Ankle dorsiflexion (shank forward of the foot's perpendicular), rad.</param>
    /// <param name="kneeFlexionRadians">Knee flexion, rad (the gastrocnemius slackens as the knee flexes).</param>
    public static double PassivePlantarflexorMomentNewtonMeters(double dorsiflexionRadians, double kneeFlexionRadians)
    {
        var a = dorsiflexionRadians * (180 / Math.PI);
        var k = Math.Min(kneeFlexionRadians * (180 / Math.PI), MaxKneeFlexionDegrees);
        // Riener & Edrich 1999, ankle: angles in degrees, moment in N·m (dorsiflexion positive after the sign flip).
        return Math.Exp(2.1016 + 0.0843 * a - 0.0176 * k) - Math.Exp(-7.9763 - 0.1949 * a + 0.0008 * k) - 1.792;
    }

    /// <summary>
    /// Plantarflexor strength per unit activation, N·m, for the reference body mass (Rajagopal 2016 Fmax × Achilles arm).
    /// </summary>
    internal static double[] PlantarflexorsNewtonMeters { get; } =
    [
        6194.84 * AchillesArmMeters, // soleus_r (Rajagopal 2016)
        3115.51 * AchillesArmMeters, // gasmed_r
        1575.06 * AchillesArmMeters, // gaslat_r
    ];

    /// <summary>Dorsiflexor strength per unit activation, N·m, for the reference body mass.</summary>
    internal static double[] DorsiflexorsNewtonMeters { get; } =
    [
        1227.45 * TibialisAnteriorArmMeters, // tibant_r (Rajagopal 2016)
    ];

    internal static double MaxKneeFlexionDegrees = 90;
    private const double AchillesArmMeters = 0.05;
    private const double TibialisAnteriorArmMeters = 0.04;

    /// <summary>The per-frame details, for reports and tests.</summary>
    public readonly record struct Frame(double TimeFraction, double DorsiflexionRadians, double KneeFlexionRadians,
        double RequiredPlantarflexorMomentNewtonMeters, double PassivePlantarflexorMomentNewtonMeters, double Effort);

    /// <summary>Frames of <paramref name="exercise"/> done with <paramref name="settings"/>, every <paramref name="stride"/>-th.</summary>
    public static IReadOnlyList<Frame> Frames(Exercise exercise, TaskSettings settings, SegmentTables tables, int exponent, int stride = 1)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(settings);
        var side = settings.WorkingSide ?? exercise.WorkingSide;
        var task = side == exercise.WorkingSide ? exercise : exercise.Mirrored();
        var model = new BodyModel(settings.Anthropometry, tables);
        var motion = new TaskMotion(task, model, settings.PelvicTiltOffsetRadians, settings.Strategy);
        var right = side == Side.Right;
        var feet = task.IsBilateral ? 2 : 1;
        var scale = settings.Anthropometry.MassKilograms / MuscleSet.ReferenceBodyMassKilograms;
        var plantar = Strength(PlantarflexorsNewtonMeters, exponent) * scale;
        var dorsi = Strength(DorsiflexorsNewtonMeters, exponent) * scale;
        var q = new double[KinematicChannels.Count];
        var pose = new Pose();
        var contacts = new ContactSolver(task.Contacts.Count);
        var demand = new Vec3[RigidBodies.Count];
        var n = task.FrameCount;
        var frames = new List<Frame>();
        var g = Gravity.StandardMetersPerSecondSquared;
        for (var b = 0; b < RigidBodies.Count; b++) demand[b] = new Vec3(0, model.MassKilograms((RigidBody)b) * g, 0);
        for (var i = 0; i < n; i += stride)
        {
            var u = task.IsPeriodic ? (double)i / n : (double)i / (n - 1);
            motion.Place(u, q, pose, out var substitution);
            // Quasi-static contact solution, as the inverse dynamics does it (segment inertia neglected).
            var reference = pose.Origin[(int)RigidBody.Pelvis];
            var force = Vec3.Zero;
            var moment = Vec3.Zero;
            for (var b = 0; b < RigidBodies.Count; b++)
            {
                force += demand[b];
                moment += (pose.CenterOfMass[b] - reference).Cross(demand[b]);
            }
            foreach (var load in task.Loads)
            {
                if (load.Kind != ExternalLoadKind.Weight) continue;
                var point = pose.Point(load.Points[0].RigidBody, load.Points[0].Local(model, 0));
                var weight = new Vec3(0, -load.BodyWeightFraction * settings.Anthropometry.WeightNewtons, 0);
                force -= weight;
                moment -= (point - reference).Cross(weight);
            }
            contacts.Solve(task.Contacts, u, task.IsPeriodic, substitution > 0, pose, model, demand, pose.WholeBodyCenterOfMass(model), reference, force, moment);
            var kneeFlexion = q[(int)(right ? KinematicChannel.KneeFlexionRight : KinematicChannel.KneeFlexionLeft)];
            for (var pass = 0; pass < feet; pass++)
            {
                var r = pass == 0 ? right : !right;
                var foot = RigidBodies.Foot(r);
                var ankle = pose.Origin[(int)foot];
                var knee = pose.Origin[(int)RigidBodies.Shank(r)];
                var dorsiflexion = Math.Atan2(knee.X - ankle.X, knee.Y - ankle.Y);
                var m = (pose.CenterOfMass[(int)foot] - ankle).Cross(demand[(int)foot]);
                for (var k = 0; k < task.Contacts.Count; k++)
                {
                    if (!contacts.Active[k] || task.Contacts[k].Point.RigidBody != foot) continue;
                    m -= (contacts.Point[k] - ankle).Cross(contacts.Force[k]) + contacts.Torque[k];
                }
                var required = -m.Z; // plantarflexor positive (rotation of the foot about −Z)
                var passive = PassivePlantarflexorMomentNewtonMeters(dorsiflexion, kneeFlexion);
                var active = required - passive;
                var effort = Math.Pow(Math.Abs(active) / (active >= 0 ? plantar : dorsi), exponent);
                if (pass == 0) frames.Add(new Frame(u, dorsiflexion, kneeFlexion, required, passive, effort));
                else frames[^1] = frames[^1] with { Effort = frames[^1].Effort + effort };
            }
        }
        return frames;
    }

    /// <summary>Σ over the sampled frames of the ankle effort (dimensionless, same units as the muscles' Σ aᵢᵖ).</summary>
    public static double Total(Exercise exercise, TaskSettings settings, SegmentTables tables, int exponent, int stride = 1)
    {
        var total = 0.0;
        foreach (var frame in Frames(exercise, settings, tables, exponent, stride)) total += frame.Effort;
        return total;
    }

    /// <summary>K = (Σ kᵢ^q)^(1/q), q = p/(p − 1): the least Σ aᵢᵖ for a moment A is (A/K)ᵖ.</summary>
    private static double Strength(double[] k, int exponent)
    {
        var q = exponent / (exponent - 1.0);
        var sum = 0.0;
        foreach (var ki in k) sum += Math.Pow(ki, q);
        return Math.Pow(sum, 1 / q);
    }
}
