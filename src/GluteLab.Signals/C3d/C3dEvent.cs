namespace GluteLab.Signals.C3d;

/// <summary>Where an event was stored.</summary>
public enum C3dEventSource
{
    /// <summary>The header's event table (up to 18 events, 4-character labels).</summary>
    Header,

    /// <summary>The <c>EVENT</c> parameter group (<c>EVENT:TIMES</c>, <c>LABELS</c>, <c>CONTEXTS</c>, …).</summary>
    Parameters,
}

/// <summary>A labelled instant in the trial (e.g. "Foot Strike", context "Left").</summary>
/// <param name="Label">Event label.</param>
/// <param name="Context">Context (e.g. "Left", "Right", "General"); "" when not stored.</param>
/// <param name="TimeSeconds">Time from the start of the recording, seconds.</param>
/// <param name="Source">Where the event was stored.</param>
public sealed record C3dEvent(string Label, string Context, double TimeSeconds, C3dEventSource Source);
