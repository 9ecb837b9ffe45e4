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
}
