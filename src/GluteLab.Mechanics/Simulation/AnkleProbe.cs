using GluteLab.Anatomy;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// Workspace that places one exercise's body at a time fraction, solves its contacts quasi-statically (as the inverse
/// dynamics does, segment inertia neglected) and reads each working foot's dorsiflexion, knee flexion and required
/// plantarflexor moment (<see cref="AnkleEffort"/>). One instance per exercise, person and side; not thread-safe.
/// </summary>
internal sealed class AnkleProbe
{
    private readonly TaskSettings _settings;
    private readonly BodyModel _model;
    private readonly (double, double) _depth;
    private readonly bool _right;
    private readonly double[] _q = new double[KinematicChannels.Count];
    private readonly Pose _pose = new();
    private readonly ContactSolver _contacts;
    private readonly Vec3[] _demand = new Vec3[RigidBodies.Count];

    public AnkleProbe(Exercise exercise, TaskSettings settings, SegmentTables tables)
    {
        var side = settings.WorkingSide ?? exercise.WorkingSide;
        Task = side == exercise.WorkingSide ? exercise : exercise.Mirrored();
        _settings = settings;
        _model = new BodyModel(settings.Anthropometry, tables);
        _depth = TaskMotion.DepthRange(Task, _model);
        _right = side == Side.Right;
        _contacts = new ContactSolver(Task.Contacts.Count);
        var g = Gravity.StandardMetersPerSecondSquared;
        for (var b = 0; b < RigidBodies.Count; b++) _demand[b] = new Vec3(0, _model.MassKilograms((RigidBody)b) * g, 0);
        FootCount = Task.IsBilateral ? 2 : 1;
    }

    /// <summary>The exercise as done on the working side.</summary>
    public Exercise Task { get; }

    /// <summary>Working feet: 2 in bilateral tasks (working side first), else 1.</summary>
    public int FootCount { get; }

    /// <summary>The placement of the body for <paramref name="strategy"/>.</summary>
    public TaskMotion Motion(MovementStrategy strategy) => new(Task, _model, _settings.PelvicTiltOffsetRadians, strategy, _depth);

    /// <summary>Time fraction of frame <paramref name="frame"/>, as the inverse dynamics samples it.</summary>
    public double TimeFraction(int frame) =>
        Task.IsPeriodic ? (double)frame / Task.FrameCount : (double)frame / Math.Max(Task.FrameCount - 1, 1);

    /// <summary>True if at time <paramref name="u"/> a contact other than the working feet bears load.</summary>
    public bool OtherContactsBearLoad(double u)
    {
        for (var k = 0; k < Task.Contacts.Count; k++)
        {
            var body = Task.Contacts[k].Point.RigidBody;
            var working = body == RigidBodies.Foot(_right) || (FootCount == 2 && body == RigidBodies.Foot(!_right));
            if (!working && ContactSolver.Weight(Task.Contacts[k], u, Task.IsPeriodic) > 0) return true;
        }
        return false;
    }

    /// <summary>Places the body at <paramref name="u"/> with <paramref name="motion"/> and fills <paramref name="feet"/>.</summary>
    public void Probe(TaskMotion motion, double u, Span<AnkleEffort.FootState> feet)
    {
        motion.Place(u, _q, _pose, out var substitution);
        var reference = _pose.Origin[(int)RigidBody.Pelvis];
        var force = Vec3.Zero;
        var moment = Vec3.Zero;
        for (var b = 0; b < RigidBodies.Count; b++)
        {
            force += _demand[b];
            moment += (_pose.CenterOfMass[b] - reference).Cross(_demand[b]);
        }
        foreach (var load in Task.Loads)
        {
            if (load.Kind != ExternalLoadKind.Weight) continue;
            var point = _pose.Point(load.Points[0].RigidBody, load.Points[0].Local(_model, 0));
            var weight = new Vec3(0, -load.BodyWeightFraction * _settings.Anthropometry.WeightNewtons, 0);
            force -= weight;
            moment -= (point - reference).Cross(weight);
        }
        _contacts.Solve(Task.Contacts, u, Task.IsPeriodic, substitution > 0, _pose, _model, _demand, _pose.WholeBodyCenterOfMass(_model), reference, force, moment);
        for (var pass = 0; pass < FootCount; pass++)
        {
            var r = pass == 0 ? _right : !_right;
            var foot = RigidBodies.Foot(r);
            var ankle = _pose.Origin[(int)foot];
            var knee = _pose.Origin[(int)RigidBodies.Shank(r)];
            // Moment the shank exerts on the foot about the ankle: the foot's weight and its contacts.
            var m = (_pose.CenterOfMass[(int)foot] - ankle).Cross(_demand[(int)foot]);
            for (var k = 0; k < Task.Contacts.Count; k++)
            {
                if (!_contacts.Active[k] || Task.Contacts[k].Point.RigidBody != foot) continue;
                m -= (_contacts.Point[k] - ankle).Cross(_contacts.Force[k]) + _contacts.Torque[k];
            }
            // Plantarflexion turns the toes (+X) down (−Y): a rotation about −Z.
            feet[pass] = new AnkleEffort.FootState(Math.Atan2(knee.X - ankle.X, knee.Y - ankle.Y),
                _q[(int)(r ? KinematicChannel.KneeFlexionRight : KinematicChannel.KneeFlexionLeft)], -m.Z);
        }
    }
}
