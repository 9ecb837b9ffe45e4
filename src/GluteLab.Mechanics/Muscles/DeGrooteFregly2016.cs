using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Muscles;

/// <summary>
/// The normalised Hill-muscle curves of De Groote, Kinney, Rao &amp; Fregly 2016 (Ann Biomed Eng 44:2922), with the
/// constants of OpenSim's <c>DeGrooteFregly2016Muscle</c> (MUSCULOSKELETAL.md §3.1). Pure functions, no allocation.
/// </summary>
/// <remarks>
/// Normalisation: l̃ = l_M / L_opt; ṽ = v_M / (v_max·L_opt) with v_max = 10 L_opt/s, negative when shortening;
/// forces are multiples of Fmax; tendon length is l̃_T = l_T / tendon slack length.
/// </remarks>
public static class DeGrooteFregly2016
{
    // Active force–length: three Gaussian-like terms (b1i, b2i, b3i, b4i), OpenSim DeGrooteFregly2016Muscle.h.
    private const double B11 = 0.8150671134243542, B21 = 1.055033428970575, B31 = 0.162384573599574, B41 = 0.063303448465465;
    private const double B12 = 0.433004984392647, B22 = 0.716775413397760, B32 = -0.029947116970696, B42 = 0.200356847296188;
    private const double B13 = 0.1, B23 = 1.0, B33 = 0.353553390593274, B43 = 0.0;

    // Force–velocity, OpenSim DeGrooteFregly2016Muscle.h.
    private const double D1 = -0.3211346127989808, D2 = -8.149, D3 = -0.374, D4 = 0.8825327733249912;

    /// <summary>Passive exponential shape factor kPE (OpenSim default 4).</summary>
    public const double PassiveShapeFactor = 4.0;

    /// <summary>Passive fibre strain at one normalised force e₀ (OpenSim default 0.6; a per-muscle property there).</summary>
    public const double PassiveFiberStrainAtOneNormForce = 0.6;

    /// <summary>Smallest accepted e₀.</summary>
    public const double MinPassiveFiberStrain = 0.1;

    /// <summary>Smallest normalised fibre length of the model (0.2); passive force is 0 there.</summary>
    public const double MinNormalizedFiberLength = 0.2;

    /// <summary>Largest normalised fibre length of the model (1.8); the passive curve is held constant beyond it.</summary>
    public const double MaxNormalizedFiberLength = 1.8;

    /// <summary>Tendon strain at one normalised force ε₀ (OpenSim default 0.049).</summary>
    public const double TendonStrainAtOneNormForce = 0.049;

    // Tendon curve, OpenSim values (c2 = 1, c3 = 0.2 so that f_T(1) = 0; the paper used 0.995 and 0.25).
    private const double C1 = 0.2, C2 = 1.0, C3 = 0.2;

    private static readonly double TendonStiffness = Math.Log((1.0 + C3) / C1) / (1.0 + TendonStrainAtOneNormForce - C2);

    /// <summary>Active force–length multiplier f_L(l̃): 1 at l̃ = 1, ≈ 0.054 at 0.5, ≈ 0.06 at 1.7.</summary>
    /// <param name="normalizedFiberLength">l̃, dimensionless (any finite value; the curve decays to 0 away from 1).</param>
    public static double ActiveForceLength(double normalizedFiberLength)
    {
        var l = normalizedFiberLength;
        return Gaussian(l, B11, B21, B31, B41) + Gaussian(l, B12, B22, B32, B42) + Gaussian(l, B13, B23, B33, B43);
    }

    /// <summary>d f_L / d l̃.</summary>
    public static double ActiveForceLengthDerivative(double normalizedFiberLength)
    {
        var l = normalizedFiberLength;
        return GaussianDerivative(l, B11, B21, B31, B41) + GaussianDerivative(l, B12, B22, B32, B42) + GaussianDerivative(l, B13, B23, B33, B43);
    }

    /// <summary>
    /// Active force–length multiplier with the curve widened about l̃ = 1 by <paramref name="widthScale"/> w:
    /// f_L((l̃ − 1)/w + 1), OpenSim's <c>active_force_width_scale</c> of <c>DeGrooteFregly2016Muscle</c>
    /// (MUSCULOSKELETAL.md §3.1). w = 1 is the plain curve; w = 1.5 puts f_L ≈ 0.23 at l̃ = 1.75 instead of 1.5.
    /// </summary>
    /// <param name="normalizedFiberLength">l̃, dimensionless.</param>
    /// <param name="widthScale">w ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">w is NaN or below 1.</exception>
    public static double ActiveForceLength(double normalizedFiberLength, double widthScale) =>
        ActiveForceLength((normalizedFiberLength - 1.0) / Preconditions.CheckRange(nameof(widthScale), widthScale, 1.0, double.MaxValue) + 1.0);

    /// <summary>d f_L / d l̃ of the widened curve: f_L′((l̃ − 1)/w + 1) / w.</summary>
    /// <param name="normalizedFiberLength">l̃, dimensionless.</param>
    /// <param name="widthScale">w ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">w is NaN or below 1.</exception>
    public static double ActiveForceLengthDerivative(double normalizedFiberLength, double widthScale) =>
        ActiveForceLengthDerivative((normalizedFiberLength - 1.0) / Preconditions.CheckRange(nameof(widthScale), widthScale, 1.0, double.MaxValue) + 1.0) / widthScale;

    /// <summary>
    /// Passive fibre force–length multiplier f_PE(l̃) = [exp(kPE(l̃ − 1)/e₀) − exp(kPE(0.2 − 1)/e₀)] / [exp(kPE) − exp(kPE(0.2 − 1)/e₀)]:
    /// with e₀ = 0.6, 0 at l̃ = 0.2, ≈ 0.018 at 1, 1 at 1 + e₀ = 1.6. l̃ is clamped to [0.2, 1.8], the model's fibre-length bounds.
    /// </summary>
    /// <param name="normalizedFiberLength">l̃, dimensionless.</param>
    /// <param name="passiveFiberStrainAtOneNormForce">e₀ ≥ 0.1 (OpenSim's <c>passive_fiber_strain_at_one_norm_force</c>; default 0.6).</param>
    /// <exception cref="ArgumentOutOfRangeException">e₀ is NaN or below 0.1.</exception>
    public static double PassiveForceLength(double normalizedFiberLength, double passiveFiberStrainAtOneNormForce = PassiveFiberStrainAtOneNormForce) =>
        new PassiveForceLengthCurve(passiveFiberStrainAtOneNormForce).Value(normalizedFiberLength);

    /// <summary>d f_PE / d l̃ (0 outside [0.2, 1.8], where the curve is clamped).</summary>
    /// <exception cref="ArgumentOutOfRangeException">e₀ is NaN or below 0.1.</exception>
    public static double PassiveForceLengthDerivative(double normalizedFiberLength, double passiveFiberStrainAtOneNormForce = PassiveFiberStrainAtOneNormForce) =>
        new PassiveForceLengthCurve(passiveFiberStrainAtOneNormForce).Derivative(normalizedFiberLength);

    /// <summary>
    /// Force–velocity multiplier f_V(ṽ) = d₁·ln((d₂ṽ + d₃) + √((d₂ṽ + d₃)² + 1)) + d₄: 0 at ṽ = −1 (maximal shortening),
    /// 1 at 0, ≈ 1.794 at +1 (lengthening).
    /// </summary>
    /// <param name="normalizedFiberVelocity">ṽ, in max contraction velocities; negative = shortening.</param>
    public static double ForceVelocity(double normalizedFiberVelocity)
    {
        var x = D2 * normalizedFiberVelocity + D3;
        return D1 * Math.Log(x + Math.Sqrt(x * x + 1.0)) + D4;
    }

    /// <summary>d f_V / d ṽ = d₁·d₂ / √((d₂ṽ + d₃)² + 1).</summary>
    public static double ForceVelocityDerivative(double normalizedFiberVelocity)
    {
        var x = D2 * normalizedFiberVelocity + D3;
        return D1 * D2 / Math.Sqrt(x * x + 1.0);
    }

    /// <summary>
    /// The inverse of <see cref="ForceVelocity"/>: ṽ = (sinh((f_V − d₄)/d₁) − d₃)/d₂ (the "− d₃" is missing from the paper's supplement).
    /// </summary>
    /// <param name="forceVelocityMultiplier">f_V, any finite value.</param>
    public static double ForceVelocityInverse(double forceVelocityMultiplier) =>
        (Math.Sinh((forceVelocityMultiplier - D4) / D1) - D3) / D2;

    /// <summary>
    /// Tendon force–length multiplier f_T(l̃_T) = c₁·exp(kT(l̃_T − c₂)) − c₃ with OpenSim's c₁ = 0.2, c₂ = 1, c₃ = 0.2 and
    /// kT = ln 6 / ε₀ ≈ 36.6: 0 at slack length, 1 at 4.9 % strain. Not used by the rigid-tendon mechanics.
    /// </summary>
    /// <param name="normalizedTendonLength">l_T / tendon slack length.</param>
    public static double TendonForceLength(double normalizedTendonLength) =>
        C1 * Math.Exp(TendonStiffness * (normalizedTendonLength - C2)) - C3;

    /// <summary>d f_T / d l̃_T.</summary>
    public static double TendonForceLengthDerivative(double normalizedTendonLength) =>
        C1 * TendonStiffness * Math.Exp(TendonStiffness * (normalizedTendonLength - C2));

    private static double Gaussian(double l, double b1, double b2, double b3, double b4)
    {
        var width = b3 + b4 * l;
        var z = (l - b2) / width;
        return b1 * Math.Exp(-0.5 * z * z);
    }

    private static double GaussianDerivative(double l, double b1, double b2, double b3, double b4)
    {
        var width = b3 + b4 * l;
        var z = (l - b2) / width;
        // dz/dl = (width − (l − b2)·b4) / width²
        var dz = (width - (l - b2) * b4) / (width * width);
        return -b1 * Math.Exp(-0.5 * z * z) * z * dz;
    }
}
