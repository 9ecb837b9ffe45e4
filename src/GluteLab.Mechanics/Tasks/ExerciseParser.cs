using System.Globalization;
using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GluteLab.Mechanics.Tasks;

/// <summary>An invalid exercise file; the message names the file, the field and the value.</summary>
public sealed class ExerciseFormatException(string message) : FormatException(message);

/// <summary>
/// Parses and validates one exercise definition (YAML text, the format of <c>data/exercises/&lt;id&gt;.yaml</c>;
/// see docs/exercises.md). Pure: takes text, returns an <see cref="Exercise"/>.
/// </summary>
public static class ExerciseParser
{
    /// <summary>Largest frame count accepted.</summary>
    public const int MaxFrames = 200;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="fileName">Name used in messages (e.g. <c>data/exercises/bridge.yaml</c>).</param>
    /// <exception cref="ExerciseFormatException">Malformed YAML, unknown or missing field, or an impossible value.</exception>
    public static Exercise Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ExerciseFile file;
        try
        {
            file = Deserializer.Deserialize<ExerciseFile>(yaml) ?? throw Error(fileName, "(file)", "is empty");
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is { } i && i is not YamlException ? ": " + i.Message : string.Empty;
            throw new ExerciseFormatException($"{fileName}: line {e.Start.Line}, column {e.Start.Column}: {e.Message}{inner}");
        }
        return Validate(file, fileName);
    }

    private static ExerciseFormatException Error(string file, string field, string what) => new($"{file}: field '{field}' {what}.");

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static Exercise Validate(ExerciseFile f, string file)
    {
        string Required(string? value, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(file, field, "is missing") : value.Trim();
        double Range(double? value, string field, double min, double max, double? fallback = null)
        {
            var v = value ?? fallback ?? throw Error(file, field, "is missing");
            if (!(v >= min && v <= max)) throw Error(file, field, $"is {F(v)}, should be in [{F(min)}, {F(max)}]");
            return v;
        }

        var id = Required(f.Id, "id");
        if (!id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            throw Error(file, "id", $"is '{id}', should use only lower-case letters, digits and '-'");
        var name = Required(f.Name, "name");
        var description = Required(f.Description, "description");
        var sources = f.Sources is { Count: > 0 } s ? s.Select(x => x.Trim()).ToArray() : throw Error(file, "sources", "is missing (cite KINEMATICS.md rows or papers)");
        var sideText = f.WorkingSide ?? "right";
        if (!Sides.TryParse(sideText, out var side)) throw Error(file, "working_side", $"is '{sideText}', should be 'left' or 'right'");
        var duration = Range(f.DurationS, "duration_s", 0.2, 120);
        var tempo = Required(f.Tempo, "tempo");
        var periodic = f.Periodic ?? false;
        var dynamics = (f.Dynamics ?? "quasi-static") switch
        {
            "quasi-static" => TaskDynamicsMode.QuasiStatic,
            "inertial" => TaskDynamicsMode.Inertial,
            var other => throw Error(file, "dynamics", $"is '{other}', should be 'quasi-static' or 'inertial'"),
        };
        var frames = (int)Range(f.Frames, "frames", 2, MaxFrames, 40);
        var flatFeet = (f.Feet ?? "flat") switch
        {
            "flat" => true,
            "ankle" => false,
            var other => throw Error(file, "feet", $"is '{other}', should be 'flat' or 'ankle'"),
        };
        var anchor = (f.Anchor ?? "none") switch
        {
            "none" => TaskAnchor.None,
            "ankles" => TaskAnchor.Ankles,
            "ankle_l" => TaskAnchor.AnkleLeft,
            "ankle_r" => TaskAnchor.AnkleRight,
            var other => throw Error(file, "anchor", $"is '{other}', should be none, ankles, ankle_l or ankle_r"),
        };
        RootMotion? root = null;
        if (f.RootMotion is { } r)
        {
            root = new RootMotion(
                Range(r.SpeedMS, "root_motion.speed_m_s", 0, 5),
                Range(r.VerticalAmplitudeM, "root_motion.vertical_amplitude_m", 0, 0.2, 0),
                Range(r.VerticalLowestAt, "root_motion.vertical_lowest_at", 0, 1, 0),
                Range(r.ForeAftAmplitudeM, "root_motion.fore_aft_amplitude_m", 0, 0.2, 0),
                Range(r.LateralAmplitudeM, "root_motion.lateral_amplitude_m", -0.2, 0.2, 0),
                Range(r.ForeAftPhase, "root_motion.fore_aft_phase", 0, 1, 0));
        }

        // Channels: constants from 'hold', curves from 'keyframes'.
        var knots = new List<(double T, double V)>?[KinematicChannels.Count];
        var constants = new double?[KinematicChannels.Count];
        KinematicChannel Channel(string key, string field) =>
            KinematicChannels.TryParse(key, out var c) ? c
            : throw Error(file, field, $"names unknown channel '{key}' (did you mean '{KinematicChannels.Nearest(key)}'?)");
        double Angle(double value, string field) =>
            double.IsFinite(value) && Math.Abs(value) <= 180 ? value * Math.PI / 180 : throw Error(file, field, $"is {F(value)}, should be an angle in [-180, 180] degrees");
        foreach (var (key, value) in f.Hold ?? [])
        {
            var c = Channel(key, $"hold.{key}");
            constants[(int)c] = Angle(value, $"hold.{key}");
        }
        var keyframes = f.Keyframes ?? throw Error(file, "keyframes", "is missing");
        if (keyframes.Count == 0) throw Error(file, "keyframes", "is empty");
        var previous = double.NegativeInfinity;
        for (var k = 0; k < keyframes.Count; k++)
        {
            var frame = keyframes[k];
            if (!frame.TryGetValue("at", out var at)) throw Error(file, $"keyframes[{k}].at", "is missing");
            if (!(at >= 0 && at <= 1) || (periodic && at >= 1)) throw Error(file, $"keyframes[{k}].at", $"is {F(at)}, should be in [0, 1{(periodic ? ")" : "]")}");
            if (at <= previous) throw Error(file, $"keyframes[{k}].at", $"is {F(at)}, should be later than the previous keyframe ({F(previous)})");
            previous = at;
            foreach (var (key, value) in frame)
            {
                if (key == "at") continue;
                var c = Channel(key, $"keyframes[{k}].{key}");
                if (constants[(int)c] is not null) throw Error(file, $"keyframes[{k}].{key}", "is also held constant in 'hold'");
                (knots[(int)c] ??= []).Add((at, Angle(value, $"keyframes[{k}].{key}")));
            }
        }
        int? harmonics = null;
        if (f.LowpassHz is { } cutoff)
        {
            if (!periodic) throw Error(file, "lowpass_hz", "needs 'periodic: true'");
            Range(cutoff, "lowpass_hz", 1, 50);
            harmonics = Math.Max(1, (int)Math.Floor(cutoff * duration));
        }
        var curves = new ChannelCurve[KinematicChannels.Count];
        for (var c = 0; c < KinematicChannels.Count; c++)
        {
            curves[c] = knots[c] is { } list
                ? new ChannelCurve(list.Select(x => x.T).ToArray(), list.Select(x => x.V).ToArray(), periodic)
                : ChannelCurve.Constant(constants[c] ?? 0);
            if (harmonics is { } h && knots[c] is not null) curves[c] = curves[c].LowPass(h);
        }

        // Contacts.
        var contacts = new List<ExerciseContact>();
        var contactFiles = f.Contacts ?? throw Error(file, "contacts", "is missing");
        for (var k = 0; k < contactFiles.Count; k++)
        {
            var c = contactFiles[k];
            var field = $"contacts[{k}]";
            var point = BodyPointSpec.TryParse(Required(c.Point, field + ".point"), out var why) ?? throw Error(file, field + ".point", why);
            var carries = new List<RigidBody>();
            foreach (var b in c.Carries ?? [])
            {
                if (b == "arms") { carries.AddRange([RigidBody.UpperArmLeft, RigidBody.ForearmLeft, RigidBody.UpperArmRight, RigidBody.ForearmRight]); continue; }
                if (b == "leg_l" || b == "leg_r") { var right = b == "leg_r"; carries.AddRange([RigidBodies.Thigh(right), RigidBodies.Shank(right), RigidBodies.Foot(right)]); continue; }
                carries.Add(RigidBodies.TryParse(b, out var body) ? body
                    : throw Error(file, field + ".carries", $"names unknown body '{b}' (did you mean '{NearestName.Find(b, RigidBodies.AllIds.Concat(["arms", "leg_l", "leg_r"]))}'?)"));
            }
            if (point.Kind == BodyPointKind.CenterOfMass && carries.Count == 0) throw Error(file, field + ".point", "is 'com' but the contact carries no bodies");
            double? share = c.Share is { } sh ? Range(sh, field + ".share", 0, 1) : null;
            if (share is not null && carries.Count > 0) throw Error(file, field + ".share", "cannot be given together with 'carries'");
            var cop = (c.Cop ?? "fixed") switch
            {
                "fixed" => CopMode.Fixed,
                "free" => CopMode.Free,
                "free_when_substituting" => CopMode.FreeWhenSubstituting,
                "free_unless_substituting" => CopMode.FreeUnlessSubstituting,
                var other => throw Error(file, field + ".cop", $"is '{other}', should be fixed, free, free_when_substituting or free_unless_substituting"),
            };
            var active = c.Active ?? [0, periodic ? 1 : 1];
            if (active.Count != 2 || !(active[0] >= 0 && active[0] < active[1] && active[1] <= (periodic ? 2 : 1)))
                throw Error(file, field + ".active", $"is [{string.Join(", ", active.Select(F))}], should be [from, to] with 0 ≤ from < to ≤ {(periodic ? 2 : 1)}");
            var rampList = c.Ramp ?? [0];
            if (rampList.Count is < 1 or > 2 || rampList.Any(x => !(x >= 0 && x <= 0.5)))
                throw Error(file, field + ".ramp", "should be one or two fractions of the duration in [0, 0.5] (ramp in, ramp out)");
            var (rampIn, rampOut) = (rampList[0], rampList[^1]);
            if (rampIn + rampOut > active[1] - active[0] + 1e-9) throw Error(file, field + ".ramp", $"is longer than the active window [{F(active[0])}, {F(active[1])}]");
            var ahead = c.CopAheadM ?? [0.05];
            if (ahead.Count is < 1 or > 2 || ahead.Any(a => !(a >= -0.15 && a <= 0.25)))
                throw Error(file, field + ".cop_ahead_m", "should hold one or two distances in [-0.15, 0.25] m");
            var lateral = (c.Lateral ?? "none") switch
            {
                "none" => false,
                "toward_hip" => true,
                var other => throw Error(file, field + ".lateral", $"is '{other}', should be 'none' or 'toward_hip'"),
            };
            if (lateral && point.Kind is not (BodyPointKind.Sole or BodyPointKind.Toes or BodyPointKind.Heel) && !(point.Kind == BodyPointKind.Origin && point.RigidBody is RigidBody.FootLeft or RigidBody.FootRight))
                throw Error(file, field + ".lateral", "'toward_hip' applies to foot contacts only");
            var towardCom = (c.Direction ?? "vertical") switch
            {
                "vertical" => false,
                "toward_com" => true,
                var other => throw Error(file, field + ".direction", $"is '{other}', should be 'vertical' or 'toward_com'"),
            };
            if (towardCom && lateral) throw Error(file, field + ".direction", "'toward_com' cannot be combined with 'lateral: toward_hip'");
            var aimAbove = Range(c.AimAboveComM, field + ".aim_above_com_m", 0, 1, 0);
            if (aimAbove > 0 && !towardCom) throw Error(file, field + ".aim_above_com_m", "needs 'direction: toward_com'");
            var profile = c.VerticalProfileBw;
            if (profile is not null)
            {
                if (profile.Count < 2 || profile.Any(v => !(v >= 0 && v <= 5)))
                    throw Error(file, field + ".vertical_profile_bw", "should hold at least two forces in [0, 5] body weights");
                if (share is not null || carries.Count > 0 || cop != CopMode.Fixed)
                    throw Error(file, field + ".vertical_profile_bw", "cannot be combined with share, carries or a free centre of pressure");
            }
            CopRange? copRange = null;
            if (c.CopRange is { } cr)
            {
                if (cr.Count != 2 || !(cr[0] >= -1 && cr[0] <= 0 && cr[1] >= 0 && cr[1] <= 1))
                    throw Error(file, field + ".cop_range", $"is [{string.Join(", ", cr.Select(F))}], should be [from, to] with −1 ≤ from ≤ 0 ≤ to ≤ 1 (fractions of the body's length)");
                if (cop == CopMode.Fixed || point.Kind != BodyPointKind.Axis)
                    throw Error(file, field + ".cop_range", "applies to free centres of pressure at a point on a body's axis (body@fraction)");
                copRange = new CopRange(cr[0], cr[1]);
            }
            contacts.Add(new ExerciseContact(point, share, carries, cop, active[0], active[1], rampIn, rampOut, ahead[0], ahead[^1], lateral, towardCom, aimAbove, profile?.ToArray(), copRange));
        }
        if (contacts.Count == 0) throw Error(file, "contacts", "is empty");
        if (contacts.Any(c => c.CopRange is not null) && !contacts.Any(c => c.Cop == CopMode.FreeWhenSubstituting))
            throw Error(file, "contacts", "limit a centre of pressure (cop_range) but no contact (cop: free_when_substituting) takes the moment beyond it");

        // Loads.
        var loads = new List<ExternalLoad>();
        var loadFiles = f.Loads ?? [];
        for (var k = 0; k < loadFiles.Count; k++)
        {
            var l = loadFiles[k];
            var field = $"loads[{k}]";
            var points = (l.Points ?? throw Error(file, field + ".points", "is missing"))
                .Select(p => BodyPointSpec.TryParse(p, out var why) ?? throw Error(file, field + ".points", why)).ToArray();
            switch (l.Kind)
            {
                case "weight":
                    if (points.Length != 1) throw Error(file, field + ".points", "should name one point for a weight");
                    loads.Add(new ExternalLoad(ExternalLoadKind.Weight, points, Range(l.BodyWeightFraction, field + ".body_weight_fraction", 0, 5), 0));
                    break;
                case "band":
                    if (points.Length != 2) throw Error(file, field + ".points", "should name two points for a band");
                    loads.Add(new ExternalLoad(ExternalLoadKind.Band, points, 0, Range(l.ForceN, field + ".force_n", 0, 500)));
                    break;
                default:
                    throw Error(file, field + ".kind", $"is '{l.Kind}', should be 'weight' or 'band'");
            }
        }

        // Strategy.
        var st = f.Strategy;
        var family = (st?.Family ?? "none") switch
        {
            "none" => MovementStrategyFamily.None,
            "trunk_lean" => MovementStrategyFamily.TrunkLean,
            "lumbar_pelvic" => MovementStrategyFamily.LumbarPelvic,
            var other => throw Error(file, "strategy.family", $"is '{other}', should be none, trunk_lean or lumbar_pelvic"),
        };
        double min = 0, max = 0, nominal = 0, cap = 0, gain = 1;
        var count = 1;
        if (family != MovementStrategyFamily.None)
        {
            var range = st!.Range ?? throw Error(file, "strategy.range", "is missing");
            var limit = family == MovementStrategyFamily.TrunkLean ? 30.0 : 1.0;
            var lower = family == MovementStrategyFamily.TrunkLean ? -30.0 : 0.0;
            if (range.Count != 2 || !(range[0] >= lower && range[0] < range[1] && range[1] <= limit))
                throw Error(file, "strategy.range", $"is [{string.Join(", ", range.Select(F))}], should be [min, max] within [{F(lower)}, {F(limit)}]");
            (min, max) = (range[0], range[1]);
            nominal = Range(st.Nominal, "strategy.nominal", min, max, family == MovementStrategyFamily.TrunkLean ? 0 : min);
            count = (int)Range(st.Count, "strategy.count", 2, 21, family == MovementStrategyFamily.TrunkLean ? 7 : 11);
            if (family == MovementStrategyFamily.LumbarPelvic)
            {
                cap = Range(st.PelvicRotationCapDeg, "strategy.pelvic_rotation_cap_deg", 0, 45) * Math.PI / 180;
                gain = Range(st.LumbarGain, "strategy.lumbar_gain", 0.5, 3, 1);
            }
        }

        // Contact shear (friction pair).
        ShearPair? shear = null;
        if (f.Shear is { } sf)
        {
            var points = contactFiles.Select(c => c.Point!).ToList();
            int[] Indices(List<string>? names, string field)
            {
                if (names is null || names.Count == 0) throw Error(file, field, "should name at least one contact point");
                return names.Select(n => points.IndexOf(n) is var i and >= 0 ? i
                    : throw Error(file, field, $"names '{n}', which is not a contact point (did you mean '{NearestName.Find(n, points)}'?)")).ToArray();
            }
            var push = Indices(sf.Push, "shear.push");
            var resist = Indices(sf.Resist, "shear.resist");
            if (push.Intersect(resist).Any()) throw Error(file, "shear", "names a contact in both 'push' and 'resist'");
            if (push.Concat(resist).Any(i => contacts[i].Carries.Count > 0 || contacts[i].VerticalProfileBodyWeights is not null))
                throw Error(file, "shear", "may only name contacts whose vertical force comes from the equilibrium (no carries, no vertical profile)");
            var mu = Range(sf.Friction, "shear.friction", 0, 1.5);
            if (mu <= 0) throw Error(file, "shear.friction", "should be > 0");
            var axis = (sf.Axis ?? "fore_aft") switch
            {
                "fore_aft" => ShearAxis.ForeAft,
                "lateral" => ShearAxis.Lateral,
                var other => throw Error(file, "shear.axis", $"is '{other}', should be 'fore_aft' or 'lateral'"),
            };
            shear = new ShearPair(push, resist, mu, axis);
        }

        return new Exercise(id, name, description, sources, side, f.Bilateral ?? false, duration, tempo, periodic, dynamics, frames,
            flatFeet, anchor, root, curves, contacts, loads, family, min, max, count, nominal, cap, gain) { Shear = shear };
    }
}
