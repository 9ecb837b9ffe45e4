using GluteLab.Anatomy;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Synthesis;

/// <summary>
/// Synthetic surface EMG from muscle activations: band-limited Gaussian noise whose amplitude envelope follows the
/// activation, plus baseline noise, with a rest period before and after the movement.
/// </summary>
/// <remarks>
/// For each site, sample n at time tₙ = n / rate:
/// <code>
/// emg(tₙ) = A · a(tₙ − rest − delay) · c(tₙ) + σ · w(tₙ)
/// </code>
/// where c is Gaussian white noise band-passed 20–450 Hz (4th-order Butterworth, zero-phase, the band of EVIDENCE §7)
/// and scaled to unit RMS, a the site's activation (linear between its times, 0 outside the movement), A the EMG RMS at
/// full activation, w independent unit Gaussian white noise and σ = A · 10^(−SNR/20). The model of surface EMG as
/// amplitude-modulated band-limited Gaussian noise is the classic one (e.g. Hogan &amp; Mann 1980, IEEE Trans Biomed Eng
/// 27:382). Nothing in it creates timing: each channel switches on when its activation series does (plus any delay the
/// caller gives). The output is deterministic for a given seed.
/// </remarks>
public static class EmgSynthesizer
{
    /// <summary>Synthesises a trial.</summary>
    /// <param name="sites">Activation series per channel; labels unique.</param>
    /// <param name="options">Rates, noise, rest periods, delays and seed.</param>
    /// <param name="pelvis">Pelvis tilt and obliquity over the movement for the pelvis markers; null for none.</param>
    /// <param name="geometry">Marker positions on the pelvis (default <see cref="PelvisMarkerGeometry.Default"/>).</param>
    /// <param name="movementOnsetSeconds">When the movement itself starts, s from the start of the series (after a
    /// lift-off phase, for example); the <c>movement_onset</c> event is placed there. Default 0.</param>
    /// <exception cref="ArgumentException">No sites, repeated labels, or an invalid option.</exception>
    public static SyntheticTrial Synthesize(IReadOnlyList<SiteActivation> sites, SynthesisOptions? options = null,
        PelvisMotion? pelvis = null, PelvisMarkerGeometry? geometry = null, double movementOnsetSeconds = 0)
    {
        Preconditions.CheckRange(nameof(movementOnsetSeconds), movementOnsetSeconds, 0, 60);
        Preconditions.CheckNotNull(sites);
        if (sites.Count == 0) throw new ArgumentException("sites should hold at least one activation series.", nameof(sites));
        var o = (options ?? SynthesisOptions.Default).Validate();
        pelvis?.Validate();
        var movementEnd = sites.Max(s => s.EndSeconds + o.DelayOf(s.Site));
        if (pelvis is not null) movementEnd = Math.Max(movementEnd, pelvis.TimesSeconds[^1]);
        var total = o.RestBeforeSeconds + movementEnd + o.RestAfterSeconds;
        var frames = (int)Math.Ceiling(total * o.PointRateHz - 1e-9);
        var n = frames * o.SamplesPerFrame;

        var noiseRms = o.FullActivationRmsVolts * Math.Pow(10, -o.SnrDecibels / 20);
        var band = Butterworth.BandPass(4, SynthesisOptions.BandLowHz, SynthesisOptions.BandHighHz, o.RateHz);
        var channels = new List<AnalogChannel>();
        for (var k = 0; k < sites.Count; k++)
        {
            var site = sites[k];
            var random = new Random(unchecked(o.Seed * 1_000_003 + k));
            var white = new double[n];
            for (var i = 0; i < n; i++) white[i] = Gaussian(random);
            var carrier = new double[n];
            band.FilterZeroPhase(white, carrier);
            var rms = Math.Sqrt(carrier.Sum(v => v * v) / n);
            var delay = o.DelayOf(site.Site);
            var samples = new double[n];
            for (var i = 0; i < n; i++)
            {
                var t = i / o.RateHz - o.RestBeforeSeconds - delay;
                samples[i] = o.FullActivationRmsVolts * site.At(t) * carrier[i] / rms + noiseRms * Gaussian(random);
            }
            channels.Add(new AnalogChannel(site.Label, o.RateHz, samples, "V"));
        }
        var events = new[]
        {
            new RecordingEvent(RecordingEvent.MovementOnset, o.RestBeforeSeconds + movementOnsetSeconds),
            new RecordingEvent(SyntheticTrial.MovementEnd, o.RestBeforeSeconds + movementEnd),
        };
        var recording = new Recording("synthetic", channels, events);

        var markers = new List<SyntheticMarker>();
        if (pelvis is not null)
        {
            var g = geometry ?? PelvisMarkerGeometry.Default;
            var xyz = Enumerable.Range(0, 4).Select(_ => (X: new double[frames], Y: new double[frames], Z: new double[frames])).ToArray();
            for (var f = 0; f < frames; f++)
            {
                var (tilt, obliquity) = pelvis.At(f / o.PointRateHz - o.RestBeforeSeconds);
                var positions = g.Markers(tilt, obliquity);
                for (var m = 0; m < 4; m++)
                {
                    xyz[m].X[f] = positions[m].X;
                    xyz[m].Y[f] = positions[m].Y;
                    xyz[m].Z[f] = positions[m].Z;
                }
            }
            for (var m = 0; m < 4; m++) markers.Add(new SyntheticMarker(PelvisMarkerGeometry.Labels[m], xyz[m].X, xyz[m].Y, xyz[m].Z));
        }
        return new SyntheticTrial(recording, markers, o.PointRateHz, o.RestBeforeSeconds + movementOnsetSeconds, o.RestBeforeSeconds + movementEnd);
    }

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
