namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// A clinician's judgement that replaces a detected onset: the expert makes the final call, and the record says
/// who decided and why.
/// </summary>
/// <param name="Onset">The onset the clinician sets; null when the clinician judges the muscle did not switch on.</param>
/// <param name="By">Who decided (name or initials); not empty.</param>
/// <param name="Reason">Why (e.g. "movement artefact at 1.2 s"); not empty.</param>
/// <param name="At">When the decision was made, if recorded.</param>
public sealed record OnsetOverride(OnsetTime? Onset, string By, string Reason, DateTimeOffset? At = null)
{
    /// <summary>Checks the record; returns it.</summary>
    /// <exception cref="ArgumentException">By or Reason is empty, or the onset is negative or not finite.</exception>
    public OnsetOverride Validate()
    {
        if (string.IsNullOrWhiteSpace(By)) throw new ArgumentException("By should name who overrides the onset.", nameof(By));
        if (string.IsNullOrWhiteSpace(Reason)) throw new ArgumentException("Reason should say why the onset is overridden.", nameof(Reason));
        if (Onset is { } o && (!double.IsFinite(o.Seconds) || o.Seconds < 0))
        {
            throw new ArgumentException($"Onset should be a finite time >= 0 s, was {o.Seconds}.", nameof(Onset));
        }
        return this;
    }
}
