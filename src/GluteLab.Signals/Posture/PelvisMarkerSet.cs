using GluteLab.Anatomy;

namespace GluteLab.Signals.Pelvis;

/// <summary>
/// The labels of the pelvis markers in a file: left and right ASIS, and either left and right PSIS or one sacral marker.
/// </summary>
/// <param name="LeftAsis">Left anterior superior iliac spine (e.g. LASI).</param>
/// <param name="RightAsis">Right anterior superior iliac spine (e.g. RASI).</param>
/// <param name="LeftPsis">Left posterior superior iliac spine (e.g. LPSI), or null when a sacral marker is used.</param>
/// <param name="RightPsis">Right posterior superior iliac spine (e.g. RPSI), or null when a sacral marker is used.</param>
/// <param name="Sacrum">Single posterior marker between the PSIS (e.g. SACR), or null when both PSIS are used.</param>
public sealed record PelvisMarkerSet(string LeftAsis, string RightAsis, string? LeftPsis, string? RightPsis, string? Sacrum)
{
    // Label sets in common use: Plug-in Gait / CGM (LASI…), Visual3D-style (L.ASIS, LeftASIS), CAST/Qualisys (L_IAS, L_IPS),
    // plain names (LASIS, "r asis") and side suffixes (ASISl, PSISr). Compared case-insensitively, ignoring a "Subject:" prefix, spaces, '.', '_' and '-'.
    private static readonly (string Left, string Right)[] AsisNames =
        [("LASI", "RASI"), ("LASIS", "RASIS"), ("LeftASIS", "RightASIS"), ("LIAS", "RIAS"), ("LeftASI", "RightASI"), ("ASISL", "ASISR")];

    private static readonly (string Left, string Right)[] PsisNames =
        [("LPSI", "RPSI"), ("LPSIS", "RPSIS"), ("LeftPSIS", "RightPSIS"), ("LIPS", "RIPS"), ("LeftPSI", "RightPSI"), ("PSISL", "PSISR")];

    private static readonly string[] SacrumNames = ["SACR", "SACRUM", "SACRAL", "S1"];

    /// <summary>Every label in use, ASIS first.</summary>
    public IReadOnlyList<string> Labels =>
        Sacrum is { } s ? [LeftAsis, RightAsis, s] : [LeftAsis, RightAsis, LeftPsis!, RightPsis!];

    /// <summary>Whether a single sacral marker stands for the two PSIS.</summary>
    public bool UsesSacrum => Sacrum is not null;

    /// <summary>
    /// Finds a known label set among <paramref name="labels"/> (both PSIS preferred over a sacral marker), or null.
    /// The returned labels are spelled as in the file.
    /// </summary>
    public static PelvisMarkerSet? Detect(IReadOnlyList<string> labels)
    {
        Preconditions.CheckNotNull(labels);
        string? Find(string name) => labels.FirstOrDefault(l => Normalise(l) == Normalise(name));
        foreach (var (la, ra) in AsisNames)
        {
            if (Find(la) is not { } left || Find(ra) is not { } right) continue;
            foreach (var (lp, rp) in PsisNames)
            {
                if (Find(lp) is { } lpsi && Find(rp) is { } rpsi) return new PelvisMarkerSet(left, right, lpsi, rpsi, null);
            }
            foreach (var s in SacrumNames)
            {
                if (Find(s) is { } sacrum) return new PelvisMarkerSet(left, right, null, null, sacrum);
            }
        }
        return null;
    }

    /// <summary>
    /// Parses a user list: <c>LASI,RASI,LPSI,RPSI</c> (left ASIS, right ASIS, left PSIS, right PSIS) or
    /// <c>LASI,RASI,SACR</c> (a single posterior marker).
    /// </summary>
    /// <exception cref="FormatException">Not three or four non-empty labels.</exception>
    public static PelvisMarkerSet Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0) || parts.Length is not (3 or 4))
        {
            throw new FormatException($"'{text}' should list 4 labels (left ASIS, right ASIS, left PSIS, right PSIS) or 3 (left ASIS, right ASIS, sacrum), separated by commas.");
        }
        return parts.Length == 4 ? new PelvisMarkerSet(parts[0], parts[1], parts[2], parts[3], null) : new PelvisMarkerSet(parts[0], parts[1], null, null, parts[2]);
    }

    private static string Normalise(string label)
    {
        var colon = label.LastIndexOf(':');
        var name = colon >= 0 ? label[(colon + 1)..] : label;
        return new string(name.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
    }
}
