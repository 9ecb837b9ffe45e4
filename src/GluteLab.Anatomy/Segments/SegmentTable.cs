namespace GluteLab.Anatomy.Segments;

/// <summary>
/// de Leva's (1996) segment parameters for one sex, one row per <see cref="BodySegment"/>.
/// Immutable; build it with <see cref="SegmentTables"/>.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class SegmentTable
{
    private readonly SegmentParameters[] _rows;

    internal SegmentTable(BodyTableSex sex, SegmentParameters[] rows, double referenceStatureMeters)
    {
        Sex = sex;
        _rows = rows;
        ReferenceStatureMeters = referenceStatureMeters;
    }

    /// <summary>Which table (male or female).</summary>
    public BodyTableSex Sex { get; }

    /// <summary>Mean stature of de Leva's reference subjects for this sex, m (1.741 male, 1.735 female).</summary>
    public double ReferenceStatureMeters { get; }

    /// <summary>The parameters of <paramref name="segment"/>.</summary>
    public SegmentParameters this[BodySegment segment] => _rows[(int)segment];

    /// <summary>Every row, in <see cref="BodySegment"/> order.</summary>
    public IReadOnlyList<SegmentParameters> Rows => _rows;

    /// <summary>
    /// Sum of the mass fractions of the segments that partition the body (limbs twice, whole trunk excluded);
    /// 1.000 for the male table and 0.9999 for the female one.
    /// </summary>
    public double TotalMassFraction =>
        _rows.Where(r => r.Segment.IsPartition()).Sum(r => r.MassFraction * (r.Segment.IsBilateral() ? 2 : 1));

    /// <summary>The segment scaled to a person: length = (length/H) × stature, mass = fraction × body mass.</summary>
    public ScaledSegment Scale(BodySegment segment, Anthropometry person)
    {
        var row = _rows[(int)segment];
        var length = row.LengthPerStature * person.HeightMeters;
        return new ScaledSegment(
            segment,
            row.MassFraction * person.MassKilograms,
            length,
            row.CenterOfMassFraction,
            row.RadiusSagittalFraction * length,
            row.RadiusTransverseFraction * length,
            row.RadiusLongitudinalFraction * length);
    }

    /// <summary>Every segment scaled to <paramref name="person"/>, indexed by <see cref="BodySegment"/>.</summary>
    public IReadOnlyList<ScaledSegment> Scale(Anthropometry person) =>
        BodySegments.All.Select(s => Scale(s, person)).ToArray();
}
