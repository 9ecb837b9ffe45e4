using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Muscles;

namespace GluteLab.Mechanics.Tests.Muscles;

/// <summary>Fibre operating ranges of the bundled muscles across postures (rigid tendon).</summary>
public class MuscleOperatingRangeTest
{
    private static readonly MuscleSet Set = MuscleSet.LoadBundled();

    private static FiberState Fiber(string name, Posture posture, double shortening = 0)
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        var muscle = Set[name];
        return RigidTendonFiber.Compute(muscle, muscle.Evaluate(posture, arms), 0, shortening);
    }

    private static Posture Hip(double flexionDegrees, double kneeDegrees = 0) =>
        Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, flexionDegrees).WithDegrees(Coordinate.KneeFlexionRight, kneeDegrees);

    [Fact]
    public void GluteusMaximusLengthensSteadilyWithHipFlexion()
    {
        foreach (var name in new[] { "glmax1_r", "glmax2_r", "glmax3_r" })
        {
            Assert.InRange(Fiber(name, Hip(0)).NormalizedFiberLength, 0.9, 1.15);
            var previous = Fiber(name, Hip(-20)).NormalizedFiberLength;
            for (var flexion = -10; flexion <= 120; flexion += 10)
            {
                var current = Fiber(name, Hip(flexion)).NormalizedFiberLength;
                Assert.True(current > previous, $"{name} at {flexion}°");
                previous = current;
            }
            // Deep squat (hip and knee 90°): on the descending limb, as in OpenSim-style models (rigid tendon: an upper bound).
            Assert.InRange(Fiber(name, Hip(90, 90)).NormalizedFiberLength, 1.3, 1.7);
        }
    }

    [Fact]
    public void HamstringsLengthenWithHipFlexionAndShortenWithKneeFlexion()
    {
        foreach (var name in new[] { "bflh_r", "semimem_r", "semiten_r" })
        {
            Assert.True(Fiber(name, Hip(45)).NormalizedFiberLength > Fiber(name, Hip(0)).NormalizedFiberLength, name);
            Assert.True(Fiber(name, Hip(45, 60)).NormalizedFiberLength < Fiber(name, Hip(45)).NormalizedFiberLength, name);
            // Straight-leg raise to 70°: clearly stretched, passive tension present.
            Assert.True(Fiber(name, Hip(70)).PassiveForceMultiplier > 0.2, name);
        }
    }

    [Fact]
    public void VastiAreNearOptimalLengthAroundFiftyDegreesOfKneeFlexion()
    {
        foreach (var name in new[] { "vaslat_r", "vasmed_r", "vasint_r" })
        {
            Assert.InRange(Fiber(name, Hip(0, 50)).NormalizedFiberLength, 0.95, 1.2);
        }
    }

    [Fact]
    public void PassiveHipMomentIsSmallInUprightStanding()
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        var moment = 0.0;
        foreach (var i in Set.IndicesOf(Side.Right))
        {
            var m = Set[i];
            var state = RigidTendonFiber.Compute(m, m.Evaluate(Posture.Neutral, arms), 0);
            moment += arms[(int)Coordinate.HipFlexionRight] * m.MaxIsometricForceNewtons * state.PassiveForceCoefficient;
        }
        Assert.InRange(moment, -10, 10);
    }

    [Fact]
    public void TightHipFlexorsPullTheExtendedHipIntoFlexion()
    {
        // Lower Crossed Syndrome: iliopsoas and rectus femoris shortened 15 % → larger passive flexor moment at 10° extension.
        var extended = Hip(-10);
        double PassiveFlexorMoment(double shortening)
        {
            Span<double> arms = stackalloc double[Coordinates.Count];
            var sum = 0.0;
            foreach (var name in new[] { "iliacus_r", "psoas_r", "recfem_r" })
            {
                var m = Set[name];
                var state = RigidTendonFiber.Compute(m, m.Evaluate(extended, arms), 0, shortening);
                sum += arms[(int)Coordinate.HipFlexionRight] * m.MaxIsometricForceNewtons * state.PassiveForceCoefficient;
            }
            return sum;
        }
        var normal = PassiveFlexorMoment(0);
        var tight = PassiveFlexorMoment(0.15);
        Assert.True(normal > 0);
        Assert.True(tight > 2 * normal, $"{normal:F1} → {tight:F1} N·m");
    }
}
