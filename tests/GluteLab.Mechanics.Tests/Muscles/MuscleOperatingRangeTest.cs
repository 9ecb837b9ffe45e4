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
            // Straight-leg raise to 70°: stretched, with passive tension well above that of standing.
            Assert.True(Fiber(name, Hip(70)).NormalizedFiberLength > 1.4, name);
            Assert.True(Fiber(name, Hip(70)).PassiveForceMultiplier > 2 * Fiber(name, Hip(0)).PassiveForceMultiplier, name);
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

    // Riener & Edrich 1999 (J Biomech 32:539) passive hip flexion moment, N·m, angles in degrees (hip and knee flexion
    // positive), as implemented in public simulation code of Miller et al. 2012; all passive structures, one leg.
    private static double RienerEdrichHipMoment(double hipDegrees, double kneeDegrees) =>
        Math.Exp(1.4655 - 0.0034 * kneeDegrees - 0.0750 * hipDegrees) - Math.Exp(1.3403 - 0.0226 * kneeDegrees + 0.0305 * hipDegrees) + 8.072;

    private static double PassiveHipFlexionMoment(Posture posture)
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        var moment = 0.0;
        foreach (var i in Set.IndicesOf(Side.Right))
        {
            var m = Set[i];
            var state = RigidTendonFiber.Compute(m, m.Evaluate(posture, arms), 0);
            moment += arms[(int)Coordinate.HipFlexionRight] * m.MaxIsometricForceNewtons * state.PassiveForceCoefficient;
        }
        return moment;
    }

    [Fact]
    public void PassiveHipMomentFollowsRienerAndEdrich()
    {
        // The calibration target of the passive strains (docs/muscles.md §4): RMS 11.8 N·m over this grid when derived;
        // with e₀ = 0.6 everywhere it would be ≈ 225 N·m. Held to an RMS of 15 N·m and 40 N·m at any point.
        var squares = 0.0;
        var count = 0;
        for (var hip = 0; hip <= 90; hip += 15)
        {
            for (var knee = 0; knee <= 90; knee += 30)
            {
                var error = PassiveHipFlexionMoment(Hip(hip, knee)) - RienerEdrichHipMoment(hip, knee);
                Assert.True(Math.Abs(error) < 40, $"hip {hip}°, knee {knee}°: off by {error:F1} N·m");
                squares += error * error;
                count++;
            }
        }
        Assert.True(Math.Sqrt(squares / count) < 15, $"RMS {Math.Sqrt(squares / count):F1} N·m");
        // Knee flexion slackens the hamstrings: less passive extension moment at the same hip angle.
        Assert.True(PassiveHipFlexionMoment(Hip(75, 0)) < PassiveHipFlexionMoment(Hip(75, 90)));
    }

    [Fact]
    public void PassiveHipMomentIsSmallInUprightStanding()
    {
        Assert.InRange(PassiveHipFlexionMoment(Posture.Neutral), -10, 10);
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
