namespace GluteLab.Signals.Assessments;

/// <summary>Instruction given before the prone hip extension test.</summary>
public enum ProneHipExtensionCue
{
    /// <summary>No instruction about which muscles to use.</summary>
    None,

    /// <summary>Cued to use the gluteal muscles.</summary>
    Glutes,
}

/// <summary>Muscles for which published prone hip extension onset data exist.</summary>
public enum ReferenceMuscle
{
    /// <summary>Medial hamstrings (semitendinosus / semimembranosus).</summary>
    MedialHamstrings,

    /// <summary>Lateral hamstrings (biceps femoris).</summary>
    LateralHamstrings,

    /// <summary>Gluteus maximus.</summary>
    GluteusMaximus,
}

/// <summary>A published healthy distribution of onset before movement start.</summary>
/// <param name="Muscle">Muscle.</param>
/// <param name="Cue">Cue condition.</param>
/// <param name="MeanLeadMs">Mean time the onset preceded movement, in ms (positive = before movement).</param>
/// <param name="SdLeadMs">Standard deviation in ms.</param>
/// <param name="Citation">Source.</param>
public sealed record OnsetReference(ReferenceMuscle Muscle, ProneHipExtensionCue Cue, double MeanLeadMs, double SdLeadMs, string Citation);

/// <summary>Published reference data for the prone hip extension test (EVIDENCE §5).</summary>
public static class ProneHipExtensionReference
{
    /// <summary>Lewis CL, Sahrmann SA (2009) Muscle activation and movement patterns during prone hip extension exercise in women. J Athl Train 44:238–248.</summary>
    public const string LewisSahrmann2009 = "Lewis & Sahrmann 2009, J Athl Train 44:238 (healthy women)";

    /// <summary>Lehman GJ et al. (2004) Variability in the prone hip extension test. BMC Musculoskelet Disord 5:3.</summary>
    public const string Lehman2004 = "Lehman et al. 2004, BMC Musculoskelet Disord 5:3 (healthy)";

    /// <summary>Gluteus maximus starts about 370 ms after the first muscle in healthy people (Lehman 2004); mean only, no SD.</summary>
    public const double GluteusMaximusAfterFirstMs = 370;

    /// <summary>Onset before movement, mean ± SD in ms (Lewis &amp; Sahrmann 2009, EVIDENCE §5 [V]).</summary>
    public static IReadOnlyList<OnsetReference> OnsetBeforeMovement { get; } =
    [
        new(ReferenceMuscle.MedialHamstrings, ProneHipExtensionCue.None, 195.5, 74.9, LewisSahrmann2009),
        new(ReferenceMuscle.LateralHamstrings, ProneHipExtensionCue.None, 100.2, 70.3, LewisSahrmann2009),
        new(ReferenceMuscle.GluteusMaximus, ProneHipExtensionCue.None, 11.5, 81.9, LewisSahrmann2009),
        new(ReferenceMuscle.MedialHamstrings, ProneHipExtensionCue.Glutes, 131.3, 84.0, LewisSahrmann2009),
        new(ReferenceMuscle.LateralHamstrings, ProneHipExtensionCue.Glutes, 38.8, 96.9, LewisSahrmann2009),
        new(ReferenceMuscle.GluteusMaximus, ProneHipExtensionCue.Glutes, 45.1, 93.4, LewisSahrmann2009),
    ];

    /// <summary>The reference for <paramref name="muscle"/> under <paramref name="cue"/>.</summary>
    public static OnsetReference For(ReferenceMuscle muscle, ProneHipExtensionCue cue) =>
        OnsetBeforeMovement.Single(r => r.Muscle == muscle && r.Cue == cue);

    /// <summary>The reference muscle a recording site corresponds to, or null.</summary>
    public static ReferenceMuscle? Classify(Recordings.MuscleSite? site) => site switch
    {
        null => null,
        { IsMedialHamstrings: true } => ReferenceMuscle.MedialHamstrings,
        { IsLateralHamstrings: true } => ReferenceMuscle.LateralHamstrings,
        { Group: Anatomy.MuscleGroup.GluteusMaximus } => ReferenceMuscle.GluteusMaximus,
        _ => null,
    };
}
