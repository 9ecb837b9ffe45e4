using GluteLab.Anatomy;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// The kinematics of one task run: keyframes → strategy → pelvic tilt offset → body placement in the world.
/// Holds scratch buffers, so one instance serves one run on one thread.
/// </summary>
internal sealed class TaskMotion
{
    private readonly Exercise _exercise;
    private readonly BodyModel _model;
    private readonly double _tiltOffset;
    private readonly MovementStrategy _strategy;
    private readonly bool _right;
    private readonly Pose _scratch = new();
    private readonly double _standingHeight;
    private readonly double _deepestHeight;
    private readonly double _startHip;
    private readonly Vec3 _anchorStart;

    /// <param name="exercise">The exercise, already mirrored to the working side.</param>
    /// <param name="model">The person's body.</param>
    /// <param name="tiltOffsetRadians">Pelvic tilt offset, rad.</param>
    /// <param name="strategy">The movement strategy.</param>
    /// <param name="depthRange">The nominal movement's depth range (<see cref="DepthRange"/>), when the caller already has
    /// it for this exercise and body; computed here otherwise.</param>
    public TaskMotion(Exercise exercise, BodyModel model, double tiltOffsetRadians, MovementStrategy strategy,
        (double StandingMeters, double DeepestMeters)? depthRange = null)
    {
        _exercise = exercise;
        _model = model;
        _tiltOffset = tiltOffsetRadians;
        _strategy = strategy;
        _right = exercise.WorkingSide == Side.Right;
        _startHip = exercise.Curve(HipFlexion(_right)).Evaluate(0);
        if (strategy.Family == MovementStrategyFamily.TrunkLean)
        {
            (_standingHeight, _deepestHeight) = depthRange ?? DepthRange(exercise, model);
        }
        if (exercise.Anchor != TaskAnchor.None)
        {
            Span<double> q = stackalloc double[KinematicChannels.Count];
            Channels(0, q, out _);
            ForwardKinematics.Compute(model, q, Vec3.Zero, exercise.FlatFeet, _scratch);
            _anchorStart = AnchorPoint(_scratch);
        }
    }

    /// <summary>
    /// Depth range of the nominal movement: the highest and lowest hip height above the working ankle on a 2.5 % grid, m.
    /// </summary>
    public static (double StandingMeters, double DeepestMeters) DepthRange(Exercise exercise, BodyModel model)
    {
        var right = exercise.WorkingSide == Side.Right;
        Span<double> q = stackalloc double[KinematicChannels.Count];
        var pose = new Pose();
        double standing = double.NegativeInfinity, deepest = double.PositiveInfinity;
        for (var i = 0; i <= 40; i++)
        {
            for (var c = 0; c < KinematicChannels.Count; c++) q[c] = exercise.Curve((KinematicChannel)c).Evaluate(i / 40.0);
            ForwardKinematics.Compute(model, q, Vec3.Zero, exercise.FlatFeet, pose);
            var h = pose.Origin[(int)RigidBodies.Thigh(right)].Y - pose.Origin[(int)RigidBodies.Foot(right)].Y;
            standing = Math.Max(standing, h);
            deepest = Math.Min(deepest, h);
        }
        return (standing, deepest);
    }

    /// <summary>Final channel values at time fraction <paramref name="u"/>; <paramref name="substitution"/> = pelvic rotation used by the lumbar–pelvic strategy (rad).</summary>
    public void Channels(double u, Span<double> q, out double substitution)
    {
        Nominal(u, q);
        substitution = 0;
        switch (_strategy.Family)
        {
            case MovementStrategyFamily.TrunkLean when _strategy.Parameter != 0 && _standingHeight - _deepestHeight > 1e-3:
                ApplyTrunkLean(q, _strategy.Parameter * Math.PI / 180);
                break;
            case MovementStrategyFamily.LumbarPelvic when _strategy.Parameter > 0:
                // Hip extension achieved since the start of the repetition, capped by the available lumbar extension.
                var extension = Math.Max(0, _startHip - q[(int)HipFlexion(_right)]);
                substitution = _strategy.Parameter * Math.Min(extension, _exercise.PelvicRotationCapRadians);
                RotatePelvis(q, substitution, _exercise.LumbarGain);
                break;
        }
        if (_tiltOffset != 0) RotatePelvis(q, _tiltOffset, 1);
    }

    /// <summary>Places the body at time fraction <paramref name="u"/> (channels + root motion or anchor).</summary>
    public void Place(double u, Span<double> q, Pose pose, out double substitution)
    {
        Channels(u, q, out substitution);
        ForwardKinematics.Compute(_model, q, Vec3.Zero, _exercise.FlatFeet, pose);
        if (_exercise.RootMotion is { } r)
        {
            // The whole-body centre of mass follows the prescribed path; the body is placed around it.
            var t = u * _exercise.DurationSeconds;
            var target = new Vec3(
                r.ForwardSpeedMetersPerSecond * t + r.ForeAftAmplitudeMeters * Math.Sin(4 * Math.PI * (u - r.ForeAftPhase)),
                -r.VerticalAmplitudeMeters * Math.Cos(4 * Math.PI * (u - r.VerticalLowestAt)),
                r.LateralAmplitudeMeters * Math.Sin(2 * Math.PI * u));
            pose.Translate(target - pose.WholeBodyCenterOfMass(_model));
        }
        if (_exercise.Anchor != TaskAnchor.None) pose.Translate(_anchorStart - AnchorPoint(pose));
    }

    private static KinematicChannel HipFlexion(bool right) => right ? KinematicChannel.HipFlexionRight : KinematicChannel.HipFlexionLeft;
    private static KinematicChannel KneeFlexion(bool right) => right ? KinematicChannel.KneeFlexionRight : KinematicChannel.KneeFlexionLeft;

    private void Nominal(double u, Span<double> q)
    {
        for (var c = 0; c < KinematicChannels.Count; c++) q[c] = _exercise.Curve((KinematicChannel)c).Evaluate(u);
    }

    /// <summary>Anterior pelvic rotation by <paramref name="angle"/> with thighs fixed in the world: hips += angle, lumbar −= gain × angle.</summary>
    private static void RotatePelvis(Span<double> q, double angle, double lumbarGain)
    {
        q[(int)KinematicChannel.PelvicTilt] += angle;
        q[(int)KinematicChannel.HipFlexionLeft] += angle;
        q[(int)KinematicChannel.HipFlexionRight] += angle;
        q[(int)KinematicChannel.LumbarFlexion] -= lumbarGain * angle;
    }

    private Vec3 AnchorPoint(Pose pose) => _exercise.Anchor switch
    {
        TaskAnchor.Ankles => 0.5 * (pose.Origin[(int)RigidBody.FootLeft] + pose.Origin[(int)RigidBody.FootRight]),
        TaskAnchor.AnkleLeft => pose.Origin[(int)RigidBody.FootLeft],
        _ => pose.Origin[(int)RigidBody.FootRight],
    };

    private double HipHeight(Pose pose) =>
        pose.Origin[(int)RigidBodies.Thigh(_right)].Y - pose.Origin[(int)RigidBodies.Foot(_right)].Y;

    /// <summary>
    /// Trunk-lean strategy: the pelvis (and the rigid trunk, head, arms and any load they carry) pitches forward by
    /// offset × depth progress; the working leg's shank and thigh angles are re-solved (2-D Newton) so that the hip
    /// stays at the nominal height above the working ankle and the whole-body centre of mass (with loads) stays at the
    /// nominal horizontal distance from it. Non-working legs keep their orientation in the world.
    /// </summary>
    private void ApplyTrunkLean(Span<double> q, double offset)
    {
        ForwardKinematics.Compute(_model, q, Vec3.Zero, _exercise.FlatFeet, _scratch);
        var height = HipHeight(_scratch);
        var progress = Math.Clamp((_standingHeight - height) / (_standingHeight - _deepestHeight), 0, 1);
        var delta = offset * progress;
        if (delta == 0) return;

        var bilateral = _exercise.IsBilateral;
        var ankle = _scratch.Origin[(int)RigidBodies.Foot(_right)];
        var hip = _scratch.Origin[(int)RigidBodies.Thigh(_right)];
        var knee = _scratch.Origin[(int)RigidBodies.Shank(_right)];
        var ls = _model.ShankLengthMeters;
        var lt = _model.ThighLengthMeters;
        var theta0 = Math.Atan2(knee.X - hip.X, hip.Y - knee.Y);
        var a0 = Math.Atan2(knee.X - ankle.X, knee.Y - ankle.Y);
        var cs = 1 - _model.CenterOfMassLocal(RigidBody.ShankRight).Y / -ls; // fraction from the ankle
        var ct = _model.CenterOfMassLocal(RigidBody.ThighRight).Y / -lt;      // fraction from the hip
        var ms = _model.MassKilograms(RigidBody.ShankRight);
        var mt = _model.MassKilograms(RigidBody.ThighRight);
        var legs = bilateral ? 2 : 1;

        // Groups: feet (fixed to their ankles), upper body with loads (rotates about the hip), other leg (translates).
        double mFeet = 0, xFeet = 0, mUpper = 0, mOther = 0;
        Vec3 upper = Vec3.Zero, other = Vec3.Zero;
        var midHip = _scratch.Origin[(int)RigidBody.Pelvis];
        for (var b = 0; b < RigidBodies.Count; b++)
        {
            var body = (RigidBody)b;
            var m = _model.MassKilograms(body);
            var c = _scratch.CenterOfMass[b];
            var isWorking = body == RigidBodies.Thigh(_right) || body == RigidBodies.Shank(_right) || body == RigidBodies.Foot(_right)
                || (bilateral && (body == RigidBodies.Thigh(!_right) || body == RigidBodies.Shank(!_right) || body == RigidBodies.Foot(!_right)));
            if (body == RigidBody.FootLeft || body == RigidBody.FootRight)
            {
                if (isWorking) { mFeet += m; xFeet += m * (c.X - ankle.X); continue; }
            }
            if (isWorking) continue;
            if (body is RigidBody.Pelvis or RigidBody.Trunk or RigidBody.Head or RigidBody.UpperArmLeft or RigidBody.UpperArmRight or RigidBody.ForearmLeft or RigidBody.ForearmRight)
            {
                mUpper += m;
                upper += m * (c - midHip);
            }
            else
            {
                mOther += m;
                other += m * (c - midHip);
            }
        }
        foreach (var load in _exercise.Loads)
        {
            if (load.Kind != ExternalLoadKind.Weight) continue;
            var point = _scratch.Point(load.Points[0].RigidBody, load.Points[0].Local(_model, 0));
            var m = load.BodyWeightFraction * _model.TotalMassKilograms;
            mUpper += m;
            upper += m * (point - midHip);
        }
        var total = mFeet + legs * (ms + mt) + mUpper + mOther;
        // Upper-body moment rotated forward by delta about the hip (clockwise in the X–Y plane).
        var (sd, cd) = Math.SinCos(delta);
        var upperX = upper.X * cd + upper.Y * sd;

        double ComX(double a, double th)
        {
            var hipX = ls * Math.Sin(a) - lt * Math.Sin(th);
            return (xFeet + legs * (ms * cs * ls * Math.Sin(a) + mt * (hipX + ct * lt * Math.Sin(th))) + (mUpper + mOther) * hipX + upperX + other.X) / total;
        }
        double ComX0()
        {
            var hipX = ls * Math.Sin(a0) - lt * Math.Sin(theta0);
            return (xFeet + legs * (ms * cs * ls * Math.Sin(a0) + mt * (hipX + ct * lt * Math.Sin(theta0))) + (mUpper + mOther) * hipX + upper.X + other.X) / total;
        }

        var targetX = ComX0();
        var targetY = ls * Math.Cos(a0) + lt * Math.Cos(theta0);
        double aa = a0, th = theta0;
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var f1 = ls * Math.Cos(aa) + lt * Math.Cos(th) - targetY;
            var f2 = ComX(aa, th) - targetX;
            if (Math.Abs(f1) < 1e-7 && Math.Abs(f2) < 1e-7) break;
            var j11 = -ls * Math.Sin(aa);
            var j12 = -lt * Math.Sin(th);
            var aboveKnee = legs * mt + mUpper + mOther;
            var j21 = (legs * ms * cs * ls * Math.Cos(aa) + aboveKnee * ls * Math.Cos(aa)) / total;
            var j22 = (legs * mt * (ct - 1) * lt * Math.Cos(th) - (mUpper + mOther) * lt * Math.Cos(th)) / total;
            var det = j11 * j22 - j12 * j21;
            if (Math.Abs(det) < 1e-12) break;
            var da = (f1 * j22 - f2 * j12) / det;
            var dt = (j11 * f2 - j21 * f1) / det;
            aa -= Math.Clamp(da, -0.3, 0.3);
            th -= Math.Clamp(dt, -0.3, 0.3);
        }

        q[(int)KinematicChannel.PelvicTilt] += delta;
        var dTheta = th - theta0;
        var dA = aa - a0;
        for (var pass = 0; pass < 2; pass++)
        {
            var right = pass == 0 ? _right : !_right;
            var working = right == _right || bilateral;
            if (working)
            {
                q[(int)HipFlexion(right)] += delta + dTheta;
                q[(int)KneeFlexion(right)] += dTheta + dA;
            }
            else
            {
                q[(int)HipFlexion(right)] += delta;
            }
        }
    }
}
