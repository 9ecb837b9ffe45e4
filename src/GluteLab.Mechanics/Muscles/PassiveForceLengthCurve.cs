using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Muscles;

/// <summary>
/// The DeGroote–Fregly passive fibre force–length curve for one passive strain e₀, with its constants computed once:
/// f_PE(l̃) = [exp(k(l̃ − 1)) − exp(k(0.2 − 1))] / [exp(kPE) − exp(k(0.2 − 1))], k = kPE/e₀, l̃ clamped to [0.2, 1.8]
/// (<see cref="DeGrooteFregly2016.PassiveForceLength"/> is this curve built on each call).
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct PassiveForceLengthCurve
{
    private readonly double _stiffness;
    private readonly double _offset;
    private readonly double _inverseRange;

    /// <summary>The curve for passive strain <paramref name="passiveFiberStrainAtOneNormForce"/> e₀.</summary>
    /// <exception cref="ArgumentOutOfRangeException">e₀ is NaN or below <see cref="DeGrooteFregly2016.MinPassiveFiberStrain"/>.</exception>
    public PassiveForceLengthCurve(double passiveFiberStrainAtOneNormForce)
    {
        _stiffness = DeGrooteFregly2016.PassiveShapeFactor / Preconditions.CheckRange("passiveFiberStrainAtOneNormForce",
            passiveFiberStrainAtOneNormForce, DeGrooteFregly2016.MinPassiveFiberStrain, double.MaxValue);
        _offset = Math.Exp(_stiffness * (DeGrooteFregly2016.MinNormalizedFiberLength - 1.0));
        _inverseRange = 1.0 / (Math.Exp(DeGrooteFregly2016.PassiveShapeFactor) - _offset);
    }

    /// <summary>k = kPE/e₀, the curve's exponential rate per unit of normalised length.</summary>
    public double Stiffness => _stiffness;

    /// <summary>f_PE(l̃), in multiples of Fmax.</summary>
    public double Value(double normalizedFiberLength)
    {
        var l = Math.Clamp(normalizedFiberLength, DeGrooteFregly2016.MinNormalizedFiberLength, DeGrooteFregly2016.MaxNormalizedFiberLength);
        return (Math.Exp(_stiffness * (l - 1.0)) - _offset) * _inverseRange;
    }

    /// <summary>d f_PE / d l̃ (0 outside [0.2, 1.8], where the curve is clamped).</summary>
    public double Derivative(double normalizedFiberLength)
    {
        var l = normalizedFiberLength;
        if (l < DeGrooteFregly2016.MinNormalizedFiberLength || l > DeGrooteFregly2016.MaxNormalizedFiberLength) return 0;
        return _stiffness * Math.Exp(_stiffness * (l - 1.0)) * _inverseRange;
    }
}
