using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Muscles;

namespace GluteLab.Mechanics.Tests.Muscles;

public class RigidTendonFiberTest
{
    private const double Lopt = 0.10, Tsl = 0.20;
    private static readonly double Alpha0 = 20 * Math.PI / 180;

    [Fact]
    public void AtOptimalLengthTheFibreIsAtOneWithItsRestingPennation()
    {
        var state = RigidTendonFiber.Compute(Tsl + Lopt * Math.Cos(Alpha0), 0, Lopt, Tsl, Alpha0);
        Assert.Equal(1.0, state.NormalizedFiberLength, 12);
        Assert.Equal(Math.Cos(Alpha0), state.CosPennation, 12);
        Assert.Equal(1.0, state.ActiveForceLengthMultiplier, 6);
        Assert.Equal(1.0, state.ForceVelocityMultiplier, 3);
        Assert.Equal(Math.Cos(Alpha0) * state.ActiveForceLengthMultiplier * state.ForceVelocityMultiplier, state.ActiveForceCoefficient, 12);
        Assert.Equal(0.018, state.PassiveForceMultiplier, 3);
    }

    [Fact]
    public void ConstantWidthPennation()
    {
        // Longer fibre → smaller pennation, with l_M·sin α constant.
        var state = RigidTendonFiber.Compute(Tsl + 0.13, 0, Lopt, Tsl, Alpha0);
        var sin = Math.Sqrt(1 - state.CosPennation * state.CosPennation);
        Assert.Equal(Lopt * Math.Sin(Alpha0), state.NormalizedFiberLength * Lopt * sin, 12);
        Assert.Equal(0.13, state.NormalizedFiberLength * Lopt * state.CosPennation, 12);
    }

    [Fact]
    public void FibreVelocityIsMusculotendonVelocityAlongTheFibre()
    {
        var length = Tsl + Lopt * Math.Cos(Alpha0);
        // Shortening the musculotendon unit at v_max·L_opt/cos α₀ shortens the fibre at v_max: no active force left.
        var state = RigidTendonFiber.Compute(length, -10 * Lopt / Math.Cos(Alpha0), Lopt, Tsl, Alpha0);
        Assert.Equal(-1.0, state.NormalizedFiberVelocity, 12);
        Assert.Equal(0.0, state.ForceVelocityMultiplier, 3);
        var eccentric = RigidTendonFiber.Compute(length, 5 * Lopt / Math.Cos(Alpha0), Lopt, Tsl, Alpha0);
        Assert.Equal(0.5, eccentric.NormalizedFiberVelocity, 12);
        Assert.Equal(1.59, eccentric.ForceVelocityMultiplier, 2);
        // Faster than v_max the multiplier stays in [0, 1.794].
        Assert.Equal(0.0, RigidTendonFiber.Compute(length, -50 * Lopt, Lopt, Tsl, Alpha0).ForceVelocityMultiplier, 3);
        Assert.Equal(1.794, RigidTendonFiber.Compute(length, 50 * Lopt, Lopt, Tsl, Alpha0).ForceVelocityMultiplier, 3);
    }

    [Fact]
    public void ASlackMusculotendonUnitTransmitsNoForce()
    {
        var state = RigidTendonFiber.Compute(Tsl - 0.01, 0, Lopt, Tsl, Alpha0);
        Assert.Equal(0.0, state.CosPennation);
        Assert.Equal(0.0, state.ActiveForceCoefficient);
        Assert.Equal(0.0, state.PassiveForceCoefficient);
    }

    [Fact]
    public void RestingLengthShorteningRaisesPassiveForceAtTheSamePosture()
    {
        var length = Tsl + Lopt * 1.05;
        var normal = RigidTendonFiber.Compute(length, 0, Lopt, Tsl, 0);
        var tight = RigidTendonFiber.Compute(length, 0, Lopt, Tsl, 0, restingLengthShortening: 0.15);
        Assert.Equal(1.05, normal.NormalizedFiberLength, 12);
        Assert.Equal(1.05 / 0.85, tight.NormalizedFiberLength, 12);
        Assert.True(tight.PassiveForceMultiplier > 3 * normal.PassiveForceMultiplier);
        Assert.Equal(0.085, RigidTendonFiber.EffectiveOptimalFiberLength(Lopt, 0.15), 12);
    }

    [Theory]
    [InlineData(double.NaN, 0, 0.0)]
    [InlineData(0.3, double.PositiveInfinity, 0.0)]
    [InlineData(0.3, 0, 0.6)]
    [InlineData(0.3, 0, -0.1)]
    public void InvalidInputIsRejected(double length, double velocity, double shortening) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RigidTendonFiber.Compute(length, velocity, Lopt, Tsl, Alpha0, shortening));

    private static Muscle Unit(double excursionRatio)
    {
        // One knee-crossing unit with a constant 4 cm arm, neutral fibre length 1.1·L_opt.
        var arm = new MomentArmCurve(Coordinate.KneeFlexionRight, null, new NaturalCubicSpline([0.0], [0.04]), "test");
        var neutral = Muscle.MusculotendonLengthAt(1.1, Lopt, Tsl, Alpha0);
        return new Muscle("unit", MuscleGroup.Hamstrings, "unit", Side.Right, 1000, Lopt, Tsl, Alpha0, 1.1, "test",
            new MuscleGeometry([arm], neutral), fiberExcursionRatio: excursionRatio);
    }

    [Fact]
    public void ExcursionRatioScalesTheFibreLengthAndVelocityChangeAboutNeutral()
    {
        var rigid = Unit(1.0);
        var geared = Unit(0.5);
        var neutral = rigid.Geometry.NeutralLengthMeters;
        // At the neutral length both units are at their documented l̃₀ = 1.1.
        Assert.Equal(1.1, RigidTendonFiber.Compute(geared, neutral, 0).NormalizedFiberLength, 12);
        // The rigid unit is exactly the explicit rigid-tendon computation.
        var shorter = neutral - 0.03;
        Assert.Equal(RigidTendonFiber.Compute(shorter, -0.2, Lopt, Tsl, Alpha0), RigidTendonFiber.Compute(rigid, shorter, -0.2));
        // κ = 0.5: the fibre (along the tendon) shortens by 1.5 cm for a 3 cm musculotendon shortening…
        var alongNeutral = neutral - Tsl;
        var expected = RigidTendonFiber.Compute(Tsl + alongNeutral - 0.015, -0.1, Lopt, Tsl, Alpha0);
        var actual = RigidTendonFiber.Compute(geared, shorter, -0.2);
        Assert.Equal(expected.NormalizedFiberLength, actual.NormalizedFiberLength, 12);
        // …at half the velocity, so the force–velocity multiplier is that of the slower fibre.
        Assert.Equal(expected.NormalizedFiberVelocity, actual.NormalizedFiberVelocity, 12);
        Assert.True(actual.ActiveForceLengthMultiplier > RigidTendonFiber.Compute(rigid, shorter, 0).ActiveForceLengthMultiplier);
        // Scaling the body keeps normalised lengths: the reference is the scaled neutral length.
        var scaled = geared.ScaledBy(1.2, 1.0);
        Assert.Equal(actual.NormalizedFiberLength, RigidTendonFiber.Compute(scaled, shorter * 1.2, -0.2 * 1.2).NormalizedFiberLength, 12);
    }

    [Fact]
    public void ExcursionRatioOutsideItsRangeIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Unit(0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Unit(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Unit(double.NaN));
    }
}
