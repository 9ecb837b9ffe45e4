using GluteLab.Anatomy;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Inverse dynamics of exercises: for each frame, posture, coordinate velocities, the internal net joint moments of
/// the 10 actuated coordinates, and the L4/L5 axial load and axial torque (docs/inverse-dynamics.md). Pure: the same
/// inputs give the same frames; an instance holds only the immutable segment tables and may be shared between threads.
/// </summary>
/// <threadsafety>Thread-safe: instances are immutable and every run uses its own scratch state.</threadsafety>
public sealed class TaskInverseDynamics
{
    private static readonly bool[] LeftRight = [false, true];

    private static readonly Vec3 GravityVector = new(0, -Gravity.StandardMetersPerSecondSquared, 0);

    /// <summary>Time step of the central differences for the inertial terms, as a fraction of the duration.</summary>
    public const double DifferenceStepFraction = 0.004;

    private readonly SegmentTables _tables;

    /// <summary>Creates the solver over de Leva tables.</summary>
    public TaskInverseDynamics(SegmentTables tables) => _tables = tables ?? throw new ArgumentNullException(nameof(tables));

    /// <summary>Creates the solver over the bundled <c>data/segments.csv</c>.</summary>
    public static TaskInverseDynamics LoadBundled() => new(SegmentTables.LoadBundled());

    /// <summary>Runs the inverse dynamics of <paramref name="exercise"/> for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">The strategy does not belong to the exercise.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The pelvic tilt offset is NaN or beyond ±0.5 rad.</exception>
    public TaskKinetics Run(Exercise exercise, TaskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(settings);
        Preconditions.CheckRange(nameof(settings.PelvicTiltOffsetRadians), settings.PelvicTiltOffsetRadians,
            -TaskSettings.MaxPelvicTiltOffsetRadians, TaskSettings.MaxPelvicTiltOffsetRadians);
        exercise.CheckStrategy(settings.Strategy);
        var side = settings.WorkingSide ?? exercise.WorkingSide;
        var task = side == exercise.WorkingSide ? exercise : exercise.Mirrored();
        var model = new BodyModel(settings.Anthropometry, _tables);
        var run = new RunState(task, model, settings);
        return new TaskKinetics(exercise, settings, side, run.Frames());
    }

    /// <summary>Scratch state of one run.</summary>
    private sealed class RunState
    {
        private readonly Exercise _e;
        private readonly BodyModel _m;
        private readonly TaskMotion _motion;
        private readonly Pose _pose = new(), _before = new(), _after = new();
        private readonly ContactSolver _contacts;
        private readonly Vec3[] _demand = new Vec3[RigidBodies.Count];
        private readonly Vec3[] _angular = new Vec3[RigidBodies.Count];
        private readonly bool[] _supported = new bool[RigidBodies.Count];
        private readonly double[] _q = new double[KinematicChannels.Count];
        private readonly double[] _qBefore = new double[KinematicChannels.Count];
        private readonly double[] _qAfter = new double[KinematicChannels.Count];
        private readonly Vec3[] _loadPoint;
        private readonly Vec3[] _loadForce;

        public RunState(Exercise exercise, BodyModel model, TaskSettings settings)
        {
            _e = exercise;
            _m = model;
            _motion = new TaskMotion(exercise, model, settings.PelvicTiltOffsetRadians, settings.Strategy);
            _contacts = new ContactSolver(exercise.Contacts.Count);
            var loadPoints = exercise.Loads.Sum(l => l.Points.Count);
            _loadPoint = new Vec3[loadPoints];
            _loadForce = new Vec3[loadPoints];
            foreach (var c in exercise.Contacts)
            {
                if (c.Point.Kind == BodyPointKind.CenterOfMass && c.Cop == CopMode.Fixed) foreach (var b in c.Carries) _supported[(int)b] = true;
            }
        }

        public TaskFrame[] Frames()
        {
            var n = _e.FrameCount;
            var frames = new TaskFrame[n];
            var postures = new double[n][];
            var times = new double[n];
            for (var i = 0; i < n; i++) times[i] = _e.IsPeriodic ? (double)i / n : (double)i / (n - 1);
            var inertial = _e.Dynamics == TaskDynamicsMode.Inertial;
            var moments = new CoordinateValues[n];
            var axial = new double[n];
            var torsion = new double[n];
            var velocities = new CoordinateValues[n];
            var shear = new ShearResponse[n];
            for (var i = 0; i < n; i++)
            {
                var u = times[i];
                _motion.Place(u, _q, _pose, out var substitution);
                postures[i] = (double[])_q.Clone();
                if (inertial)
                {
                    var du = DifferenceStepFraction;
                    _motion.Place(u - du, _qBefore, _before, out _);
                    _motion.Place(u + du, _qAfter, _after, out _);
                    var dt = du * _e.DurationSeconds;
                    for (var c = 0; c < Coordinates.Count; c++) velocities[i][c] = (_qAfter[c] - _qBefore[c]) / (2 * dt);
                    Demands(dt);
                    HoldStanceFeetMediolaterally(u, dt);
                }
                else
                {
                    Demands(0);
                }
                Solve(u, substitution > 0, out moments[i], out axial[i], out torsion[i], out shear[i]);
            }
            if (!inertial)
            {
                // Quasi-static tasks: velocities by central differences between frames (one-sided at the ends).
                var dt = _e.DurationSeconds * (times.Length > 1 ? times[1] - times[0] : 1);
                for (var i = 0; i < n; i++)
                {
                    int a = i - 1, b = i + 1;
                    if (_e.IsPeriodic) { a = (a + n) % n; b %= n; }
                    else { a = Math.Max(a, 0); b = Math.Min(b, n - 1); }
                    var span = _e.IsPeriodic ? 2 : b - a;
                    for (var c = 0; c < Coordinates.Count; c++) velocities[i][c] = span == 0 ? 0 : (postures[b][c] - postures[a][c]) / (span * dt);
                }
            }
            for (var i = 0; i < n; i++)
            {
                var posture = Posture.Neutral;
                for (var c = 0; c < Coordinates.Count; c++) posture = posture.With((Coordinate)c, Math.IEEERemainder(postures[i][c], 2 * Math.PI));
                frames[i] = new TaskFrame(times[i] * _e.DurationSeconds, posture, velocities[i], moments[i], axial[i], torsion[i], shear[i]);
            }
            return frames;
        }

        /// <summary>Per-body m(a − g) and I·α + ω × I·ω in the world frame (inertial terms only when <paramref name="dt"/> &gt; 0).</summary>
        private void Demands(double dt)
        {
            for (var b = 0; b < RigidBodies.Count; b++)
            {
                var mass = _m.MassKilograms((RigidBody)b);
                var acceleration = Vec3.Zero;
                _angular[b] = Vec3.Zero;
                if (dt > 0)
                {
                    acceleration = (1 / (dt * dt)) * (_after.CenterOfMass[b] - 2 * _pose.CenterOfMass[b] + _before.CenterOfMass[b]);
                    var r = _pose.Rotation[b];
                    var wPlus = (_after.Rotation[b] * r.Transposed).SmallAngle * (1 / dt);
                    var wMinus = (r * _before.Rotation[b].Transposed).SmallAngle * (1 / dt);
                    var omega = 0.5 * (wPlus + wMinus);
                    var alpha = (1 / dt) * (wPlus - wMinus);
                    _angular[b] = Inertia(r, _m.InertiaLocal((RigidBody)b), alpha) + omega.Cross(Inertia(r, _m.InertiaLocal((RigidBody)b), omega));
                }
                _demand[b] = mass * (acceleration - GravityVector);
            }
        }

        /// <summary>
        /// Gait with prescribed foot forces (laboratory-style, from the feet up): a loaded foot does not slide sideways,
        /// but the normative mean angles on this rigid leg (no knee varus–valgus, no hip rotation) move the stance ankle
        /// by ≈ 10 cm mediolaterally over stance. That slip is removed from the leg's linear accelerations: each stance
        /// leg's segments lose the ankle's mediolateral (world Z; gait progresses along X) acceleration, weighted by the
        /// foot's share of the total vertical ground reaction (1 in single support, the load split in double support).
        /// Fore–aft and vertical ankle motion stays: the heel rises and the foot rolls over the toes.
        /// </summary>
        private void HoldStanceFeetMediolaterally(double u, double dt)
        {
            double total = 0;
            foreach (var c in _e.Contacts) total += ProfileBodyWeights(c, u);
            if (total <= 0) return;
            foreach (var c in _e.Contacts)
            {
                var share = ProfileBodyWeights(c, u) / total;
                if (share <= 0 || c.Point.RigidBody is not (RigidBody.FootLeft or RigidBody.FootRight)) continue;
                var right = c.Point.RigidBody == RigidBody.FootRight;
                var ankle = (int)RigidBodies.Foot(right);
                var slip = (_after.Origin[ankle].Z - 2 * _pose.Origin[ankle].Z + _before.Origin[ankle].Z) / (dt * dt);
                foreach (var body in (ReadOnlySpan<RigidBody>)[RigidBodies.Thigh(right), RigidBodies.Shank(right), RigidBodies.Foot(right)])
                    _demand[(int)body] -= new Vec3(0, 0, share * _m.MassKilograms(body) * slip);
            }
        }

        /// <summary>The prescribed vertical force of a gait contact at <paramref name="u"/> in body weights (0 outside its window or without a profile).</summary>
        private double ProfileBodyWeights(ExerciseContact c, double u) =>
            c.VerticalProfileBodyWeights is { } profile && ContactSolver.Weight(c, u, _e.IsPeriodic) > 0
                ? ContactSolver.ProfileBodyWeights(c, profile, u, _e.IsPeriodic)
                : 0;

        private static Vec3 Inertia(Rot3 r, Vec3 principal, Vec3 v)
        {
            var local = r.Transposed * v;
            return r * new Vec3(principal.X * local.X, principal.Y * local.Y, principal.Z * local.Z);
        }

        private void Solve(double u, bool substituting, out CoordinateValues moments, out double axialLoad, out double torsion, out ShearResponse shear)
        {
            // External loads.
            var weight = _m.Person.WeightNewtons;
            var p = 0;
            var reference = _pose.Origin[(int)RigidBody.Pelvis];
            var force = Vec3.Zero;
            var moment = Vec3.Zero;
            foreach (var load in _e.Loads)
            {
                if (load.Kind == ExternalLoadKind.Weight)
                {
                    _loadPoint[p] = _pose.Point(load.Points[0].RigidBody, load.Points[0].Local(_m, 0));
                    _loadForce[p++] = new Vec3(0, -load.BodyWeightFraction * weight, 0);
                }
                else
                {
                    var a = _pose.Point(load.Points[0].RigidBody, load.Points[0].Local(_m, 0));
                    var b = _pose.Point(load.Points[1].RigidBody, load.Points[1].Local(_m, 0));
                    var d = b - a;
                    var direction = d.Length > 1e-9 ? (1 / d.Length) * d : Vec3.Zero;
                    _loadPoint[p] = a;
                    _loadForce[p++] = load.ForceNewtons * direction;
                    _loadPoint[p] = b;
                    _loadForce[p++] = -load.ForceNewtons * direction;
                }
            }
            // Wrench the contacts must supply: Σ body demands − loads (bodies resting under their CoM excluded).
            for (var b = 0; b < RigidBodies.Count; b++)
            {
                if (_supported[b]) continue;
                force += _demand[b];
                moment += (_pose.CenterOfMass[b] - reference).Cross(_demand[b]) + _angular[b];
            }
            for (var i = 0; i < p; i++)
            {
                force -= _loadForce[i];
                moment -= (_loadPoint[i] - reference).Cross(_loadForce[i]);
            }
            _contacts.Solve(_e.Contacts, u, _e.IsPeriodic, substituting, _pose, _m, _demand, _pose.WholeBodyCenterOfMass(_m), reference, force, moment);
            JointMoments(out moments, out axialLoad, out torsion);
            shear = _e.Shear is { } pair ? ShearResponse(pair, moments, axialLoad) : default;
        }

        /// <summary>Internal net joint moments, the L4/L5 axial load and the L4/L5 axial torque from the current contact forces.</summary>
        private void JointMoments(out CoordinateValues moments, out double axialLoad, out double torsion)
        {
            moments = default;
            foreach (var right in LeftRight)
            {
                var thigh = RigidBodies.Thigh(right);
                var shank = RigidBodies.Shank(right);
                var foot = RigidBodies.Foot(right);
                var hip = _pose.Origin[(int)thigh];
                var knee = _pose.Origin[(int)shank];
                var hipMoment = Subtree(hip, thigh, shank, foot, out _);
                var kneeMoment = Subtree(knee, shank, foot, null, out _);
                var side = right ? 8 : 4;
                var sign = right ? 1.0 : -1.0;
                var pelvis = _pose.Rotation[(int)RigidBody.Pelvis];
                var flexed = pelvis * Rot3.AboutZ(_q[side + (int)JointMotion.HipFlexion]);
                moments[side + (int)JointMotion.HipFlexion] = hipMoment.Dot(pelvis.AxisZ);
                moments[side + (int)JointMotion.HipAdduction] = hipMoment.Dot(sign * flexed.AxisX);
                moments[side + (int)JointMotion.HipRotation] = hipMoment.Dot(sign * _pose.Rotation[(int)thigh].AxisY);
                moments[side + (int)JointMotion.KneeFlexion] = kneeMoment.Dot(-1 * _pose.Rotation[(int)thigh].AxisZ);
            }
            {
                var pelvis = _pose.Rotation[(int)RigidBody.Pelvis];
                var l4l5 = _pose.Origin[(int)RigidBody.Trunk];
                var lumbar = Subtree(l4l5, RigidBody.Trunk, RigidBody.Head, null, out var jointForce, upperBody: true);
                moments[(int)Coordinate.LumbarFlexion] = lumbar.Dot(-1 * pelvis.AxisZ);
                var flexed = pelvis * Rot3.AboutZ(-_q[(int)KinematicChannel.LumbarFlexion]);
                moments[(int)Coordinate.LumbarLateralBending] = lumbar.Dot(flexed.AxisX);
                axialLoad = jointForce.Dot(_pose.Rotation[(int)RigidBody.Trunk].AxisY);
                // Axial torque about the trunk's long axis: no coordinate carries it, the caller turns it into muscle load.
                torsion = lumbar.Dot(_pose.Rotation[(int)RigidBody.Trunk].AxisY);
            }
        }

        /// <summary>
        /// The change of the joint moments and of the L4/L5 axial load per newton of the exercise's friction pair, and
        /// the pair's friction limit (docs/inverse-dynamics.md, "Contact shear"). The unit pair is +1 N along the pair's
        /// world axis e (X or Z) on the push contacts and −1 N on the resist contacts (each group shared by vertical force);
        /// when the groups stand at different heights a vertical pair G = (y_push − y_resist)/((p_push − p_resist)·e) closes the moment,
        /// and any remaining moment is a torque of the resist contacts, so the body's equilibrium is unchanged.
        /// </summary>
        private ShearResponse ShearResponse(ShearPair pair, in CoordinateValues baseMoments, double baseAxial)
        {
            double pushNormal = 0, resistNormal = 0;
            Vec3 pushPoint = Vec3.Zero, resistPoint = Vec3.Zero;
            foreach (var k in pair.Push) if (_contacts.Active[k]) { pushNormal += _contacts.Force[k].Y; pushPoint += _contacts.Force[k].Y * _contacts.Point[k]; }
            foreach (var k in pair.Resist) if (_contacts.Active[k]) { resistNormal += _contacts.Force[k].Y; resistPoint += _contacts.Force[k].Y * _contacts.Point[k]; }
            // Below a newton of normal force a contact cannot hold shear (lifting off).
            if (pushNormal < 1 || resistNormal < 1) return default;
            pushPoint = (1 / pushNormal) * pushPoint;
            resistPoint = (1 / resistNormal) * resistPoint;
            var along = pair.Axis == ShearAxis.Lateral ? new Vec3(0, 0, 1) : new Vec3(1, 0, 0);
            var run = (pushPoint - resistPoint).Dot(along);
            if (Math.Abs(run) < 0.05) return default; // groups one above the other: a horizontal pair cannot be balanced
            var rise = (pushPoint.Y - resistPoint.Y) / run;

            Span<Vec3> savedForce = stackalloc Vec3[_e.Contacts.Count];
            Span<Vec3> savedTorque = stackalloc Vec3[_e.Contacts.Count];
            for (var k = 0; k < _e.Contacts.Count; k++) { savedForce[k] = _contacts.Force[k]; savedTorque[k] = _contacts.Torque[k]; }
            var unit = along + new Vec3(0, rise, 0);
            var residual = Vec3.Zero;
            foreach (var k in pair.Push)
            {
                if (!_contacts.Active[k]) continue;
                var f = (savedForce[k].Y / pushNormal) * unit;
                _contacts.Force[k] += f;
                residual += _contacts.Point[k].Cross(f);
            }
            foreach (var k in pair.Resist)
            {
                if (!_contacts.Active[k]) continue;
                var f = (-savedForce[k].Y / resistNormal) * unit;
                _contacts.Force[k] += f;
                residual += _contacts.Point[k].Cross(f);
            }
            foreach (var k in pair.Resist)
            {
                if (_contacts.Active[k]) _contacts.Torque[k] -= (savedForce[k].Y / resistNormal) * residual;
            }
            JointMoments(out var moments, out var axial, out _);
            for (var k = 0; k < _e.Contacts.Count; k++) { _contacts.Force[k] = savedForce[k]; _contacts.Torque[k] = savedTorque[k]; }
            for (var c = 0; c < Coordinates.Count; c++) moments[c] -= baseMoments[c];
            // Coulomb: |F| ≤ μ (N − |G| |F|) for both groups.
            var limit = pair.FrictionCoefficient * Math.Min(pushNormal, resistNormal) / (1 + pair.FrictionCoefficient * Math.Abs(rise));
            return new ShearResponse(moments, axial - baseAxial, limit);
        }

        /// <summary>
        /// Moment the proximal body exerts on the subtree (bodies a, b, c; or the whole upper body) about
        /// <paramref name="joint"/>, and the joint force on it: M = Σ[(c − j) × m(a − g) + Iα + ω×Iω] − Σ(p − j) × F_ext.
        /// </summary>
        private Vec3 Subtree(Vec3 joint, RigidBody a, RigidBody b, RigidBody? c, out Vec3 jointForce, bool upperBody = false)
        {
            var moment = Vec3.Zero;
            jointForce = Vec3.Zero;
            for (var i = 0; i < RigidBodies.Count; i++)
            {
                var body = (RigidBody)i;
                if (!InSubtree(body, a, b, c, upperBody)) continue;
                if (!_supported[i])
                {
                    moment += (_pose.CenterOfMass[i] - joint).Cross(_demand[i]);
                    jointForce += _demand[i];
                    moment += _angular[i];
                }
            }
            for (var k = 0; k < _e.Contacts.Count; k++)
            {
                if (!_contacts.Active[k]) continue;
                if (!InSubtree(ContactBody(_e.Contacts[k]), a, b, c, upperBody)) continue;
                moment -= (_contacts.Point[k] - joint).Cross(_contacts.Force[k]) + _contacts.Torque[k];
                jointForce -= _contacts.Force[k];
            }
            var p = 0;
            foreach (var load in _e.Loads)
            {
                foreach (var point in load.Points)
                {
                    if (InSubtree(point.RigidBody, a, b, c, upperBody))
                    {
                        moment -= (_loadPoint[p] - joint).Cross(_loadForce[p]);
                        jointForce -= _loadForce[p];
                    }
                    p++;
                }
            }
            return moment;
        }

        private static RigidBody ContactBody(ExerciseContact contact) =>
            contact.Point.Kind == BodyPointKind.CenterOfMass && contact.Carries.Count > 0 ? contact.Carries[0] : contact.Point.RigidBody;

        private static bool InSubtree(RigidBody body, RigidBody a, RigidBody b, RigidBody? c, bool upperBody) =>
            upperBody
                ? body is RigidBody.Trunk or RigidBody.Head or RigidBody.UpperArmLeft or RigidBody.ForearmLeft or RigidBody.UpperArmRight or RigidBody.ForearmRight
                : body == a || body == b || body == c;
    }
}
