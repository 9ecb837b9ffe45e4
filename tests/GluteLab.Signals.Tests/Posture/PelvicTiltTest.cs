using GluteLab.Signals.C3d;
using GluteLab.Signals.Pelvis;

namespace GluteLab.Signals.Tests.Posture;

public class PelvicTiltTest
{
    private const double Deg = Math.PI / 180;

    /// <summary>
    /// Marker positions (mm) built here from first principles: a pelvis with ASIS 250 mm apart, PSIS 80 mm apart, 150 mm
    /// behind the ASIS, rotated by heading ρ about the vertical, then tilt θ about its lateral axis (ASIS down), then
    /// obliquity φ about its anterior axis (right side up), then translated. Lab: X forward, Y left, Z up.
    /// </summary>
    private static Dictionary<string, (double X, double Y, double Z)> Pelvis(double tilt, double obliquity, double heading = 0, double forward = 0)
    {
        var local = new Dictionary<string, (double X, double Y, double Z)>
        {
            ["LASI"] = (75, 125, 0), ["RASI"] = (75, -125, 0), ["LPSI"] = (-75, 40, 0), ["RPSI"] = (-75, -40, 0), ["SACR"] = (-75, 0, 0),
        };
        var result = new Dictionary<string, (double, double, double)>();
        foreach (var (label, p) in local)
        {
            // obliquity φ about the anterior axis: right (−Y) side up
            var (x, y, z) = (p.X, p.Y * Math.Cos(obliquity) + p.Z * Math.Sin(obliquity), -p.Y * Math.Sin(obliquity) + p.Z * Math.Cos(obliquity));
            // tilt θ about the lateral axis: anterior (+X) side down
            (x, z) = (x * Math.Cos(tilt) + z * Math.Sin(tilt), -x * Math.Sin(tilt) + z * Math.Cos(tilt));
            // heading ρ about the vertical
            (x, y) = (x * Math.Cos(heading) - y * Math.Sin(heading), x * Math.Sin(heading) + y * Math.Cos(heading));
            result[label] = (x + forward, y, z + 950);
        }
        return result;
    }

    private static C3dFile Build(int frames, Func<int, (double Tilt, double Obliquity)> angles, double heading = 0, double speedMmPerFrame = 10,
        string[]? labels = null, Func<int, string, bool>? hidden = null, Action<C3dBuilder>? more = null, bool yUp = false)
    {
        labels ??= ["LASI", "RASI", "LPSI", "RPSI"];
        var builder = new C3dBuilder(100);
        var names = new[] { "LASI", "RASI", "LPSI", "RPSI", "SACR" };
        foreach (var (label, source) in labels.Zip(labels.Select((l, i) => names.Contains(l) ? l : names[i])))
        {
            double[] a = new double[frames], b = new double[frames], c = new double[frames];
            for (var f = 0; f < frames; f++)
            {
                var (t, o) = angles(f);
                var p = Pelvis(t, o, heading, speedMmPerFrame * f)[source];
                var gone = hidden?.Invoke(f, label) == true;
                // Y-up lab: (X, Y, Z) of the Z-up lab become (X, Z, −Y).
                (a[f], b[f], c[f]) = gone ? (double.NaN, double.NaN, double.NaN) : yUp ? (p.X, p.Z, -p.Y) : p;
            }
            builder.AddMarker(label, a, b, c);
        }
        more?.Invoke(builder);
        var file = builder.Build();
        if (!yUp) return file;
        var parameters = file.Parameters.With("POINT", C3dParameter.Text("Y_SCREEN", "+Y")).With("POINT", C3dParameter.Text("X_SCREEN", "+X"));
        return new C3dFile(file.Processor, file.StorageFormat, file.Header, parameters, file.Points, file.Analog, file.Events);
    }

    private static C3dFile Reread(C3dFile file, C3dProcessor processor) =>
        C3dReader.Read(C3dWriter.ToBytes(file, new C3dWriteOptions(processor))).File;

    [Theory]
    [InlineData(C3dProcessor.Intel)]
    [InlineData(C3dProcessor.Dec)]
    [InlineData(C3dProcessor.Mips)]
    public void KnownTiltAndObliquityAreRecoveredInEveryProcessorType(C3dProcessor processor)
    {
        (double, double) Angles(int f) => ((12 + 8 * Math.Sin(f * 0.1)) * Deg, (5 * Math.Cos(f * 0.07)) * Deg);
        var file = Reread(Build(120, Angles), processor);
        var result = PelvicTilt.Analyse(file);
        Assert.Equal(["LASI", "RASI", "LPSI", "RPSI"], result.Markers.Labels);
        Assert.Equal(0, result.GapFrames);
        for (var f = 0; f < 120; f++)
        {
            var (tilt, obliquity) = Angles(f);
            // Float storage of mm coordinates near 1000 mm: ~6e-5 mm, i.e. < 1e-3° over a 150 mm baseline.
            Assert.Equal(tilt / Deg, result.TiltRadians[f] / Deg, 1e-3);
            Assert.Equal(obliquity / Deg, result.ObliquityRadians[f] / Deg, 1e-3);
        }
        Assert.Equal(new LabAxis(2, 1), result.Vertical);
        Assert.Contains("travel", result.ProgressionSource);
        Assert.Equal(1, result.Progression!.Value.X, 1e-9);
    }

    [Fact]
    public void TiltDoesNotDependOnHeadingAndYUpIsReadFromYScreen()
    {
        var file = Reread(Build(30, _ => (20 * Deg, -4 * Deg), heading: 35 * Deg, speedMmPerFrame: 0, yUp: true), C3dProcessor.Intel);
        var result = PelvicTilt.Analyse(file);
        Assert.Equal(new LabAxis(1, 1), result.Vertical);
        Assert.Contains("Y_SCREEN", result.VerticalSource);
        Assert.All(result.TiltRadians, t => Assert.Equal(20, t / Deg, 1e-3));
        Assert.All(result.ObliquityRadians, o => Assert.Equal(-4, o / Deg, 1e-3));
        Assert.Contains("faces", result.ProgressionSource);
    }

    [Fact]
    public void ASacralMarkerStandsForBothPsis()
    {
        var file = Build(10, f => ((10 + f) * Deg, 2 * Deg), labels: ["L.ASIS", "R.ASIS", "SACRUM"]);
        var result = PelvicTilt.Analyse(file);
        Assert.True(result.Markers.UsesSacrum);
        Assert.Equal("SACRUM", result.Markers.Sacrum);
        for (var f = 0; f < 10; f++) Assert.Equal(10 + f, result.TiltRadians[f] / Deg, 1e-3);
    }

    [Theory]
    [InlineData("LeftASIS,RightASIS,LeftPSIS,RightPSIS")]
    [InlineData("Subject:LASI,Subject:RASI,Subject:LPSI,Subject:RPSI")]
    [InlineData("L_IAS,R_IAS,L_IPS,R_IPS")]
    [InlineData("l asis,r asis,sacrum")]
    public void CommonLabelSetsAreDetected(string labels)
    {
        var set = PelvisMarkerSet.Detect(labels.Split(','));
        Assert.NotNull(set);
        Assert.Equal(labels.Split(','), set!.Labels);
    }

    [Fact]
    public void GapsAreNaNAndCountedAndPhasesUseOnlyValidFrames()
    {
        var file = Build(90, f => (f < 30 ? 5 : f < 60 ? 10 : 15) * Deg is var t ? (t, 0) : default,
            hidden: (f, label) => label == "RPSI" && f is >= 40 and < 50);
        var result = PelvicTilt.Analyse(file);
        Assert.Equal(10, result.GapFrames);
        Assert.True(double.IsNaN(result.TiltRadians[45]));
        Assert.Equal("thirds", result.PhaseSource);
        Assert.Equal(["first third", "second third", "last third"], result.Phases.Select(p => p.Phase.Name));
        Assert.Equal([30, 30, 30], result.Phases.Select(p => p.Frames));
        Assert.Equal([30, 20, 30], result.Phases.Select(p => p.ValidFrames));
        Assert.Equal([5.0, 10.0, 15.0], result.Phases.Select(p => Math.Round(p.Tilt!.MeanDegrees, 3)));
        Assert.Equal(0, result.Phases[1].Tilt!.SdDegrees, 1e-3);
    }

    [Fact]
    public void EventsSplitTheTrialIntoPhases()
    {
        var file = Build(100, f => (f < 40 ? 8 : 16) * Deg is var t ? (t, 0) : default,
            more: b => b.AddEvent("lift", 0.4).AddEvent("lower", 0.8));
        var result = PelvicTilt.Analyse(file);
        Assert.Equal("events", result.PhaseSource);
        Assert.Equal(["start–lift", "lift–lower", "lower–end"], result.Phases.Select(p => p.Phase.Name));
        Assert.Equal(8, result.Phases[0].Tilt!.MeanDegrees, 1e-3);
        Assert.Equal(16, result.Phases[1].Tilt!.MeanDegrees, 1e-3);
        Assert.Equal(0.4, result.Phases[1].Phase.StartSeconds, 1e-6);
    }

    [Fact]
    public void UserPhasesWin()
    {
        var file = Build(100, f => (f * 0.1 * Deg, 0));
        var result = PelvicTilt.Analyse(file, new PelvicTiltOptions(Phases: [new MovementPhase("early", 0, 0.1)]));
        Assert.Equal("user", result.PhaseSource);
        var only = Assert.Single(result.Phases);
        Assert.Equal(10, only.Frames);
        Assert.Equal(0.45, only.Tilt!.MeanDegrees, 1e-3);
        Assert.Equal(0.9, only.Tilt.RangeDegrees, 1e-3);
    }

    [Fact]
    public void MissingMarkersAreListedWithTheFilesLabels()
    {
        var file = Build(5, _ => (0, 0), labels: ["LASI", "RASI", "LPSI", "RPSI"]);
        var e = Assert.Throws<MissingMarkersException>(() => PelvicTilt.Analyse(file, new PelvicTiltOptions(PelvisMarkerSet.Parse("LASI,RASI,SACR"))));
        Assert.Equal(["SACR"], e.Missing);
        Assert.Contains("LASI, RASI, LPSI, RPSI", e.Message);
        var none = new C3dBuilder(100).AddMarker("C7", [0.0], [0.0], [1.0]).Build();
        Assert.Throws<MissingMarkersException>(() => PelvicTilt.Analyse(none));
    }
}
