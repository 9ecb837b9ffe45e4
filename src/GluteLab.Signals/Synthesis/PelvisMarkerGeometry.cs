namespace GluteLab.Signals.Synthesis;

/// <summary>
/// Where the four pelvis markers sit on a rigid pelvis, and where the pelvis is in the lab, for synthetic trajectories.
/// </summary>
/// <remarks>
/// Lab frame: X forward (the direction the person faces), Y to the person's left, Z up; millimetres. The defaults are
/// named assumptions (typical adult distances, not measured on a person): inter-ASIS 240 mm, inter-PSIS 90 mm, mid-ASIS
/// to mid-PSIS 160 mm, pelvis centre 950 mm above the floor. The pelvis is placed upright (as in standing) whatever the
/// exercise: the markers carry the pelvis's tilt and obliquity relative to the body's base, not the body's position.
/// </remarks>
/// <param name="InterAsisMillimetres">Distance between LASI and RASI, mm.</param>
/// <param name="InterPsisMillimetres">Distance between LPSI and RPSI, mm.</param>
/// <param name="AsisToPsisMillimetres">Distance from mid-ASIS to mid-PSIS, mm.</param>
/// <param name="CentreHeightMillimetres">Height of the point midway between mid-ASIS and mid-PSIS, mm.</param>
public sealed record PelvisMarkerGeometry(
    double InterAsisMillimetres = 240,
    double InterPsisMillimetres = 90,
    double AsisToPsisMillimetres = 160,
    double CentreHeightMillimetres = 950)
{
    /// <summary>The defaults.</summary>
    public static PelvisMarkerGeometry Default { get; } = new();

    /// <summary>
    /// Lab positions (mm) of LASI, RASI, LPSI and RPSI for a pelvis with <paramref name="tiltRadians"/> (anterior positive)
    /// and <paramref name="obliquityRadians"/> (right side up positive): rotation R = R_Y(tilt)·R_X(−obliquity) applied to
    /// the markers of an untilted pelvis (ASIS–PSIS line horizontal).
    /// </summary>
    public (double X, double Y, double Z)[] Markers(double tiltRadians, double obliquityRadians)
    {
        var d = AsisToPsisMillimetres / 2;
        var local = new (double X, double Y, double Z)[]
        {
            (d, InterAsisMillimetres / 2, 0), (d, -InterAsisMillimetres / 2, 0),
            (-d, InterPsisMillimetres / 2, 0), (-d, -InterPsisMillimetres / 2, 0),
        };
        double ct = Math.Cos(tiltRadians), st = Math.Sin(tiltRadians);
        double cp = Math.Cos(-obliquityRadians), sp = Math.Sin(-obliquityRadians);
        var result = new (double, double, double)[4];
        for (var i = 0; i < 4; i++)
        {
            var (x, y, z) = local[i];
            // R_X(ψ): y' = y cos ψ − z sin ψ, z' = y sin ψ + z cos ψ
            double y1 = y * cp - z * sp, z1 = y * sp + z * cp;
            // R_Y(θ): x'' = x cos θ + z sin θ, z'' = −x sin θ + z cos θ (positive θ lowers the anterior markers)
            result[i] = (x * ct + z1 * st, y1, -x * st + z1 * ct + CentreHeightMillimetres);
        }
        return result;
    }

    /// <summary>The marker labels in the order of <see cref="Markers"/>.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["LASI", "RASI", "LPSI", "RPSI"];
}
