using System.Globalization;

namespace GluteLab.Signals.Assessments;

/// <summary>
/// Time from a reference instant to an onset, in seconds: positive when the onset comes after the reference
/// (e.g. after the first muscle), negative when before (e.g. before movement onset). Distinct from
/// <see cref="EmgProcessing.OnsetTime"/>, which is an instant.
/// </summary>
/// <param name="Seconds">Signed time difference in s.</param>
public readonly record struct Latency(double Seconds) : IComparable<Latency>
{
    /// <summary>The latency from <paramref name="reference"/> to <paramref name="onset"/>.</summary>
    public static Latency Between(double reference, EmgProcessing.OnsetTime onset) => new(onset.Seconds - reference);

    /// <summary>Signed milliseconds.</summary>
    public double Milliseconds => Seconds * 1000;

    /// <inheritdoc />
    public int CompareTo(Latency other) => Seconds.CompareTo(other.Seconds);

    /// <inheritdoc />
    public override string ToString() => (Seconds * 1000).ToString("+0;-0;0", CultureInfo.InvariantCulture) + " ms";
}
