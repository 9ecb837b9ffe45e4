using System.Numerics;
using GluteLab.Anatomy;
using GluteLab.Signals.C3d;
using GluteLab.Signals.Pelvis;
using GluteLab.Signals.Readers;
using GluteLab.Signals.Recordings;
using GluteLab.Signals.Synthesis;
using MathNet.Numerics.IntegralTransforms;

namespace GluteLab.Signals.Tests.Synthesis;

public class EmgSynthesizerTest
{
    private static readonly MuscleSite Gmax = new(MuscleGroup.GluteusMaximus, Side.Right);
    private static readonly MuscleSite St = new(MuscleGroup.Hamstrings, Side.Right, "semitendinosus");

    private static double Rms(ReadOnlySpan<double> x, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++) sum += x[i] * x[i];
        return Math.Sqrt(sum / (to - from));
    }

    [Fact]
    public void AmplitudeFollowsActivationAndBaselineFollowsSnr()
    {
        var sites = new[] { SiteActivation.Constant("gluteus_maximus_r", Gmax, 0.4, 4.0) };
        var options = new SynthesisOptions(SnrDecibels: 30, FullActivationRmsVolts: 1e-3, Seed: 5);
        var trial = EmgSynthesizer.Synthesize(sites, options);
        var x = trial.Emg.Channels[0].Samples;
        Assert.Equal((1.0 + 4.0 + 0.5) * 2000, x.Length);
        // Rest: σ = A·10^(−30/20) = 31.6 µV. Active: sqrt((0.4 A)² + σ²) = 401.2 µV. 2000 samples give the RMS to about 2 %.
        Assert.Equal(1e-3 * Math.Pow(10, -1.5), Rms(x, 0, 1900), 1e-3 * Math.Pow(10, -1.5) * 0.05);
        Assert.Equal(Math.Sqrt(0.16e-6 + 1e-9), Rms(x, 2200, 9800), 4e-4 * 0.05);
        Assert.Equal(1.0, trial.Emg.FindEvent(RecordingEvent.MovementOnset)!.TimeSeconds);
        Assert.Equal(5.0, trial.Emg.FindEvent(SyntheticTrial.MovementEnd)!.TimeSeconds);
    }

    [Fact]
    public void TheActivePowerLiesInTheEmgBand()
    {
        var trial = EmgSynthesizer.Synthesize([SiteActivation.Constant("gmax", Gmax, 1, 2.048)],
            new SynthesisOptions(SnrDecibels: 120, RestBeforeSeconds: 0, RestAfterSeconds: 0));
        var x = trial.Emg.Channels[0].Samples;
        var spectrum = new Complex[4096];
        for (var i = 0; i < spectrum.Length; i++) spectrum[i] = x[i];
        Fourier.Forward(spectrum, FourierOptions.Matlab);
        double inBand = 0, total = 0;
        for (var k = 1; k < spectrum.Length / 2; k++)
        {
            var f = k * 2000.0 / spectrum.Length;
            var p = spectrum[k].Magnitude * spectrum[k].Magnitude;
            total += p;
            if (f is >= 15 and <= 500) inBand += p;
        }
        // 4th-order band-pass applied forward and backward: |H|⁴, at 15 Hz (0.75 × 20) and 500 Hz already below −10 dB.
        Assert.True(inBand / total > 0.97, $"in-band power {inBand / total:P1}");
    }

    [Fact]
    public void SameSeedSameSamplesOtherSeedOtherSamples()
    {
        var sites = new[] { SiteActivation.Constant("gmax", Gmax, 0.5, 1) };
        var a = EmgSynthesizer.Synthesize(sites, new SynthesisOptions(Seed: 9)).Emg.Channels[0].Samples.ToArray();
        var b = EmgSynthesizer.Synthesize(sites, new SynthesisOptions(Seed: 9)).Emg.Channels[0].Samples.ToArray();
        var c = EmgSynthesizer.Synthesize(sites, new SynthesisOptions(Seed: 10)).Emg.Channels[0].Samples.ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void OnsetDelaysShiftTheDetectedOnset()
    {
        var sites = new[] { SiteActivation.Constant("gluteus_maximus_r", Gmax, 0.3, 2), SiteActivation.Constant("semitendinosus_r", St, 0.3, 2) };
        var options = new SynthesisOptions(OnsetDelaysSeconds: new Dictionary<MuscleSite, double> { [Gmax] = 0.25 }, Seed: 2);
        var trial = EmgSynthesizer.Synthesize(sites, options);
        var onsets = Emg.DetectOnsets(trial.Emg);
        var gmax = onsets.Single(o => o.Channel == "gluteus_maximus_r").Onset!.Value.Seconds;
        var st = onsets.Single(o => o.Channel == "semitendinosus_r").Onset!.Value.Seconds;
        // A step in amplitude is seen up to ~20 ms early after zero-phase band-pass conditioning (docs/emg.md §3);
        // the delay between the two channels is what the option sets.
        Assert.Equal(1.0, st, 0.02);
        Assert.Equal(1.25, gmax, 0.02);
        Assert.Equal(0.25, gmax - st, 0.01);
    }

    [Fact]
    public void PelvisMarkersCarryTheGivenTiltAndObliquityThroughC3d()
    {
        var motion = new PelvisMotion([0, 1, 2], [12 * Math.PI / 180, 20 * Math.PI / 180, 12 * Math.PI / 180], [0, 3 * Math.PI / 180, 0]);
        var trial = EmgSynthesizer.Synthesize([SiteActivation.Constant("gmax", Gmax, 0.2, 2)], SynthesisOptions.Default, motion);
        var file = C3dReader.Read(C3dWriter.ToBytes(trial.ToC3d(), new C3dWriteOptions(C3dProcessor.Dec))).File;
        var result = PelvicTilt.Analyse(file);
        // Frame 200 is 1 s into the movement (rest 1 s at 100 Hz): tilt 20°, obliquity 3°; frame 50 is in the rest: held at 12°, 0°.
        Assert.Equal(20, result.TiltRadians[200] * 180 / Math.PI, 1e-3);
        Assert.Equal(3, result.ObliquityRadians[200] * 180 / Math.PI, 1e-3);
        Assert.Equal(12, result.TiltRadians[50] * 180 / Math.PI, 1e-3);
        var recording = C3dRecordingReader.ToRecording(C3dReader.Read(C3dWriter.ToBytes(trial.ToC3d())), "synthetic.c3d");
        Assert.Equal(trial.Emg.Channels[0].Samples.ToArray().Select(v => (double)(float)v), recording.Channels[0].Samples.ToArray());
    }

    [Fact]
    public void InvalidInputIsRejectedNamingTheField()
    {
        Assert.Throws<ArgumentException>(() => new SiteActivation("x", Gmax, [0, 1], [0, 1.5]));
        Assert.Throws<ArgumentException>(() => new SiteActivation("x", Gmax, [1, 0.5], [0, 0]));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SynthesisOptions(RateHz: 2050).Validate());
        Assert.Contains("RateHz", e.Message);
        Assert.Throws<ArgumentException>(() => EmgSynthesizer.Synthesize([]));
    }
}
