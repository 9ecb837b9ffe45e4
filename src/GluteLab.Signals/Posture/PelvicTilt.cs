using GluteLab.Anatomy;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Pelvis;

/// <summary>Options of <see cref="PelvicTilt.Analyse"/>.</summary>
/// <param name="Markers">Marker labels; null to detect a common label set (<see cref="PelvisMarkerSet.Detect"/>).</param>
/// <param name="Vertical">The lab's vertical axis; null to take its letter from <c>POINT:Y_SCREEN</c> (else Z) and its sign from the ASIS height.</param>
/// <param name="Phases">Phases to summarise; null for the phases between the file's events, else thirds of the trial.</param>
public sealed record PelvicTiltOptions(PelvisMarkerSet? Markers = null, LabAxis? Vertical = null, IReadOnlyList<MovementPhase>? Phases = null)
{
    /// <summary>Detect everything from the file.</summary>
    public static PelvicTiltOptions Default { get; } = new();
}

/// <summary>Pelvic tilt and obliquity per frame of a marker recording, with a summary per movement phase.</summary>
/// <param name="Markers">The labels used.</param>
/// <param name="TimesSeconds">Frame times from the first frame, s.</param>
/// <param name="TiltRadians">Anterior tilt per frame, rad; NaN where a marker is missing.</param>
/// <param name="ObliquityRadians">Obliquity per frame (right side up positive), rad; NaN where a marker is missing.</param>
/// <param name="Vertical">The vertical axis used.</param>
/// <param name="VerticalSource">Where the vertical axis came from (option, <c>POINT:Y_SCREEN</c>, or the +Z assumption).</param>
/// <param name="Progression">Unit vector of the horizontal direction of progression, or null when it cannot be told.</param>
/// <param name="ProgressionSource">How the progression was found.</param>
/// <param name="GapFrames">Frames where a marker was missing (invalid residual).</param>
/// <param name="Phases">Summary per phase.</param>
/// <param name="PhaseSource">Where the phases came from: <c>user</c>, <c>events</c> or <c>thirds</c>.</param>
public sealed record PelvicTiltResult(
    PelvisMarkerSet Markers,
    double[] TimesSeconds,
    double[] TiltRadians,
    double[] ObliquityRadians,
    LabAxis Vertical,
    string VerticalSource,
    (double X, double Y, double Z)? Progression,
    string ProgressionSource,
    int GapFrames,
    IReadOnlyList<PelvicPhaseSummary> Phases,
    string PhaseSource);

/// <summary>
/// Pelvic tilt and obliquity in motion from ASIS and PSIS (or sacral) markers.
/// </summary>
/// <remarks>
/// Per frame, with L and R the ASIS markers and P the mid-point of the PSIS markers (or the sacral marker):
/// <list type="number">
/// <item>lateral axis y = (L − R)/|L − R|; anterior axis x = the component of mid-ASIS − P orthogonal to y, normalised;
/// z = x × y (the pelvis's own up);</item>
/// <item><b>tilt</b> = asin(−x·up): the angle of the ASIS–PSIS line below the lab's horizontal plane, anterior (ASIS lower
/// than PSIS) positive. This is the sagittal-plane angle of that line whenever the pelvis faces its direction of
/// progression; it does not depend on the heading (with the pelvis rotated ρ about the vertical, the angle projected on
/// the progression's sagittal plane would be atan(tan tilt / cos ρ), 0.2° more at 12° tilt and ρ = 10°);</item>
/// <item><b>obliquity</b> = atan2(−y·up, z·up): the rotation about the anterior axis after the tilt (a tilt-then-obliquity
/// Cardan sequence), right side up positive as <see cref="Coordinate.PelvicObliquity"/>.</item>
/// </list>
/// Angles are relative to the lab's horizontal, so they read as the usual standing values only when the person is
/// upright. The vertical axis is taken from the option, else from <c>POINT:Y_SCREEN</c> (the axis shown pointing up, e.g.
/// <c>+Z</c> in Vicon files; only its letter, since vendors disagree on its sign), else Z, with the sign that puts the ASIS
/// above the lab origin (assumed on the floor). The progression (reported, not needed for the angles) is the horizontal
/// travel of the pelvis when it moves at least 0.1 m, else the horizontal direction the pelvis faces.
/// A frame with any needed marker invalid is a gap (NaN): nothing is interpolated.
/// </remarks>
public static class PelvicTilt
{
    /// <summary>Pelvis travel below which the progression is taken from the facing direction, m (named assumption).</summary>
    public const double MinimumTravelMeters = 0.1;

    /// <summary>Tolerance on phase boundaries, s: a frame within 1 µs of a boundary belongs to the phase that starts there.</summary>
    public const double BoundaryToleranceSeconds = 1e-6;

    /// <summary>Analyses the pelvis markers of <paramref name="file"/>.</summary>
    /// <exception cref="MissingMarkersException">The markers are not in the file.</exception>
    /// <exception cref="ArgumentException">A user phase is invalid.</exception>
    public static PelvicTiltResult Analyse(C3dFile file, PelvicTiltOptions? options = null)
    {
        Preconditions.CheckNotNull(file);
        var o = options ?? PelvicTiltOptions.Default;
        var available = file.Points.Labels.ToArray();
        var markers = o.Markers ?? PelvisMarkerSet.Detect(available) ?? throw new MissingMarkersException(
            ["no known set (LASI RASI LPSI RPSI, L.ASIS…, LeftASIS…, L_IAS…, or LASI RASI with SACR/SACRUM); give the labels"], available);
        var missing = markers.Labels.Where(l => file.Points.IndexOf(l) < 0).ToList();
        if (missing.Count > 0) throw new MissingMarkersException(missing, available);

        var l = file.Trajectory(markers.LeftAsis);
        var r = file.Trajectory(markers.RightAsis);
        var (vertical, verticalSource) = o.Vertical is { } v ? (v, "option") : DetectVertical(file, l);
        var up = vertical.Vector;

        var back = markers.Sacrum is { } s ? [file.Trajectory(s)] : new[] { file.Trajectory(markers.LeftPsis!), file.Trajectory(markers.RightPsis!) };
        var n = file.FrameCount;
        var rate = file.PointRateHz;
        var times = Enumerable.Range(0, n).Select(f => f / rate).ToArray();
        var tilt = new double[n];
        var obliquity = new double[n];
        var centres = new (double X, double Y, double Z)?[n];
        var facing = (X: 0.0, Y: 0.0, Z: 0.0);
        var gaps = 0;
        for (var f = 0; f < n; f++)
        {
            var lv = At(l, f);
            var rv = At(r, f);
            var pv = back.Length == 1 ? At(back[0], f) : Mid(At(back[0], f), At(back[1], f));
            if (lv is not { } la || rv is not { } ra || pv is not { } p)
            {
                tilt[f] = obliquity[f] = double.NaN;
                gaps++;
                continue;
            }
            var midAsis = Scale(Add(la, ra), 0.5);
            var y = Unit(Sub(la, ra));
            var toFront = Sub(midAsis, p);
            var x = Unit(Sub(toFront, Scale(y, Dot(toFront, y))));
            var z = Cross(x, y);
            tilt[f] = Math.Asin(Math.Clamp(-Dot(x, up), -1, 1));
            obliquity[f] = Math.Atan2(-Dot(y, up), Dot(z, up));
            if (!double.IsFinite(tilt[f]) || !double.IsFinite(obliquity[f]))
            {
                tilt[f] = obliquity[f] = double.NaN; // coincident markers: no pelvis frame
                gaps++;
                continue;
            }
            centres[f] = Scale(Add(midAsis, p), 0.5);
            facing = Add(facing, x);
        }

        var (progression, progressionSource) = Progression(centres, facing, up, l.MetresPerUnit);
        var duration = n / rate;
        IReadOnlyList<MovementPhase> phases;
        string phaseSource;
        if (o.Phases is { Count: > 0 } given)
        {
            foreach (var phase in given) phase.Validate();
            phases = given;
            phaseSource = "user";
        }
        else
        {
            var events = file.Events.Select(e => (e.Label, e.TimeSeconds)).ToList();
            phases = n > 0 ? MovementPhase.FromEventsOrThirds(events, Math.Max(duration, 1e-9)) : [];
            phaseSource = events.Any(e => e.TimeSeconds > 0 && e.TimeSeconds < duration) ? "events" : "thirds";
        }
        var summaries = phases.Select(ph =>
        {
            // [start, end), boundaries compared to 1 µs (C3D event times are single-precision floats)
            var frames = Enumerable.Range(0, n).Where(f => times[f] >= ph.StartSeconds - BoundaryToleranceSeconds && times[f] < ph.EndSeconds - BoundaryToleranceSeconds).ToArray();
            var valid = frames.Count(f => double.IsFinite(tilt[f]));
            return new PelvicPhaseSummary(ph, frames.Length, valid, AngleSummary.Of(frames.Select(f => tilt[f])), AngleSummary.Of(frames.Select(f => obliquity[f])));
        }).ToList();
        return new PelvicTiltResult(markers, times, tilt, obliquity, vertical, verticalSource, progression, progressionSource, gaps, summaries, phaseSource);
    }

    /// <summary>
    /// The vertical axis: its letter from <c>POINT:Y_SCREEN</c> (else Z), its sign such that the ASIS lie above the origin
    /// (the lab origin is assumed on the floor). Vendors disagree on the sign of <c>Y_SCREEN</c> (Qualisys files say −Z for
    /// Z-up data), so only its letter is used.
    /// </summary>
    private static (LabAxis, string) DetectVertical(C3dFile file, C3dTrajectory asis)
    {
        var screen = file.Parameters.Strings("POINT", "Y_SCREEN").FirstOrDefault();
        var hasScreen = LabAxis.TryParse(screen, out var fromScreen);
        var index = hasScreen ? fromScreen.Index : 2;
        var values = index switch { 0 => asis.X, 1 => asis.Y, _ => asis.Z };
        var finite = values.Where(double.IsFinite).ToArray();
        var sign = finite.Length > 0 && finite.Average() < 0 ? -1 : 1;
        var axis = new LabAxis(index, sign);
        var letter = hasScreen ? $"axis from POINT:Y_SCREEN ({screen!.Trim()})" : "axis Z assumed (no POINT:Y_SCREEN)";
        return (axis, $"{letter}, sign with the pelvis above the origin (floor)");
    }

    private static ((double X, double Y, double Z)?, string) Progression((double X, double Y, double Z)?[] centres, (double X, double Y, double Z) facing, (double X, double Y, double Z) up, double metresPerUnit)
    {
        var first = centres.FirstOrDefault(c => c is not null);
        var last = centres.LastOrDefault(c => c is not null);
        if (first is not { } a || last is not { } b) return (null, "undetermined (no valid frame)");
        var units = double.IsFinite(metresPerUnit) ? metresPerUnit : 1e-3;
        var travel = Horizontal(Sub(b, a), up);
        var travelMeters = Norm(travel) * units;
        if (travelMeters >= MinimumTravelMeters) return (Unit(travel), FormattableString.Invariant($"pelvis travel ({travelMeters:0.###} m)"));
        var face = Horizontal(facing, up);
        if (Norm(face) > 1e-9) return (Unit(face), FormattableString.Invariant($"direction the pelvis faces (it travelled {travelMeters:0.###} m, under {MinimumTravelMeters} m)"));
        return (null, "undetermined (the pelvis neither travels nor faces a horizontal direction)");
    }

    private static (double X, double Y, double Z)? At(C3dTrajectory t, int f) =>
        double.IsFinite(t.X[f]) && double.IsFinite(t.Y[f]) && double.IsFinite(t.Z[f]) ? (t.X[f], t.Y[f], t.Z[f]) : null;

    private static (double X, double Y, double Z)? Mid((double X, double Y, double Z)? a, (double X, double Y, double Z)? b) =>
        a is { } p && b is { } q ? Scale(Add(p, q), 0.5) : null;

    private static (double X, double Y, double Z) Add((double X, double Y, double Z) a, (double X, double Y, double Z) b) => (a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    private static (double X, double Y, double Z) Sub((double X, double Y, double Z) a, (double X, double Y, double Z) b) => (a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    private static (double X, double Y, double Z) Scale((double X, double Y, double Z) a, double k) => (a.X * k, a.Y * k, a.Z * k);

    private static double Dot((double X, double Y, double Z) a, (double X, double Y, double Z) b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    private static (double X, double Y, double Z) Cross((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static double Norm((double X, double Y, double Z) a) => Math.Sqrt(Dot(a, a));

    private static (double X, double Y, double Z) Unit((double X, double Y, double Z) a)
    {
        var n = Norm(a);
        return n > 0 ? Scale(a, 1 / n) : (double.NaN, double.NaN, double.NaN);
    }

    private static (double X, double Y, double Z) Horizontal((double X, double Y, double Z) a, (double X, double Y, double Z) up) => Sub(a, Scale(up, Dot(a, up)));
}
