using GluteLab.Signals.C3d;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Synthesis;

/// <summary>A synthetic marker trajectory, mm in the lab frame of <see cref="PelvisMarkerGeometry"/>.</summary>
/// <param name="Label">Marker label (e.g. LASI).</param>
/// <param name="XMillimetres">X per frame, mm.</param>
/// <param name="YMillimetres">Y per frame, mm.</param>
/// <param name="ZMillimetres">Z per frame, mm.</param>
public sealed record SyntheticMarker(string Label, double[] XMillimetres, double[] YMillimetres, double[] ZMillimetres);

/// <summary>
/// What <see cref="EmgSynthesizer"/> produced: EMG channels and events (a <see cref="Recording"/>), pelvis markers when
/// a pelvis motion was given, and the timing of the movement.
/// </summary>
/// <param name="Emg">EMG channels (V) with the events <c>movement_onset</c> and <c>movement_end</c>.</param>
/// <param name="Markers">Pelvis markers at <see cref="PointRateHz"/>; empty when no pelvis motion was given.</param>
/// <param name="PointRateHz">Marker frame rate, Hz.</param>
/// <param name="MovementOnsetSeconds">Start of the movement, s from the first sample.</param>
/// <param name="MovementEndSeconds">End of the movement, s from the first sample.</param>
public sealed record SyntheticTrial(Recording Emg, IReadOnlyList<SyntheticMarker> Markers, double PointRateHz, double MovementOnsetSeconds, double MovementEndSeconds)
{
    /// <summary>Label of the event at the end of the movement.</summary>
    public const string MovementEnd = "movement_end";

    /// <summary>
    /// The trial as a C3D file: the analog channels in volts, the markers in mm, and the events (context General).
    /// </summary>
    public C3dFile ToC3d()
    {
        var rate = Emg.Channels[0].RateHz;
        var builder = new C3dBuilder(PointRateHz).WithAnalogRate(rate).WithPointUnits("mm");
        foreach (var m in Markers) builder.AddMarker(m.Label, m.XMillimetres, m.YMillimetres, m.ZMillimetres, "synthetic pelvis marker");
        foreach (var c in Emg.Channels) builder.AddAnalogChannel(c.Label, c.Samples, c.Unit, "synthetic surface EMG");
        foreach (var e in Emg.Events) builder.AddEvent(e.Label, e.TimeSeconds, "General");
        return builder.Build();
    }
}
