namespace GluteLab.Anatomy;

/// <summary>
/// Functional muscle groups, named as in the project's vocabulary (ARCHITECTURE.md, rule 3).
/// Identifiers in files and on the command line are the snake_case names from <see cref="MuscleGroups.ToId"/>.
/// Extend, never rename: other tools rely on these identifiers.
/// </summary>
public enum MuscleGroup
{
    GluteusMaximus,
    GluteusMedius,
    GluteusMinimus,
    Hamstrings,
    AdductorMagnus,
    AdductorLongus,
    Iliopsoas,
    RectusFemoris,
    Sartorius,
    TensorFasciaeLatae,
    Vasti,
    ErectorSpinae,
    QuadratusLumborum,
    RectusAbdominis,
    Obliques,

    /// <summary>Piriformis, gemelli, obturators and quadratus femoris: the short external rotators of the hip.</summary>
    DeepExternalRotators,

    /// <summary>Gracilis: hip adductor and knee flexor.</summary>
    Gracilis,

    /// <summary>Gastrocnemius, medial and lateral heads (crosses the knee; the ankle is not modelled).</summary>
    Gastrocnemius,
}

/// <summary>Identifiers and parsing for <see cref="MuscleGroup"/>.</summary>
public static class MuscleGroups
{
    private static readonly string[] Ids =
    [
        "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "hamstrings", "adductor_magnus",
        "adductor_longus", "iliopsoas", "rectus_femoris", "sartorius", "tensor_fasciae_latae",
        "vasti", "erector_spinae", "quadratus_lumborum", "rectus_abdominis", "obliques",
        "deep_external_rotators", "gracilis", "gastrocnemius",
    ];

    /// <summary>Every group, in declaration order.</summary>
    public static readonly IReadOnlyList<MuscleGroup> All = Enum.GetValues<MuscleGroup>();

    /// <summary>All group identifiers, in declaration order.</summary>
    public static IReadOnlyList<string> AllIds => Ids;

    /// <summary>The snake_case identifier, e.g. <c>gluteus_maximus</c>.</summary>
    public static string ToId(this MuscleGroup group) => Ids[(int)group];

    /// <summary>True for the three gluteal muscles (maximus, medius, minimus).</summary>
    public static bool IsGluteal(this MuscleGroup group) =>
        group is MuscleGroup.GluteusMaximus or MuscleGroup.GluteusMedius or MuscleGroup.GluteusMinimus;

    /// <summary>True for groups that cross the lumbar spine rather than the hip or knee.</summary>
    public static bool IsTrunk(this MuscleGroup group) =>
        group is MuscleGroup.ErectorSpinae or MuscleGroup.QuadratusLumborum or MuscleGroup.RectusAbdominis or MuscleGroup.Obliques;

    /// <summary>Parses an identifier (case-insensitive; '-' and ' ' are read as '_').</summary>
    public static bool TryParse(string? text, out MuscleGroup group)
    {
        var key = Normalise(text);
        var index = Array.IndexOf(Ids, key);
        group = index < 0 ? default : (MuscleGroup)index;
        return index >= 0;
    }

    /// <summary>The identifier closest to <paramref name="text"/>, for "did you mean" messages.</summary>
    public static string Nearest(string text) => NearestName.Find(Normalise(text), Ids);

    private static string Normalise(string? text) =>
        (text ?? string.Empty).Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
