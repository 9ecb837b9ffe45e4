using System.Globalization;

namespace GluteLab.Signals.Assessments;

/// <summary>
/// Amplitude as a percentage of the maximal voluntary isometric contraction (MVIC) reference of the same muscle.
/// Values above 100 are possible (dynamic tasks can exceed an isometric reference).
/// </summary>
/// <param name="Percent">Amplitude / MVIC reference × 100 (finite, ≥ 0).</param>
public readonly record struct PercentMvic(double Percent) : IComparable<PercentMvic>
{
    /// <summary><paramref name="amplitude"/> as a percentage of <paramref name="reference"/> (same unit).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The reference is not positive or the amplitude is negative or not finite.</exception>
    public static PercentMvic Of(double amplitude, double reference)
    {
        Anatomy.Preconditions.CheckPositive(nameof(reference), reference);
        Anatomy.Preconditions.CheckRange(nameof(amplitude), amplitude, 0, double.MaxValue);
        return new PercentMvic(100 * amplitude / reference);
    }

    /// <inheritdoc />
    public int CompareTo(PercentMvic other) => Percent.CompareTo(other.Percent);

    /// <inheritdoc />
    public override string ToString() => Percent.ToString("0.0", CultureInfo.InvariantCulture) + " %MVIC";
}
