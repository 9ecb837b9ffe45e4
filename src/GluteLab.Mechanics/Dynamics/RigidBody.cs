namespace GluteLab.Mechanics.Dynamics;

/// <summary>The rigid bodies of the task model. Limb bodies exist per side (left first, as in <see cref="GluteLab.Anatomy.Side"/>).</summary>
public enum RigidBody
{
    /// <summary>de Leva's lower trunk (omphalion → mid-hip joint centre), moving with the pelvis.</summary>
    Pelvis,
    /// <summary>de Leva's middle + upper trunk, above L4/L5 (omphalion → suprasternale).</summary>
    Trunk,
    /// <summary>Head and neck, rigidly fixed to the trunk.</summary>
    Head,
    UpperArmLeft,
    /// <summary>Forearm and hand as one rigid body.</summary>
    ForearmLeft,
    UpperArmRight,
    ForearmRight,
    ThighLeft,
    ShankLeft,
    FootLeft,
    ThighRight,
    ShankRight,
    FootRight,
}

/// <summary>Identifiers and groupings of <see cref="RigidBody"/>.</summary>
public static class RigidBodies
{
    /// <summary>Number of bodies (13).</summary>
    public const int Count = 13;

    private static readonly string[] Ids =
    [
        "pelvis", "trunk", "head", "upper_arm_l", "forearm_l", "upper_arm_r", "forearm_r",
        "thigh_l", "shank_l", "foot_l", "thigh_r", "shank_r", "foot_r",
    ];

    /// <summary>The snake_case identifier used in exercise files, e.g. <c>thigh_r</c>.</summary>
    public static string ToId(this RigidBody body) => Ids[(int)body];

    /// <summary>Parses an identifier.</summary>
    public static bool TryParse(string? text, out RigidBody body)
    {
        var index = Array.IndexOf(Ids, (text ?? string.Empty).Trim().ToLowerInvariant());
        body = index < 0 ? default : (RigidBody)index;
        return index >= 0;
    }

    /// <summary>All identifiers.</summary>
    public static IReadOnlyList<string> AllIds => Ids;

    internal static RigidBody Thigh(bool right) => right ? RigidBody.ThighRight : RigidBody.ThighLeft;
    internal static RigidBody Shank(bool right) => right ? RigidBody.ShankRight : RigidBody.ShankLeft;
    internal static RigidBody Foot(bool right) => right ? RigidBody.FootRight : RigidBody.FootLeft;
    internal static RigidBody UpperArm(bool right) => right ? RigidBody.UpperArmRight : RigidBody.UpperArmLeft;
    internal static RigidBody Forearm(bool right) => right ? RigidBody.ForearmRight : RigidBody.ForearmLeft;

    /// <summary>The same body on the other side (itself for pelvis, trunk and head).</summary>
    public static RigidBody Mirror(this RigidBody body) => body switch
    {
        RigidBody.UpperArmLeft => RigidBody.UpperArmRight,
        RigidBody.UpperArmRight => RigidBody.UpperArmLeft,
        RigidBody.ForearmLeft => RigidBody.ForearmRight,
        RigidBody.ForearmRight => RigidBody.ForearmLeft,
        RigidBody.ThighLeft => RigidBody.ThighRight,
        RigidBody.ThighRight => RigidBody.ThighLeft,
        RigidBody.ShankLeft => RigidBody.ShankRight,
        RigidBody.ShankRight => RigidBody.ShankLeft,
        RigidBody.FootLeft => RigidBody.FootRight,
        RigidBody.FootRight => RigidBody.FootLeft,
        _ => body,
    };
}
