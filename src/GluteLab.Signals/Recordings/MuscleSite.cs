using GluteLab.Anatomy;

namespace GluteLab.Signals.Recordings;

/// <summary>
/// Where an EMG channel was recorded: the functional <see cref="MuscleGroup"/>, the body side when known, and the
/// individual muscle when the label says more than the group (e.g. <c>semitendinosus</c> vs <c>biceps_femoris</c>
/// within the hamstrings, which matters for the prone hip extension reference data of Lewis &amp; Sahrmann 2009).
/// </summary>
/// <param name="Group">Functional muscle group.</param>
/// <param name="Side">Body side; null when the label does not say.</param>
/// <param name="Muscle">Individual muscle in snake_case (one of <see cref="Muscles"/>), or null for the group as a whole.</param>
public sealed record MuscleSite(MuscleGroup Group, Side? Side = null, string? Muscle = null)
{
    /// <summary>Individual muscles known by name, with the group each belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, MuscleGroup> Muscles = new Dictionary<string, MuscleGroup>
    {
        ["semitendinosus"] = MuscleGroup.Hamstrings,
        ["semimembranosus"] = MuscleGroup.Hamstrings,
        ["medial_hamstrings"] = MuscleGroup.Hamstrings,
        ["biceps_femoris"] = MuscleGroup.Hamstrings,
        ["lateral_hamstrings"] = MuscleGroup.Hamstrings,
        ["upper_gluteus_maximus"] = MuscleGroup.GluteusMaximus,
        ["lower_gluteus_maximus"] = MuscleGroup.GluteusMaximus,
        ["multifidus"] = MuscleGroup.ErectorSpinae,
        ["longissimus"] = MuscleGroup.ErectorSpinae,
        ["iliocostalis"] = MuscleGroup.ErectorSpinae,
        ["vastus_lateralis"] = MuscleGroup.Vasti,
        ["vastus_medialis"] = MuscleGroup.Vasti,
        ["external_oblique"] = MuscleGroup.Obliques,
        ["internal_oblique"] = MuscleGroup.Obliques,
        ["medial_gastrocnemius"] = MuscleGroup.Gastrocnemius,
        ["lateral_gastrocnemius"] = MuscleGroup.Gastrocnemius,
    };

    /// <summary>True for the medial hamstrings (semitendinosus, semimembranosus).</summary>
    public bool IsMedialHamstrings => Muscle is "semitendinosus" or "semimembranosus" or "medial_hamstrings";

    /// <summary>True for the lateral hamstrings (biceps femoris).</summary>
    public bool IsLateralHamstrings => Muscle is "biceps_femoris" or "lateral_hamstrings";

    /// <summary>Short name for tables, e.g. <c>semitendinosus:left</c> or <c>gluteus_maximus:right</c>.</summary>
    public string Id => (Muscle ?? Group.ToId()) + (Side is { } side ? ":" + side.ToId() : "");

    /// <inheritdoc />
    public override string ToString() => Id;
}
