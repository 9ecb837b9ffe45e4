using System.Globalization;

namespace GluteLab.Signals.EmgProcessing;

/// <summary>
/// The instant a muscle switches on, in seconds from the first sample of its recording.
/// Distinct from <see cref="Assessments.Latency"/> (a difference between two instants).
/// </summary>
/// <param name="Seconds">Time from the first sample in s (≥ 0, never past the last sample).</param>
public readonly record struct OnsetTime(double Seconds) : IComparable<OnsetTime>
{
    /// <inheritdoc />
    public int CompareTo(OnsetTime other) => Seconds.CompareTo(other.Seconds);

    /// <summary>Milliseconds, for display.</summary>
    public double Milliseconds => Seconds * 1000;

    /// <inheritdoc />
    public override string ToString() => Seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}

/// <summary>The instant a muscle switches off, in seconds from the first sample of its recording.</summary>
/// <param name="Seconds">Time from the first sample in s (≥ 0, never past the last sample).</param>
public readonly record struct OffsetTime(double Seconds)
{
    /// <inheritdoc />
    public override string ToString() => Seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}

/// <summary>One period of activity: from <see cref="Onset"/> to <see cref="Offset"/> (both inside the signal).</summary>
public readonly record struct ActivationBurst(OnsetTime Onset, OffsetTime Offset)
{
    /// <summary>Duration in s.</summary>
    public double DurationSeconds => Offset.Seconds - Onset.Seconds;
}
