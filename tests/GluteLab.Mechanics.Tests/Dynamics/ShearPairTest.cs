using GluteLab.Anatomy;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Dynamics;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

/// <summary>
/// The friction pair of bridging tasks (feet against the shoulders along the floor): its moments are lever arms, so they
/// scale with body height and not with mass; its limit is Coulomb friction, so it scales with weight; a symmetric task
/// gets symmetric columns and no frontal or transverse moments.
/// </summary>
public class ShearPairTest
{
    private static int Top(TaskKinetics k) => k.FrameCount / 2;

    [Fact]
    public void BridgePairActsSymmetricallyInTheSagittalPlane()
    {
        var k = Run("bridge");
        for (var f = 0; f < k.FrameCount; f++)
        {
            var shear = k[f].Shear;
            Assert.True(shear.LimitNewtons > 0, $"frame {f}: no friction limit");
            var d = shear.MomentsPerNewton;
            Assert.Equal(d[(int)Coordinate.KneeFlexionRight], d[(int)Coordinate.KneeFlexionLeft], 12);
            Assert.Equal(d[(int)Coordinate.HipFlexionRight], d[(int)Coordinate.HipFlexionLeft], 12);
            foreach (var c in new[] { Coordinate.HipAdductionRight, Coordinate.HipRotationRight, Coordinate.LumbarLateralBending })
            {
                Assert.True(Math.Abs(d[(int)c]) < 1e-9, $"frame {f}: {c.ToId()} moves by {d[(int)c]} N·m/N");
            }
        }
        // Each foot takes half the pair, at the floor about half a metre below the knee (shank + ankle height, de Leva).
        var knee = Math.Abs(k[Top(k)].Shear.MomentsPerNewton[(int)Coordinate.KneeFlexionRight]);
        Assert.InRange(knee, 0.15, 0.30);
    }

    [Fact]
    public void LeverArmsScaleWithHeightAndTheLimitWithWeight()
    {
        var reference = Run("bridge");
        var tall = Run("bridge", person: new Anthropometry(73, 1.741 * 1.1));
        var heavy = Run("bridge", person: new Anthropometry(73 * 2, 1.741));
        var i = Top(reference);
        foreach (var c in Coordinates.Actuated)
        {
            var d = reference[i].Shear.MomentsPerNewton[(int)c];
            Assert.Equal(1.1 * d, tall[i].Shear.MomentsPerNewton[(int)c], 9);
            Assert.Equal(d, heavy[i].Shear.MomentsPerNewton[(int)c], 9);
        }
        Assert.Equal(2 * reference[i].Shear.LimitNewtons, heavy[i].Shear.LimitNewtons, 6);
        // Coulomb: μ = 0.5 of the smaller normal force (feet 34 % of body weight at knee 90°, KINEMATICS.md §4).
        Assert.InRange(reference[i].Shear.LimitNewtons, 0.5 * 0.30 * 73 * Gravity.StandardMetersPerSecondSquared, 0.5 * 0.40 * 73 * Gravity.StandardMetersPerSecondSquared);
    }

    [Fact]
    public void LateralPairBetweenTheFeetLoadsTheFrontalPlane()
    {
        // Feet pushed apart in the sideways lunge: equal and opposite forces at floor level move the hips' adduction
        // moments, not the lumbar spine (the pair closes below the pelvis).
        var k = Run("sideways-lunge");
        var i = Top(k);
        var d = k[i].Shear.MomentsPerNewton;
        Assert.True(k[i].Shear.LimitNewtons > 0);
        Assert.True(Math.Abs(d[(int)Coordinate.HipAdductionRight]) > 0.3, $"right hip adduction {d[(int)Coordinate.HipAdductionRight]} m");
        Assert.True(Math.Abs(d[(int)Coordinate.HipAdductionLeft]) > 0.3, $"left hip adduction {d[(int)Coordinate.HipAdductionLeft]} m");
        Assert.True(Math.Abs(d[(int)Coordinate.LumbarLateralBending]) < 1e-9);
        Assert.True(Math.Abs(d[(int)Coordinate.LumbarFlexion]) < 1e-9);
    }

    [Fact]
    public void TasksWithoutAPairHaveNoLimit()
    {
        var k = Run("squat");
        for (var f = 0; f < k.FrameCount; f++) Assert.Equal(0, k[f].Shear.LimitNewtons);
    }
}
