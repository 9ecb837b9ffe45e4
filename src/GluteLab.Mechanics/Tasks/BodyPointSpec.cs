using System.Globalization;
using GluteLab.Mechanics.Dynamics;

namespace GluteLab.Mechanics.Tasks;

/// <summary>
/// A named point on the body, resolved against a scaled <see cref="BodyModel"/>. Written in exercise files as
/// a landmark (<c>foot_r</c> = sole under the centre of pressure, <c>toes_r</c>, <c>heel_r</c>, <c>ankle_r</c>,
/// <c>knee_r</c>, <c>shin_r</c> = front of the knee/tibial tuberosity, <c>hip_r</c>, <c>hand_r</c>, <c>elbow_r</c>,
/// <c>shoulder_r</c>, <c>l4l5</c>, <c>mid_hip</c>, <c>com</c> = centres of mass of the carried bodies) or as
/// <c>body@fraction</c>: a point on the body's long axis at that fraction of its length from its proximal joint
/// (pelvis: from the mid-hip point toward L4/L5; trunk: from L4/L5 toward the suprasternale).
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record BodyPointSpec(string Text, BodyPointKind Kind, RigidBody RigidBody, double Fraction)
{
    private static readonly string[] Landmarks = ["foot", "toes", "heel", "ankle", "knee", "shin", "hip", "hand", "elbow", "shoulder"];

    /// <summary>Parses a point name; returns null and an explanation when it is not valid.</summary>
    public static BodyPointSpec? TryParse(string? text, out string error)
    {
        error = string.Empty;
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (t == "l4l5") return new(t, BodyPointKind.Axis, RigidBody.Trunk, 0);
        if (t == "mid_hip") return new(t, BodyPointKind.Axis, RigidBody.Pelvis, 0);
        if (t == "com") return new(t, BodyPointKind.CenterOfMass, RigidBody.Pelvis, 0);
        var at = t.IndexOf('@');
        if (at > 0)
        {
            if (!RigidBodies.TryParse(t[..at], out var body))
            {
                error = $"unknown body '{t[..at]}' (did you mean '{GluteLab.Anatomy.NearestName.Find(t[..at], RigidBodies.AllIds)}'?)";
                return null;
            }
            if (!double.TryParse(t[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) || !(f >= -0.5 && f <= 1.5))
            {
                error = $"'{t[(at + 1)..]}' should be a fraction of the body's length in [-0.5, 1.5]";
                return null;
            }
            return new(t, BodyPointKind.Axis, body, f);
        }
        if (t.Length > 2 && (t.EndsWith("_l") || t.EndsWith("_r")))
        {
            var right = t.EndsWith("_r");
            var landmark = t[..^2];
            var kind = landmark switch
            {
                "foot" => BodyPointKind.Sole,
                "toes" => BodyPointKind.Toes,
                "heel" => BodyPointKind.Heel,
                "ankle" => BodyPointKind.Origin,
                "knee" => BodyPointKind.Origin,
                "shin" => BodyPointKind.Axis,
                "hip" => BodyPointKind.Origin,
                "hand" => BodyPointKind.Axis,
                "elbow" => BodyPointKind.Origin,
                "shoulder" => BodyPointKind.Origin,
                _ => (BodyPointKind?)null,
            };
            if (kind is { } k)
            {
                var body = landmark switch
                {
                    "foot" or "toes" or "heel" or "ankle" => RigidBodies.Foot(right),
                    "knee" or "shin" => RigidBodies.Shank(right),
                    "hip" => RigidBodies.Thigh(right),
                    "hand" or "elbow" => RigidBodies.Forearm(right),
                    _ => RigidBodies.UpperArm(right),
                };
                // shin: 8 % down the shank (≈ 3.5 cm below the knee joint centre at 1.741 m, the tibial tuberosity; assumption); hand: the end of the forearm+hand body.
                var fraction = landmark switch { "shin" => 0.08, "hand" => 1.0, _ => 0.0 };
                return new(t, k, body, fraction);
            }
        }
        var nearest = GluteLab.Anatomy.NearestName.Find(t, Landmarks.SelectMany(l => new[] { l + "_l", l + "_r" }).Concat(["l4l5", "mid_hip", "com", "trunk@0.8"]));
        error = $"unknown point '{text}' (did you mean '{nearest}'? or use body@fraction, e.g. pelvis@0.5)";
        return null;
    }

    /// <summary>The same point on the other side.</summary>
    public BodyPointSpec Mirrored()
    {
        var body = RigidBody.Mirror();
        var text = Text.EndsWith("_l") ? Text[..^2] + "_r" : Text.EndsWith("_r") ? Text[..^2] + "_l"
            : Text.Contains('@') ? body.ToId() + Text[Text.IndexOf('@')..] : Text;
        return this with { RigidBody = body, Text = text };
    }

    /// <summary>The point in its body's frame, m.</summary>
    internal Vec3 Local(BodyModel model, double copAheadMeters) => Kind switch
    {
        BodyPointKind.Origin => Vec3.Zero,
        BodyPointKind.Sole => new Vec3(copAheadMeters, -model.AnkleHeightMeters, 0),
        BodyPointKind.Toes => new Vec3((1 - BodyModel.HeelToAnkleFraction) * model.FootLengthMeters, -model.AnkleHeightMeters, 0),
        BodyPointKind.Heel => new Vec3(-BodyModel.HeelToAnkleFraction * model.FootLengthMeters, -model.AnkleHeightMeters, 0),
        BodyPointKind.Axis => new Vec3(0, AxisSign(RigidBody) * Fraction * AxisLength(model, RigidBody), 0),
        _ => Vec3.Zero,
    };

    private static double AxisSign(RigidBody body) => body is RigidBody.Pelvis or RigidBody.Trunk or RigidBody.Head ? 1 : -1;

    internal static double AxisLengthMeters(BodyModel model, RigidBody body) => AxisLength(model, body);

    private static double AxisLength(BodyModel model, RigidBody body) => body switch
    {
        RigidBody.Pelvis => model.PelvisLengthMeters,
        RigidBody.Trunk or RigidBody.Head => model.TrunkLengthMeters,
        RigidBody.UpperArmLeft or RigidBody.UpperArmRight => model.UpperArmLengthMeters,
        RigidBody.ForearmLeft or RigidBody.ForearmRight => model.ForearmHandLengthMeters,
        RigidBody.ThighLeft or RigidBody.ThighRight => model.ThighLengthMeters,
        RigidBody.ShankLeft or RigidBody.ShankRight => model.ShankLengthMeters,
        _ => model.FootLengthMeters,
    };
}

/// <summary>How a <see cref="BodyPointSpec"/> is located in its body.</summary>
public enum BodyPointKind
{
    /// <summary>The body's proximal joint.</summary>
    Origin,
    /// <summary>On the long axis at a fraction of the length.</summary>
    Axis,
    /// <summary>The sole under the centre of pressure (ankle + CoP offset along the foot, at sole level).</summary>
    Sole,
    /// <summary>The toe tip.</summary>
    Toes,
    /// <summary>The heel.</summary>
    Heel,
    /// <summary>The centres of mass of the bodies a contact carries.</summary>
    CenterOfMass,
}
