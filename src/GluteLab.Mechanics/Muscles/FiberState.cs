namespace GluteLab.Mechanics.Muscles;

/// <summary>
/// The state of one muscle's fibres at a musculotendon length and velocity (rigid tendon), and the curve multipliers there.
/// </summary>
/// <param name="NormalizedFiberLength">l̃ = l_M / L_opt′ (L_opt′ = effective optimal length after resting-length shortening).</param>
/// <param name="NormalizedFiberVelocity">ṽ = v_M / (v_max·L_opt′), negative when shortening (not clamped).</param>
/// <param name="CosPennation">cos α, in [0, 1].</param>
/// <param name="ActiveForceLengthMultiplier">f_L(l̃) of the widened curve (<see cref="RigidTendonFiber.ActiveForceCurveWidthScale"/>), in [0, 1].</param>
/// <param name="ForceVelocityMultiplier">f_V(ṽ) with ṽ clamped to [−1, 1], in [0, 1.794].</param>
/// <param name="PassiveForceMultiplier">f_PE(l̃), ≥ 0.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct FiberState(
    double NormalizedFiberLength,
    double NormalizedFiberVelocity,
    double CosPennation,
    double ActiveForceLengthMultiplier,
    double ForceVelocityMultiplier,
    double PassiveForceMultiplier)
{
    /// <summary>
    /// Active tendon force per unit activation per Fmax: f_L·f_V·cos α. The tendon force of the active fibres is
    /// a · Fmax · this (OpenSim static optimisation's <c>calcInextensibleTendonActiveFiberForce</c>).
    /// </summary>
    public double ActiveForceCoefficient => ActiveForceLengthMultiplier * ForceVelocityMultiplier * CosPennation;

    /// <summary>Passive tendon force per Fmax: f_PE·cos α.</summary>
    public double PassiveForceCoefficient => PassiveForceMultiplier * CosPennation;
}
