namespace GluteLab.Anatomy.Segments;

/// <summary>
/// Body segments of de Leva's (1996) tables. <see cref="Trunk"/> is the whole trunk; <see cref="UpperTrunk"/>,
/// <see cref="MiddleTrunk"/> and <see cref="LowerTrunk"/> are its three sub-segments (their masses add up to the
/// trunk's). Limb segments are listed once and exist on both sides.
/// </summary>
public enum BodySegment
{
    HeadNeck,
    Trunk,
    UpperTrunk,
    MiddleTrunk,
    LowerTrunk,
    UpperArm,
    Forearm,
    Hand,
    Thigh,
    Shank,
    Foot,
}

/// <summary>Identifiers of <see cref="BodySegment"/> as written in <c>data/segments.csv</c>.</summary>
public static class BodySegments
{
    private static readonly string[] Ids =
    [
        "head_neck", "trunk", "upper_trunk", "middle_trunk", "lower_trunk",
        "upper_arm", "forearm", "hand", "thigh", "shank", "foot",
    ];

    /// <summary>Every segment, in declaration order.</summary>
    public static readonly IReadOnlyList<BodySegment> All = Enum.GetValues<BodySegment>();

    /// <summary>The snake_case identifier, e.g. <c>lower_trunk</c>.</summary>
    public static string ToId(this BodySegment segment) => Ids[(int)segment];

    /// <summary>
    /// True for the segments that partition the body (head+neck, the three trunk sub-segments, and the limb
    /// segments, which count twice). The whole <see cref="BodySegment.Trunk"/> is excluded: it overlaps its parts.
    /// </summary>
    public static bool IsPartition(this BodySegment segment) => segment != BodySegment.Trunk;

    /// <summary>True for limb segments, which exist once per side.</summary>
    public static bool IsBilateral(this BodySegment segment) => segment >= BodySegment.UpperArm;

    /// <summary>Parses an identifier (case-insensitive).</summary>
    public static bool TryParse(string? text, out BodySegment segment)
    {
        var index = Array.IndexOf(Ids, (text ?? string.Empty).Trim().ToLowerInvariant());
        segment = index < 0 ? default : (BodySegment)index;
        return index >= 0;
    }

    /// <summary>The identifier closest to <paramref name="text"/>, for "did you mean" messages.</summary>
    public static string Nearest(string text) => NearestName.Find(text.Trim().ToLowerInvariant(), Ids);
}
