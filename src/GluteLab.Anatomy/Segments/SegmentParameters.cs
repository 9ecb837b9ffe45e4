namespace GluteLab.Anatomy.Segments;

/// <summary>
/// Inertial parameters of one segment as fractions of body mass and stature (de Leva 1996, Table 4),
/// independent of any person. Scale them with <see cref="SegmentTable.Scale(BodySegment, Anthropometry)"/>.
/// </summary>
/// <param name="Segment">Which segment.</param>
/// <param name="Endpoints">The landmarks that define the segment, proximal (or cranial) first.</param>
/// <param name="MassFraction">Segment mass ÷ body mass, in (0, 1).</param>
/// <param name="CenterOfMassFraction">Distance of the centre of mass from the first endpoint ÷ segment length, in (0, 1).</param>
/// <param name="RadiusSagittalFraction">Radius of gyration about the antero-posterior axis ÷ length (de Leva's "sagittal" column).</param>
/// <param name="RadiusTransverseFraction">Radius of gyration about the medio-lateral (flexion) axis ÷ length (de Leva's "transverse" column).</param>
/// <param name="RadiusLongitudinalFraction">Radius of gyration about the long axis ÷ length.</param>
/// <param name="LengthPerStature">Mean segment length ÷ mean stature of de Leva's reference subjects.</param>
/// <param name="Source">Where the row comes from.</param>
/// <remarks>
/// Axis choice (KINEMATICS.md §1 notes): de Leva's "sagittal" radius is read as the one about the axis normal to
/// the frontal plane (antero-posterior) and the "transverse" radius as the one about the medio-lateral axis, which
/// is the axis of flexion–extension. For thigh, shank and foot the two differ by ≤ 1.2 points.
/// </remarks>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record SegmentParameters(
    BodySegment Segment,
    string Endpoints,
    double MassFraction,
    double CenterOfMassFraction,
    double RadiusSagittalFraction,
    double RadiusTransverseFraction,
    double RadiusLongitudinalFraction,
    double LengthPerStature,
    string Source);
