namespace GluteLab.Anatomy.Segments;

/// <summary>
/// One segment scaled to a person: length = (length/H) × stature, mass = fraction × body mass (de Leva 1996).
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct ScaledSegment(
    BodySegment Segment,
    double MassKilograms,
    double LengthMeters,
    double CenterOfMassFraction,
    double RadiusSagittalMeters,
    double RadiusTransverseMeters,
    double RadiusLongitudinalMeters)
{
    /// <summary>Distance of the centre of mass from the first (proximal or cranial) endpoint, m.</summary>
    public double CenterOfMassFromProximalMeters => CenterOfMassFraction * LengthMeters;

    /// <summary>Moment of inertia about the antero-posterior axis through the centre of mass, kg·m².</summary>
    public double InertiaSagittalKilogramMetersSquared => MassKilograms * RadiusSagittalMeters * RadiusSagittalMeters;

    /// <summary>Moment of inertia about the medio-lateral (flexion) axis through the centre of mass, kg·m².</summary>
    public double InertiaTransverseKilogramMetersSquared => MassKilograms * RadiusTransverseMeters * RadiusTransverseMeters;

    /// <summary>Moment of inertia about the long axis through the centre of mass, kg·m².</summary>
    public double InertiaLongitudinalKilogramMetersSquared => MassKilograms * RadiusLongitudinalMeters * RadiusLongitudinalMeters;
}
