namespace GluteLab.Signals.Recordings;

/// <summary>A labelled instant in a recording, e.g. <c>movement_onset</c> at 2.314 s.</summary>
/// <param name="Label">Event label as recorded or as named by the caller.</param>
/// <param name="TimeSeconds">Time from the first sample, in seconds (finite, ≥ 0).</param>
public sealed record RecordingEvent(string Label, double TimeSeconds)
{
    /// <summary>Label used for the start of the movement in a test (e.g. the heel lift in prone hip extension).</summary>
    public const string MovementOnset = "movement_onset";
}
