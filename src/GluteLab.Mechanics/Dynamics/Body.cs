namespace GluteLab.Mechanics.Dynamics;

/// <summary>The rigid bodies of the task model. Limb bodies exist per side (left first, as in <see cref="GluteLab.Anatomy.Side"/>).</summary>
public enum Body
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

/// <summary>Identifiers and groupings of <see cref="Body"/>.</summary>
public static class Bodies
{
    /// <summary>Number of bodies (13).</summary>
    public const int Count = 13;

    private static readonly string[] Ids =
    [
        "pelvis", "trunk", "head", "upper_arm_l", "forearm_l", "upper_arm_r", "forearm_r",
        "thigh_l", "shank_l", "foot_l", "thigh_r", "shank_r", "foot_r",
    ];

    /// <summary>The snake_case identifier used in exercise files, e.g. <c>thigh_r</c>.</summary>
    public static string ToId(this Body body) => Ids[(int)body];

    /// <summary>Parses an identifier.</summary>
    public static bool TryParse(string? text, out Body body)
    {
        var index = Array.IndexOf(Ids, (text ?? string.Empty).Trim().ToLowerInvariant());
        body = index < 0 ? default : (Body)index;
        return index >= 0;
    }

    /// <summary>All identifiers.</summary>
    public static IReadOnlyList<string> AllIds => Ids;

    internal static Body Thigh(bool right) => right ? Body.ThighRight : Body.ThighLeft;
    internal static Body Shank(bool right) => right ? Body.ShankRight : Body.ShankLeft;
    internal static Body Foot(bool right) => right ? Body.FootRight : Body.FootLeft;
    internal static Body UpperArm(bool right) => right ? Body.UpperArmRight : Body.UpperArmLeft;
    internal static Body Forearm(bool right) => right ? Body.ForearmRight : Body.ForearmLeft;

    /// <summary>The same body on the other side (itself for pelvis, trunk and head).</summary>
    public static Body Mirror(this Body body) => body switch
    {
        Body.UpperArmLeft => Body.UpperArmRight,
        Body.UpperArmRight => Body.UpperArmLeft,
        Body.ForearmLeft => Body.ForearmRight,
        Body.ForearmRight => Body.ForearmLeft,
        Body.ThighLeft => Body.ThighRight,
        Body.ThighRight => Body.ThighLeft,
        Body.ShankLeft => Body.ShankRight,
        Body.ShankRight => Body.ShankLeft,
        Body.FootLeft => Body.FootRight,
        Body.FootRight => Body.FootLeft,
        _ => body,
    };
}
