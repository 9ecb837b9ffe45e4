using System.Globalization;

namespace GluteLab.Signals.Assessments;

/// <summary>
/// Left/right asymmetry of one measure, as the symmetry index of Robinson, Herzog &amp; Nigg (1987, J Manipulative
/// Physiol Ther 10:172–176): SI = (R − L) / ((R + L) / 2) × 100 %. Range −200 to +200 %; 0 is symmetric, positive
/// means the right side is larger. Compare amplitudes normalised to each side's own MVIC (%MVIC), since electrode
/// placement and tissue differ between sides.
/// </summary>
/// <param name="Percent">Symmetry index in % (−200 to 200).</param>
public readonly record struct AsymmetryIndex(double Percent)
{
    /// <summary>The index of <paramref name="left"/> and <paramref name="right"/> (same unit, ≥ 0, not both 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite, or both are 0.</exception>
    public static AsymmetryIndex Of(double left, double right)
    {
        Anatomy.Preconditions.CheckRange(nameof(left), left, 0, double.MaxValue);
        Anatomy.Preconditions.CheckRange(nameof(right), right, 0, double.MaxValue);
        if (left + right == 0) throw new ArgumentOutOfRangeException(nameof(right), "left and right are both 0: asymmetry is undefined.");
        return new AsymmetryIndex((right - left) / ((right + left) / 2) * 100);
    }

    /// <summary>The larger side, or null when |SI| is below <paramref name="toleranceSI"/> percent.</summary>
    public Anatomy.Side? LargerSide(double toleranceSI = 0) =>
        Math.Abs(Percent) <= toleranceSI ? null : Percent > 0 ? Anatomy.Side.Right : Anatomy.Side.Left;

    /// <inheritdoc />
    public override string ToString() => Percent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";
}
