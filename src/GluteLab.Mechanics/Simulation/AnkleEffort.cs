using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// The ankle's part of a trunk-lean strategy's effort. The body model has no ankle joint or ankle muscles, yet the ankle
/// is what bounds knee-forward (upright-trunk) strategies in people: the further the shank inclines over the flat foot,
/// the harder the structures behind the ankle (triceps surae, capsule) pull it back. The trunk-lean re-solve keeps the
/// whole-body centre of mass over the same point of the base of support, so the net ankle moment the task needs barely
/// changes with the lean; the passive moment rises steeply with dorsiflexion. Whatever the passive moment does not cover
/// is plantarflexor work, and once it exceeds the demand the excess must be held by the dorsiflexors. Both are priced by
/// the cost the muscles already pay, Σ aᵢᵖ, so a knee-forward strategy costs ankle effort as a hip-forward one costs hip
/// extensor effort.
/// </summary>
/// <remarks>
/// <para>Per sampled frame and working foot (both feet in bilateral tasks):</para>
/// <list type="number">
/// <item>Dorsiflexion φ: the shank's inclination from the vertical in the sagittal plane, the foot flat on its support
/// (the squat, step-up and lunge descriptions: heels down).</item>
/// <item>Required plantarflexor moment M: the moment about the ankle of the foot's contact forces (and the foot's
/// weight), from the quasi-static contact solution the inverse dynamics uses (segment inertia neglected).</item>
/// <item>Passive plantarflexor moment P(φ, knee) of Riener &amp; Edrich 1999 (J Biomech 32:539, the ankle equation,
/// with dorsiflexion positive as in the OpenSim-based sprint simulations of Miller et al. 2012). Its knee term (the
/// gastrocnemius slackening as the knee flexes) is evaluated at no more than <see cref="PassiveModelMaxKneeFlexionDegrees"/>.</item>
/// <item>Active moment A = M − P: plantarflexors if positive, dorsiflexors if negative. The least Σ aᵢᵖ that produces A
/// with muscles of strength kᵢ = Fmaxᵢ·rᵢ (N·m per unit activation) is (|A| / K)ᵖ with K = (Σ kᵢ^q)^(1/q),
/// q = p / (p − 1) (the Lagrange conditions of the static optimisation; K = √Σkᵢ² for p = 2).</item>
/// </list>
/// <para>The ankle muscles are taken healthy (capacity and strength 1), at optimal length and velocity.</para>
/// </remarks>
public static class AnkleEffort
{
    /// <summary>
    /// Knee flexion beyond which the passive ankle moment no longer depends on the knee, degrees. Assumption: Riener &amp;
    /// Edrich's exponential knee term stands for the gastrocnemius slackening as the knee flexes; once the
    /// gastrocnemius is slack the soleus and capsule alone resist dorsiflexion, which knee flexion does not relax.
    /// 90° is taken as the limit of their measurements (to be checked against the paper), so the term is not extrapolated
    /// to the 130° of a deep squat, where it would remove 90 % of the passive moment.
    /// </summary>
    public const double PassiveModelMaxKneeFlexionDegrees = 90;

    // Rajagopal 2016 (opensim-models Rajagopal2016.osim, right leg) maximum isometric forces, N, at its 75.34 kg reference.
    private const double SoleusNewtons = 6194.84;
    private const double MedialGastrocnemiusNewtons = 3115.51;
    private const double LateralGastrocnemiusNewtons = 1575.06;
    private const double TibialisAnteriorNewtons = 1227.45;

    // Assumption [M]: in-vivo moment arms near neutral of the order reported by MRI studies (Achilles tendon ≈ 5 cm,
    // Rugg et al. 1990; tibialis anterior ≈ 4 cm, Maganaris et al. 1999); not read from the papers' tables.
    private const double AchillesArmMeters = 0.05;
    private const double TibialisAnteriorArmMeters = 0.04;

    /// <summary>Passive ankle moment of Riener &amp; Edrich 1999, N·m, plantarflexor positive.</summary>
    /// <param name="dorsiflexionRadians">Ankle dorsiflexion (shank forward of the perpendicular to the foot), rad.</param>
    /// <param name="kneeFlexionRadians">Knee flexion, rad; evaluated up to <see cref="PassiveModelMaxKneeFlexionDegrees"/>.</param>
    public static double PassivePlantarflexorMomentNewtonMeters(double dorsiflexionRadians, double kneeFlexionRadians)
    {
        var a = dorsiflexionRadians * (180 / Math.PI);
        var k = Math.Min(kneeFlexionRadians * (180 / Math.PI), PassiveModelMaxKneeFlexionDegrees);
        // Riener & Edrich 1999, ankle equation: angles in degrees, moment in N·m (sign flipped: plantarflexor positive).
        return Math.Exp(2.1016 + 0.0843 * a - 0.0176 * k) - Math.Exp(-7.9763 - 0.1949 * a + 0.0008 * k) - 1.792;
    }

    /// <summary>
    /// The least Σ aᵢᵖ of the ankle muscles that, with the passive moment, gives the required moment at one ankle.
    /// </summary>
    /// <param name="requiredPlantarflexorMomentNewtonMeters">Net plantarflexor moment the task needs, N·m.</param>
    /// <param name="passivePlantarflexorMomentNewtonMeters">Passive plantarflexor moment, N·m.</param>
    /// <param name="bodyMassKilograms">Body mass, kg (muscle forces scale with it, as the model's do).</param>
    /// <param name="exponent">Cost exponent p ≥ 2 (2 or 3 in the simulations).</param>
    /// <exception cref="ArgumentOutOfRangeException">p &lt; 2.</exception>
    public static double Cost(double requiredPlantarflexorMomentNewtonMeters, double passivePlantarflexorMomentNewtonMeters,
        double bodyMassKilograms, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exponent, 2);
        var active = requiredPlantarflexorMomentNewtonMeters - passivePlantarflexorMomentNewtonMeters;
        var scale = bodyMassKilograms / MuscleSet.ReferenceBodyMassKilograms;
        var strength = active >= 0
            ? Strength(exponent, SoleusNewtons * AchillesArmMeters, MedialGastrocnemiusNewtons * AchillesArmMeters, LateralGastrocnemiusNewtons * AchillesArmMeters)
            : Strength(exponent, TibialisAnteriorNewtons * TibialisAnteriorArmMeters);
        return Math.Pow(Math.Abs(active) / (strength * scale), exponent);
    }

    /// <summary>One sampled frame of the working foot (effort summed over the working feet).</summary>
    /// <param name="TimeFraction">Time fraction u ∈ [0, 1].</param>
    /// <param name="DorsiflexionRadians">Working ankle dorsiflexion, rad.</param>
    /// <param name="KneeFlexionRadians">Working knee flexion, rad.</param>
    /// <param name="RequiredPlantarflexorMomentNewtonMeters">Net plantarflexor moment needed at the working ankle, N·m.</param>
    /// <param name="PassivePlantarflexorMomentNewtonMeters">Passive plantarflexor moment at the working ankle, N·m.</param>
    /// <param name="Effort">Ankle effort of the frame, summed over the working feet.</param>
    public readonly record struct Frame(double TimeFraction, double DorsiflexionRadians, double KneeFlexionRadians,
        double RequiredPlantarflexorMomentNewtonMeters, double PassivePlantarflexorMomentNewtonMeters, double Effort);

    /// <summary>
    /// The ankle of every <paramref name="stride"/>-th frame of <paramref name="exercise"/> done as
    /// <paramref name="settings"/> says, with its own quasi-static contact solution (for reports and checks; the strategy
    /// choice uses a cheaper path with the same equations).
    /// </summary>
    public static IReadOnlyList<Frame> Frames(Exercise exercise, TaskSettings settings, SegmentTables tables, int exponent, int stride = 1)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var frames = new List<Frame>();
        var mass = settings.Anthropometry.MassKilograms;
        Sample(exercise, settings, tables, stride, (u, feet) =>
        {
            var effort = 0.0;
            foreach (var foot in feet)
            {
                effort += Cost(foot.RequiredNewtonMeters, PassivePlantarflexorMomentNewtonMeters(foot.DorsiflexionRadians, foot.KneeFlexionRadians), mass, exponent);
            }
            var w = feet[0];
            frames.Add(new Frame(u, w.DorsiflexionRadians, w.KneeFlexionRadians, w.RequiredNewtonMeters,
                PassivePlantarflexorMomentNewtonMeters(w.DorsiflexionRadians, w.KneeFlexionRadians), effort));
        });
        return frames;
    }

    /// <summary>Σ of <see cref="Frames"/>' efforts.</summary>
    public static double Total(Exercise exercise, TaskSettings settings, SegmentTables tables, int exponent, int stride = 1) =>
        Frames(exercise, settings, tables, exponent, stride).Sum(f => f.Effort);

    /// <summary>One foot in one frame: dorsiflexion, knee flexion (rad) and required plantarflexor moment (N·m).</summary>
    internal readonly record struct FootState(double DorsiflexionRadians, double KneeFlexionRadians, double RequiredNewtonMeters);

    /// <summary>Places the body at every <paramref name="stride"/>-th frame and reports its working feet to <paramref name="visit"/>.</summary>
    internal static void Sample(Exercise exercise, TaskSettings settings, SegmentTables tables, int stride, Action<double, FootState[]> visit)
    {
        var probe = new AnkleProbe(exercise, settings, tables);
        var motion = probe.Motion(settings.Strategy);
        var feet = new FootState[probe.FootCount];
        var n = probe.Task.FrameCount;
        for (var i = 0; i < n; i += stride)
        {
            var u = probe.TimeFraction(i);
            probe.Probe(motion, u, feet);
            visit(u, feet);
        }
    }

    /// <summary>
    /// Sagittal inclination of a shank from the vertical (knee forward of the ankle positive), rad, from a posture and
    /// the task's base orientation (the rotation sequences of <see cref="ForwardKinematics"/>).
    /// </summary>
    internal static double ShankInclinationRadians(in Posture posture, Side side, double basePitchRadians, double baseRollRadians)
    {
        var pelvis = ForwardKinematics.PelvisRotation(basePitchRadians, baseRollRadians, posture[Coordinate.PelvicTilt], posture[Coordinate.PelvicObliquity]);
        var thigh = ForwardKinematics.ThighRotation(pelvis, side == Side.Right, posture[Coordinates.Of(JointMotion.HipFlexion, side)],
            posture[Coordinates.Of(JointMotion.HipAdduction, side)], posture[Coordinates.Of(JointMotion.HipRotation, side)]);
        var shank = ForwardKinematics.ShankRotation(thigh, posture[Coordinates.Of(JointMotion.KneeFlexion, side)]);
        var up = shank.AxisY; // ankle → knee
        return Math.Atan2(up.X, up.Y);
    }

    /// <summary>K = (Σ kᵢ^q)^(1/q), q = p/(p − 1): the least Σ aᵢᵖ for a moment A is (A/K)ᵖ.</summary>
    private static double Strength(int exponent, params ReadOnlySpan<double> k)
    {
        var q = exponent / (exponent - 1.0);
        var sum = 0.0;
        foreach (var ki in k) sum += Math.Pow(ki, q);
        return Math.Pow(sum, 1 / q);
    }
}
