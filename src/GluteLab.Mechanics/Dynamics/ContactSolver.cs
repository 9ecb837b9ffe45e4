using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Distributes the contact wrench a task needs over its contacts (KINEMATICS.md §4; docs/inverse-dynamics.md):
/// carried bodies first, then explicit or time-ramped shares, then static equilibrium over the rest (lever rule for
/// two contacts, exact for three, least-norm non-negative for more); horizontal force in proportion to vertical force;
/// free centres of pressure shift together to close the moment balance about the horizontal axes, and the
/// remaining moment about the vertical is a free torque at those contacts.
/// </summary>
internal sealed class ContactSolver
{
    public readonly Vec3[] Point;
    public readonly Vec3[] Force;
    public readonly Vec3[] Torque;
    public readonly bool[] Active;
    private readonly double[] _share;
    private readonly bool[] _free;
    private readonly int _count;

    public ContactSolver(int count)
    {
        _count = count;
        Point = new Vec3[count];
        Force = new Vec3[count];
        Torque = new Vec3[count];
        Active = new bool[count];
        _share = new double[count];
        _free = new bool[count];
    }

    /// <param name="contacts">The exercise's contacts.</param>
    /// <param name="u">Time fraction.</param>
    /// <param name="periodic">Whether windows wrap.</param>
    /// <param name="substituting">Lumbar–pelvic substitution active at this instant.</param>
    /// <param name="pose">RigidBody placement.</param>
    /// <param name="model">The body model.</param>
    /// <param name="demand">Per body m(a − g), N.</param>
    /// <param name="centerOfMass">Whole-body centre of mass, m.</param>
    /// <param name="reference">Point about which <paramref name="requiredMoment"/> is taken.</param>
    /// <param name="requiredForce">Force the contacts must supply, N.</param>
    /// <param name="requiredMoment">Moment about <paramref name="reference"/> the contacts must supply, N·m.</param>
    public void Solve(IReadOnlyList<ExerciseContact> contacts, double u, bool periodic, bool substituting, Pose pose, BodyModel model,
        ReadOnlySpan<Vec3> demand, Vec3 centerOfMass, Vec3 reference, Vec3 requiredForce, Vec3 requiredMoment)
    {
        var f = requiredForce;
        var m = requiredMoment;
        Span<double> weight = stackalloc double[_count];
        var ramping = false;
        for (var k = 0; k < _count; k++)
        {
            var c = contacts[k];
            Force[k] = Vec3.Zero;
            Torque[k] = Vec3.Zero;
            weight[k] = Weight(c, u, periodic);
            Active[k] = weight[k] > 0;
            if (!Active[k]) continue;
            var window = c.ActiveTo - c.ActiveFrom;
            var progress = Math.Clamp(Wrap(u - c.ActiveFrom, periodic) / window, 0, 1);
            var ahead = (c.CopAheadStartMeters + (c.CopAheadEndMeters - c.CopAheadStartMeters) * progress) * model.Person.HeightMeters / 1.741;
            Point[k] = pose.Point(c.Point.RigidBody, c.Point.Local(model, ahead));
            _free[k] = c.Cop switch
            {
                CopMode.Free => true,
                CopMode.FreeWhenSubstituting => substituting,
                CopMode.FreeUnlessSubstituting => !substituting,
                _ => false,
            };
            if (c.Carries.Count > 0)
            {
                if (c.Point.Kind == BodyPointKind.CenterOfMass && c.Cop == CopMode.Fixed)
                {
                    // Each carried body rests under its own centre of mass: the caller leaves those bodies out.
                    Active[k] = false;
                }
                else if (c.Point.Kind == BodyPointKind.CenterOfMass)
                {
                    // One support at the carried bodies' combined centre of mass, free to move when the mode says so.
                    var sum = Vec3.Zero;
                    double mass = 0;
                    var com = Vec3.Zero;
                    foreach (var b in c.Carries)
                    {
                        sum += demand[(int)b];
                        mass += model.MassKilograms(b);
                        com += model.MassKilograms(b) * pose.CenterOfMass[(int)b];
                    }
                    Point[k] = (1 / mass) * com;
                    Force[k] = sum;
                    f -= sum;
                    m -= (Point[k] - reference).Cross(sum);
                }
                else
                {
                    var sum = Vec3.Zero;
                    foreach (var b in c.Carries) sum += demand[(int)b];
                    Force[k] = sum;
                    f -= sum;
                    m -= (Point[k] - reference).Cross(sum);
                }
                weight[k] = 0; // not part of the share distribution
                continue;
            }
            if (weight[k] < 1) ramping = true;
        }

        // Take moments about a point at the mean height of the share-distributed contacts, so that their horizontal
        // forces (not yet known) have almost no moment about the horizontal axes there.
        {
            double ySum = 0;
            var yCount = 0;
            for (var k = 0; k < _count; k++)
            {
                if (weight[k] > 0) { ySum += Point[k].Y; yCount++; }
            }
            if (yCount > 0)
            {
                var lowered = new Vec3(reference.X, ySum / yCount, reference.Z);
                m -= (lowered - reference).Cross(f);
                requiredMoment -= (lowered - reference).Cross(requiredForce);
                reference = lowered;
            }
        }

        // Prescribed vertical forces (measured-like profiles): no equilibrium distribution for those contacts.
        var prescribed = false;
        for (var k = 0; k < _count; k++)
        {
            if (weight[k] <= 0 || contacts[k].VerticalProfileBodyWeights is not { } profile) continue;
            _share[k] = ProfileBodyWeights(contacts[k], profile, u, periodic) * model.Person.WeightNewtons;
            prescribed = true;
        }
        if (prescribed)
        {
            for (var k = 0; k < _count; k++)
            {
                if (weight[k] <= 0 || contacts[k].VerticalProfileBodyWeights is null) continue;
                Force[k] = new Vec3(0, _share[k], 0);
                if (contacts[k].TowardCenterOfMass)
                {
                    var aim = centerOfMass + new Vec3(0, contacts[k].AimAboveCenterOfMassMeters * model.Person.HeightMeters / 1.741, 0);
                    var height = Math.Max(aim.Y - Point[k].Y, 0.3);
                    Force[k] = new Vec3(_share[k] * (aim.X - Point[k].X) / height, _share[k], _share[k] * (aim.Z - Point[k].Z) / height);
                }
            }
            return;
        }

        // Vertical shares among the remaining contacts.
        var vertical = f.Y;
        double explicitShare = 0;
        var rest = 0;
        double weightSum = 0;
        for (var k = 0; k < _count; k++)
        {
            _share[k] = 0;
            if (weight[k] <= 0) continue;
            weightSum += weight[k];
            if (!ramping && contacts[k].Share is { } s) { _share[k] = s; explicitShare += s; }
            else rest++;
        }
        if (weightSum > 0)
        {
            if (ramping)
            {
                for (var k = 0; k < _count; k++) if (weight[k] > 0) _share[k] = weight[k] / weightSum;
            }
            else if (rest > 0)
            {
                DistributeByEquilibrium(contacts, weight, vertical, 1 - explicitShare, f, m, reference);
            }
            else if (explicitShare > 0)
            {
                for (var k = 0; k < _count; k++) _share[k] /= explicitShare;
            }
        }
        // Medio-lateral components aimed at the same side's hip joint centre where asked; the rest by share.
        var lateralSum = 0.0;
        var aimedX = 0.0;
        for (var k = 0; k < _count; k++)
        {
            Force[k] = weight[k] > 0 ? new Vec3(0, _share[k] * vertical, 0) : Force[k];
            if (weight[k] > 0 && contacts[k].TowardCenterOfMass)
            {
                var aim = centerOfMass + new Vec3(0, contacts[k].AimAboveCenterOfMassMeters * model.Person.HeightMeters / 1.741, 0);
                var height = Math.Max(aim.Y - Point[k].Y, 0.3);
                var toward = new Vec3(Force[k].Y * (aim.X - Point[k].X) / height, Force[k].Y, Force[k].Y * (aim.Z - Point[k].Z) / height);
                Force[k] = toward;
                lateralSum += toward.Z;
                aimedX += toward.X;
                continue;
            }
            if (weight[k] <= 0 || !contacts[k].LateralTowardHip) continue;
            var hip = pose.Origin[(int)(IsRight(contacts[k].Point.RigidBody) ? RigidBody.ThighRight : RigidBody.ThighLeft)];
            var lateral = Force[k].Y * (hip.Z - Point[k].Z) / Math.Max(hip.Y - Point[k].Y, 0.3);
            Force[k] = Force[k] with { Z = lateral };
            lateralSum += lateral;
        }
        for (var k = 0; k < _count; k++)
        {
            if (weight[k] <= 0) continue;
            Force[k] = new Vec3(Force[k].X + _share[k] * (f.X - aimedX), Force[k].Y, Force[k].Z + _share[k] * (f.Z - lateralSum));
        }

        // Free centres of pressure close the balance about the horizontal axes; the vertical-axis rest is a free torque.
        var residual = requiredMoment;
        double freeVertical = 0;
        for (var k = 0; k < _count; k++)
        {
            if (!Active[k]) continue;
            residual -= (Point[k] - reference).Cross(Force[k]);
            if (_free[k]) freeVertical += Force[k].Y;
        }
        if (Math.Abs(freeVertical) > 1e-9)
        {
            var shift = new Vec3(residual.Z / freeVertical, 0, -residual.X / freeVertical);
            // A free centre of pressure with a range stops at its end; the moment it cannot hold passes to the contacts
            // that take the overflow (free_when_substituting, while not substituting).
            var deficit = Vec3.Zero;
            for (var k = 0; k < _count; k++)
            {
                if (!Active[k] || !_free[k]) continue;
                var own = shift;
                if (contacts[k].CopRange is { } range)
                {
                    var body = contacts[k].Point.RigidBody;
                    var axis = pose.Rotation[(int)body].AxisY;
                    axis = new Vec3(axis.X, 0, axis.Z);
                    var length = axis.Length;
                    if (length > 1e-9)
                    {
                        axis = (1 / length) * axis;
                        var bodyLength = BodyPointSpec.AxisLengthMeters(model, body);
                        var along = shift.Dot(axis);
                        var clipped = Math.Clamp(along, range.From * bodyLength, range.To * bodyLength);
                        own = shift + (clipped - along) * axis;
                        deficit += (shift - own).Cross(Force[k]);
                    }
                }
                Point[k] += own;
            }
            if (deficit.X != 0 || deficit.Z != 0)
            {
                double overflowVertical = 0;
                for (var k = 0; k < _count; k++) if (Active[k] && IsOverflow(contacts[k], substituting)) overflowVertical += Force[k].Y;
                if (Math.Abs(overflowVertical) > 1e-9)
                {
                    var overflow = new Vec3(deficit.Z / overflowVertical, 0, -deficit.X / overflowVertical);
                    for (var k = 0; k < _count; k++) if (Active[k] && IsOverflow(contacts[k], substituting)) Point[k] += overflow;
                }
            }
            var freeTorque = requiredMoment.Y;
            for (var k = 0; k < _count; k++) if (Active[k]) freeTorque -= (Point[k] - reference).Cross(Force[k]).Y;
            for (var k = 0; k < _count; k++)
            {
                if (Active[k] && _free[k]) Torque[k] = new Vec3(0, freeTorque * Force[k].Y / freeVertical, 0);
            }
        }
    }

    private static bool IsOverflow(ExerciseContact contact, bool substituting) => contact.Cop == CopMode.FreeWhenSubstituting && !substituting;

    private void DistributeByEquilibrium(IReadOnlyList<ExerciseContact> contacts, ReadOnlySpan<double> weight, double vertical, double restShare,
        Vec3 force, Vec3 moment, Vec3 reference)
    {
        // Moment left for the unshared contacts (explicit shares at their points; horizontal force neglected here).
        var mRest = moment;
        Span<int> index = stackalloc int[_count];
        var n = 0;
        for (var k = 0; k < _count; k++)
        {
            if (weight[k] <= 0) continue;
            if (contacts[k].Share is not null)
            {
                mRest -= (Point[k] - reference).Cross(new Vec3(0, _share[k] * vertical, 0));
            }
            else index[n++] = k;
        }
        var vRest = restShare * vertical;
        if (Math.Abs(vRest) < 1e-9)
        {
            for (var i = 0; i < n; i++) _share[index[i]] = restShare / n;
            return;
        }
        // Required centre of pressure of the rest, relative to the reference (horizontal plane).
        var cx = mRest.Z / vRest;
        var cz = -mRest.X / vRest;
        Span<double> x = stackalloc double[n];
        Span<double> z = stackalloc double[n];
        Span<double> w = stackalloc double[n];
        Span<bool> on = stackalloc bool[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Point[index[i]].X - reference.X;
            z[i] = Point[index[i]].Z - reference.Z;
            on[i] = true;
        }
        for (var pass = 0; pass < n; pass++)
        {
            var active = 0;
            for (var i = 0; i < n; i++) if (on[i]) active++;
            SolveWeights(x, z, on, active, cx, cz, w);
            var negative = -1;
            for (var i = 0; i < n; i++) if (on[i] && w[i] < -1e-12 && (negative < 0 || w[i] < w[negative])) negative = i;
            if (negative < 0) break;
            on[negative] = false;
        }
        for (var i = 0; i < n; i++) _share[index[i]] = restShare * (on[i] ? Math.Max(0, w[i]) : 0);
    }

    /// <summary>Non-negative-free weights summing to 1 whose weighted point is nearest to (cx, cz).</summary>
    private static void SolveWeights(ReadOnlySpan<double> x, ReadOnlySpan<double> z, ReadOnlySpan<bool> on, int active, double cx, double cz, Span<double> w)
    {
        w.Clear();
        if (active == 0) return;
        Span<int> idx = stackalloc int[active];
        var j = 0;
        for (var i = 0; i < x.Length; i++) if (on[i]) idx[j++] = i;
        if (active == 1) { w[idx[0]] = 1; return; }
        if (active == 2)
        {
            var (a, b) = (idx[0], idx[1]);
            var dx = x[b] - x[a];
            var dz = z[b] - z[a];
            var len2 = dx * dx + dz * dz;
            var lambda = len2 < 1e-12 ? 0.5 : Math.Clamp(((cx - x[a]) * dx + (cz - z[a]) * dz) / len2, 0, 1);
            w[a] = 1 - lambda;
            w[b] = lambda;
            return;
        }
        // Least-norm solution of [1; x; z]·w = [1; cx; cz]: w = Aᵀ (A Aᵀ)⁻¹ b, with a small ridge for collinear points.
        double s1 = 0, sx = 0, sz = 0, sxx = 0, sxz = 0, szz = 0;
        foreach (var i in idx)
        {
            s1 += 1; sx += x[i]; sz += z[i]; sxx += x[i] * x[i]; sxz += x[i] * z[i]; szz += z[i] * z[i];
        }
        const double ridge = 1e-9;
        // Symmetric 3×3 system G·y = (1, cx, cz) solved by Cramer's rule (no allocation).
        double a00 = s1 + ridge, a01 = sx, a02 = sz, a11 = sxx + ridge, a12 = sxz, a22 = szz + ridge;
        var det = a00 * (a11 * a22 - a12 * a12) - a01 * (a01 * a22 - a12 * a02) + a02 * (a01 * a12 - a11 * a02);
        var y0 = (1 * (a11 * a22 - a12 * a12) - a01 * (cx * a22 - a12 * cz) + a02 * (cx * a12 - a11 * cz)) / det;
        var y1 = (a00 * (cx * a22 - cz * a12) - 1 * (a01 * a22 - a12 * a02) + a02 * (a01 * cz - cx * a02)) / det;
        var y2 = (a00 * (a11 * cz - a12 * cx) - a01 * (a01 * cz - a12 * cx) + 1 * (a01 * a12 - a11 * a02)) / det;
        foreach (var i in idx) w[i] = y0 + y1 * x[i] + y2 * z[i];
    }

    private static bool IsRight(RigidBody body) => body is RigidBody.FootRight or RigidBody.ShankRight or RigidBody.ThighRight or RigidBody.UpperArmRight or RigidBody.ForearmRight;

    private static double Wrap(double v, bool periodic) => periodic ? v - Math.Floor(v) : v;

    /// <summary>
    /// A prescribed vertical force (<see cref="ExerciseContact.VerticalProfileBodyWeights"/>) at time fraction u inside
    /// the contact's window, body weights: linear between the profile's evenly spaced values.
    /// </summary>
    internal static double ProfileBodyWeights(ExerciseContact c, IReadOnlyList<double> profile, double u, bool periodic)
    {
        var window = c.ActiveTo - c.ActiveFrom;
        var progress = Math.Clamp(Wrap(u - c.ActiveFrom, periodic) / window, 0, 1) * (profile.Count - 1);
        var j = Math.Min((int)progress, profile.Count - 2);
        return profile[j] + (profile[j + 1] - profile[j]) * (progress - j);
    }

    /// <summary>Load weight of a contact at time fraction u: 0 outside its window, cosine ramps at its ends.</summary>
    internal static double Weight(ExerciseContact c, double u, bool periodic)
    {
        var local = periodic ? Wrap(u - c.ActiveFrom, true) : u - c.ActiveFrom;
        var window = c.ActiveTo - c.ActiveFrom;
        if (local < -1e-12 || local > window + 1e-12) return 0;
        if (c.RampInFraction > 0 && local < c.RampInFraction) return Math.Max(1e-6, 0.5 * (1 - Math.Cos(Math.PI * local / c.RampInFraction)));
        if (c.RampOutFraction > 0 && local > window - c.RampOutFraction) return Math.Max(1e-6, 0.5 * (1 - Math.Cos(Math.PI * (window - local) / c.RampOutFraction)));
        return 1;
    }
}
