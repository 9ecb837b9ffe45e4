namespace GluteLab.Signals.Readers;

/// <summary>Options shared by every recording reader.</summary>
/// <param name="RateHz">
/// Sampling rate in Hz for files without a time column or rate header. When the file states a rate too, the
/// two must agree within 0.1 %.
/// </param>
public sealed record RecordingReadOptions(double? RateHz = null)
{
    /// <summary>No options: rates come from the files.</summary>
    public static RecordingReadOptions Default { get; } = new();
}
