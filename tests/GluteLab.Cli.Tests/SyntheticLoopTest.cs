using System.Text.Json;
using GluteLab.Signals.C3d;

namespace GluteLab.Cli.Tests;

/// <summary>
/// The loop from the model to the recording tools and back: simulate prone hip extension, synthesise the EMG it implies,
/// analyse the synthetic recording as a real one, and check that what the analysis reports is what the model did.
/// </summary>
public sealed class SyntheticLoopTest : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "glutelab-loop-test-" + Guid.NewGuid().ToString("N"));

    public SyntheticLoopTest() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private sealed record Loop(JsonElement Analysis, JsonElement Model);

    private Loop Run(double gmaxCapacity, int seed, string mvicDrive = "full")
    {
        var name = $"gmax{gmaxCapacity:0.0}-{mvicDrive}";
        var trial = Path.Combine(dir, name + ".c3d");
        var mvic = Path.Combine(dir, name + "-mvic.c3d");
        var synth = CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension", "--capacity", $"gluteus_maximus={gmaxCapacity}",
            "--seed", seed.ToString(), "--snr", "40", "--out", trial, "--mvic-out", mvic, "--mvic-drive", mvicDrive);
        Assert.True(synth.ExitCode == 0, synth.Error);
        var analysis = CliRunner.Run("emg", "analyze", trial, "--mvic", mvic, "--test", "prone-hip-extension", "--side", "right", "--json");
        Assert.True(analysis.ExitCode == 0, analysis.Error);
        var model = CliRunner.Run("recruit", "--exercise", "prone-hip-extension", "--capacity", $"gluteus_maximus={gmaxCapacity}", "--json");
        Assert.True(model.ExitCode == 0, model.Error);
        return new Loop(JsonDocument.Parse(analysis.Output).RootElement, JsonDocument.Parse(model.Output).RootElement);
    }

    private static JsonElement Channel(Loop loop, string label) =>
        loop.Analysis.GetProperty("trials")[0].GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("label").GetString() == label);

    private static double PeakMvic(Loop loop, string label) => Channel(loop, label).GetProperty("peak_percent_mvic").GetDouble();

    private static double MeanMvic(Loop loop, string label) => Channel(loop, label).GetProperty("mean_percent_mvic").GetDouble();

    [Fact]
    public void InhibitedGluteusMaximusShowsLowerGluteAndHigherHamstringMvic()
    {
        var healthy = Run(1.0, seed: 11);
        var inhibited = Run(0.3, seed: 11);

        // The channels are recognised from their labels and normalised to the synthetic MVIC.
        Assert.Equal("gluteus_maximus", Channel(healthy, "gluteus_maximus_r").GetProperty("group").GetString());
        Assert.Equal("semitendinosus", Channel(healthy, "semitendinosus_r").GetProperty("muscle").GetString());

        // Model: gluteus maximus mean activation 0.038 (healthy) vs 0.017 (capacity 0.3); the recordings must show it.
        Assert.True(MeanMvic(inhibited, "gluteus_maximus_r") < 0.7 * MeanMvic(healthy, "gluteus_maximus_r"),
            $"GMax mean %MVIC {MeanMvic(inhibited, "gluteus_maximus_r"):0.00} (0.3) vs {MeanMvic(healthy, "gluteus_maximus_r"):0.00} (1.0)");
        Assert.True(MeanMvic(inhibited, "semitendinosus_r") > MeanMvic(healthy, "semitendinosus_r"));
        Assert.True(MeanMvic(inhibited, "biceps_femoris_r") > MeanMvic(healthy, "biceps_femoris_r"));

        // Peak %MVIC read back from the EMG agrees with 100 × the model's peak group activation (Fmax-weighted, as in
        // 'recruit'): within 15 % plus the 40 dB noise floor (1 %MVIC) and the envelope's ripple.
        foreach (var loop in new[] { healthy, inhibited })
        {
            var gmax = loop.Model.GetProperty("groups").GetProperty("gluteus_maximus").GetProperty("right");
            var expected = 100 * gmax.GetProperty("peakActivation").GetDouble();
            Assert.InRange(PeakMvic(loop, "gluteus_maximus_r"), 0.85 * expected - 1, 1.15 * expected + 1.5);
        }
    }

    [Fact]
    public void AnMvicDepressedByTheSameInhibitionHidesItInPercentMvic()
    {
        // If the MVIC is limited by the same neural capacity (0.3), the task's glute activation (0.017) is a larger share
        // of it than the healthy 0.038 of 1: %MVIC rises although the raw amplitude falls.
        var healthy = Run(1.0, seed: 6, "capacity");
        var inhibited = Run(0.3, seed: 6, "capacity");
        Assert.True(MeanMvic(inhibited, "gluteus_maximus_r") > MeanMvic(healthy, "gluteus_maximus_r"));
        Assert.True(Channel(inhibited, "gluteus_maximus_r").GetProperty("envelope_mean").GetDouble()
            < 0.7 * Channel(healthy, "gluteus_maximus_r").GetProperty("envelope_mean").GetDouble());
    }

    [Fact]
    public void InhibitedGluteusMaximusFiresLaterAfterTheFirstMuscle()
    {
        // Before the leg leaves the table its load passes from the table to the muscles (the lift-off,
        // OutcomeActivations.LiftOffSeconds): static optimisation of the first frame at load fractions rising from 0 to 1.
        // A muscle that takes a smaller share of the load crosses the detector's threshold later, so onsets precede the
        // movement and their order follows the recruitment: the hamstrings first (Lewis & Sahrmann 2009: medial
        // hamstrings ≈ 195 ms before movement), gluteus maximus last (Lehman 2004), and later still when it is inhibited.
        double GlmaxAfterFirst(Loop loop)
        {
            var trial = loop.Analysis.GetProperty("trials")[0];
            var movement = trial.GetProperty("movement_onset_s").GetDouble();
            var onsets = new[] { "gluteus_maximus_r", "semitendinosus_r", "biceps_femoris_r" }
                .ToDictionary(l => l, l => Channel(loop, l).GetProperty("onset_s").GetDouble());
            Assert.All(onsets.Values, onset => Assert.InRange(onset, movement - 0.35, movement + 0.01));
            Assert.True(onsets["semitendinosus_r"] < onsets["gluteus_maximus_r"], "the medial hamstrings should fire before gluteus maximus");
            return onsets["gluteus_maximus_r"] - onsets.Values.Min();
        }
        var healthy = GlmaxAfterFirst(Run(1.0, seed: 4));
        var inhibited = GlmaxAfterFirst(Run(0.3, seed: 4));
        Assert.True(inhibited > healthy + 0.05, $"gluteus maximus after the first muscle: {inhibited * 1000:F0} ms (0.3) vs {healthy * 1000:F0} ms (1.0)");
    }

    [Fact]
    public void SynthWritesMarkersWhosePelvicTiltIsTheStandingTilt()
    {
        var trial = Path.Combine(dir, "tilted.c3d");
        Assert.Equal(0, CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension", "--pelvic-tilt", "20", "--out", trial).ExitCode);
        var posture = CliRunner.Run("posture", "pelvic-tilt", trial, "--json");
        Assert.True(posture.ExitCode == 0, posture.Error);
        var json = JsonDocument.Parse(posture.Output).RootElement;
        Assert.Equal("events", json.GetProperty("phase_source").GetString());
        // The pelvis stays on the table in the chosen strategy; markers carry the person's 20° standing tilt.
        foreach (var phase in json.GetProperty("phases").EnumerateArray())
        {
            Assert.Equal(20, phase.GetProperty("tilt").GetProperty("mean_deg").GetDouble(), 0.5);
        }
    }

    [Fact]
    public void BadArgumentsExitTwoAndInfeasibleExitsThreeWithoutWriting()
    {
        var target = Path.Combine(dir, "out.c3d");
        var bad = CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension", "--snr", "500", "--out", target);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--snr", bad.Error);
        Assert.Equal(2, CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extensoin", "--out", target).ExitCode);
        Assert.Equal(2, CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension", "--capacity", "gluteus_maximus=2", "--out", target).ExitCode);
        var infeasible = CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension",
            "--capacity", "gluteus_maximus=0,hamstrings=0,adductor_magnus=0", "--out", target, "--mvic-out", target + ".mvic");
        Assert.Equal(3, infeasible.ExitCode);
        Assert.Contains("cannot be done", infeasible.Error);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void AnalyzeRejectsABrokenC3dNamingFileAndByte()
    {
        var zeros = new double[20];
        var bytes = C3dWriter.ToBytes(new C3dBuilder(100).WithAnalogRate(1000).AddMarker("LASI", zeros, zeros, zeros).AddAnalogChannel("L GMax", new double[200]).Build());
        bytes[512 + 3] = 83;
        var path = Path.Combine(dir, "broken.c3d");
        File.WriteAllBytes(path, bytes);
        var result = CliRunner.Run("emg", "analyze", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.c3d: byte 515", result.Error);
        Assert.Contains("processor type is 83", result.Error);
    }

    [Fact]
    public void AnalyzeListsC3dReaderDiagnosticsAsNotes()
    {
        var trial = Path.Combine(dir, "synthetic.c3d");
        Assert.Equal(0, CliRunner.Run("emg", "synth", "--exercise", "prone-hip-extension", "--out", trial).ExitCode);
        var bytes = File.ReadAllBytes(trial);
        bytes[2] = 9; // header word 2, the point count (Intel), now disagrees with POINT:USED (4)
        File.WriteAllBytes(trial, bytes);
        var result = CliRunner.Run("emg", "analyze", trial, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        var notes = JsonDocument.Parse(result.Output).RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith(trial + ": warning:") && n.Contains("POINT:USED"));
    }

    [Fact]
    public void PelvicTiltListsTheFilesMarkersWhenPelvisMarkersAreMissing()
    {
        var path = Path.Combine(dir, "no-pelvis.c3d");
        double[] one = [1.0, 1.0];
        File.WriteAllBytes(path, C3dWriter.ToBytes(new C3dBuilder(100).AddMarker("C7", one, one, one).AddMarker("LHEE", one, one, one).Build()));
        var result = CliRunner.Run("posture", "pelvic-tilt", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("C7, LHEE", result.Error);
        var given = CliRunner.Run("posture", "pelvic-tilt", path, "--markers", "LASI,RASI,SACR");
        Assert.Equal(2, given.ExitCode);
        Assert.Contains("LASI, RASI, SACR", given.Error);
        Assert.Equal(2, CliRunner.Run("posture", "pelvic-tilt", path, "--markers", "LASI,RASI").ExitCode);
        Assert.Equal(2, CliRunner.Run("posture", "pelvic-tilt", path, "--phases", "lift:3-1").ExitCode);
    }
}
