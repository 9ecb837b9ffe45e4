using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Everything an exercise keyframes: the 12 model <see cref="Coordinate"/>s (same numbers), the task's base
/// orientation of the body in the world, and auxiliary angles that are not muscle-driven coordinates of the
/// model (arms, ankles). Angles in radians inside, degrees in exercise files.
/// </summary>
/// <remarks>
/// Base orientation: <see cref="BasePitch"/> rotates the whole body forward about the world's medio-lateral axis
/// (+90° = prone or quadruped, −90° = supine); <see cref="BaseRoll"/> then rolls it about its own antero-posterior axis
/// (+90° = lying on the left side, right side up). <see cref="Coordinate.PelvicTilt"/> and
/// <see cref="Coordinate.PelvicObliquity"/> are the pelvis's orientation relative to that base, so in upright tasks
/// they are the usual global pelvic tilt and obliquity, and in lying tasks 0 means the pelvis lies flat.
/// Shoulder flexion swings the arm forward from hanging along the trunk, abduction swings it out to the side,
/// elbow flexion bends the forearm forward, ankle dorsiflexion lifts the toes (0 = foot at right angles to the shank).
/// </remarks>
public enum KinematicChannel
{
    PelvicTilt = 0,
    PelvicObliquity = 1,
    LumbarFlexion = 2,
    LumbarLateralBending = 3,
    HipFlexionLeft = 4,
    HipAdductionLeft = 5,
    HipRotationLeft = 6,
    KneeFlexionLeft = 7,
    HipFlexionRight = 8,
    HipAdductionRight = 9,
    HipRotationRight = 10,
    KneeFlexionRight = 11,
    BasePitch = 12,
    BaseRoll = 13,
    ShoulderFlexionLeft = 14,
    ShoulderAbductionLeft = 15,
    ElbowFlexionLeft = 16,
    AnkleDorsiflexionLeft = 17,
    ShoulderFlexionRight = 18,
    ShoulderAbductionRight = 19,
    ElbowFlexionRight = 20,
    AnkleDorsiflexionRight = 21,
}

/// <summary>Identifiers and mirroring of <see cref="KinematicChannel"/>.</summary>
public static class KinematicChannels
{
    /// <summary>Number of channels (22).</summary>
    public const int Count = 22;

    private static readonly string[] Ids = BuildIds();

    private static string[] BuildIds()
    {
        var ids = new string[Count];
        for (var i = 0; i < Coordinates.Count; i++) ids[i] = ((Coordinate)i).ToId();
        string[] extra =
        [
            "base_pitch", "base_roll", "shoulder_flexion_l", "shoulder_abduction_l", "elbow_flexion_l", "ankle_dorsiflexion_l",
            "shoulder_flexion_r", "shoulder_abduction_r", "elbow_flexion_r", "ankle_dorsiflexion_r",
        ];
        extra.CopyTo(ids, Coordinates.Count);
        return ids;
    }

    /// <summary>The identifier used in exercise files, e.g. <c>hip_flexion_r</c>, <c>ankle_dorsiflexion_l</c>.</summary>
    public static string ToId(this KinematicChannel channel) => Ids[(int)channel];

    /// <summary>All identifiers.</summary>
    public static IReadOnlyList<string> AllIds => Ids;

    /// <summary>Parses an identifier (case-insensitive).</summary>
    public static bool TryParse(string? text, out KinematicChannel channel)
    {
        var index = Array.IndexOf(Ids, (text ?? string.Empty).Trim().ToLowerInvariant());
        channel = index < 0 ? default : (KinematicChannel)index;
        return index >= 0;
    }

    /// <summary>The identifier closest to <paramref name="text"/>.</summary>
    public static string Nearest(string text) => NearestName.Find(text.Trim().ToLowerInvariant(), Ids);

    /// <summary>
    /// The channel that holds the mirror image of <paramref name="channel"/> (left ↔ right) and the sign to apply:
    /// frontal-plane and transverse global angles (pelvic obliquity, lumbar bending, base roll) change sign,
    /// anatomical per-side angles keep theirs.
    /// </summary>
    public static (KinematicChannel Channel, double Sign) Mirror(this KinematicChannel channel) => channel switch
    {
        KinematicChannel.PelvicObliquity or KinematicChannel.LumbarLateralBending or KinematicChannel.BaseRoll => (channel, -1),
        >= KinematicChannel.HipFlexionLeft and <= KinematicChannel.KneeFlexionLeft => (channel + 4, 1),
        >= KinematicChannel.HipFlexionRight and <= KinematicChannel.KneeFlexionRight => (channel - 4, 1),
        >= KinematicChannel.ShoulderFlexionLeft and <= KinematicChannel.AnkleDorsiflexionLeft => (channel + 4, 1),
        >= KinematicChannel.ShoulderFlexionRight and <= KinematicChannel.AnkleDorsiflexionRight => (channel - 4, 1),
        _ => (channel, 1),
    };
}
