namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// One EMG channel after conditioning: the band-passed (and notched) signal, its envelope, and how it was made.
/// </summary>
/// <param name="Label">Channel label.</param>
/// <param name="RateHz">Sampling rate in Hz.</param>
/// <param name="Filtered">DC-free, band-passed signal in the channel's unit.</param>
/// <param name="Envelope">Envelope (moving RMS or low-passed rectified signal) in the channel's unit, same length.</param>
/// <param name="Unit">Unit of the channel (e.g. <c>V</c>, <c>count</c>).</param>
/// <param name="Options">The options used.</param>
/// <param name="PassBandHz">Band edges actually applied (low, high) in Hz; null when no band-pass could be applied.</param>
/// <param name="Diagnostics">Notes where a parameter could not be applied as asked.</param>
public sealed record ConditionedEmg(
    string Label,
    double RateHz,
    ReadOnlyMemory<double> Filtered,
    ReadOnlyMemory<double> Envelope,
    string Unit,
    EmgConditioningOptions Options,
    (double LowHz, double HighHz)? PassBandHz,
    IReadOnlyList<EmgDiagnostic> Diagnostics)
{
    /// <summary>Number of samples.</summary>
    public int Length => Filtered.Length;

    /// <summary>Duration in seconds.</summary>
    public double DurationSeconds => Filtered.Length / RateHz;
}
