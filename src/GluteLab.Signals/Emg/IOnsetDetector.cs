namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// A published EMG onset detection method. Implementations are immutable and take the conditioned (DC-free,
/// band-passed) signal; each does its own rectification and smoothing as its source prescribes.
/// Every onset and offset returned lies inside the signal: 0 ≤ onset ≤ offset ≤ (length − 1) / rate.
/// </summary>
public interface IOnsetDetector
{
    /// <summary>Method, citation and parameter values.</summary>
    OnsetMethod Method { get; }

    /// <summary>Activity periods in <paramref name="filtered"/>, in time order.</summary>
    /// <param name="filtered">Conditioned signal (band-passed, DC removed).</param>
    /// <param name="rateHz">Sampling rate in Hz.</param>
    /// <exception cref="ArgumentException">The signal is shorter than the baseline window.</exception>
    IReadOnlyList<ActivationBurst> Detect(ReadOnlySpan<double> filtered, double rateHz);
}
