using GluteLab.Anatomy.Muscles;

namespace GluteLab.Anatomy.Tests.Muscles;

/// <summary>
/// The geometric facts the substitution physics rests on: who can extend, abduct and rotate the hip, how that changes
/// with hip flexion (anterior pelvic tilt), and the trunk extensors' capacity.
/// </summary>
public class SubstitutionGeometryTest
{
    private static readonly MuscleSet Set = MuscleSet.LoadBundled();

    /// <summary>Σ Fmax·cos α₀·r over the muscles of <paramref name="group"/> whose arm about <paramref name="motion"/> has sign <paramref name="sign"/>, N·m (f_L = f_V = 1).</summary>
    private static double Capacity(MuscleGroup group, JointMotion motion, int sign, in Posture posture, Side side = Side.Right)
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        var sum = 0.0;
        foreach (var i in Set.IndicesOf(group, side))
        {
            var m = Set[i];
            m.Evaluate(posture, arms);
            var r = arms[(int)Coordinates.Of(motion, side)];
            if (Math.Sign(r) == sign) sum += m.MaxIsometricForceNewtons * Math.Cos(m.PennationAngleAtOptimumRadians) * Math.Abs(r);
        }
        return sum;
    }

    private static double Total(JointMotion motion, int sign, Posture posture) =>
        MuscleGroups.All.Sum(g => Capacity(g, motion, sign, posture));

    [Fact]
    public void HipFlexionShiftsExtensionCapacityFromGluteusMaximusToHamstrings()
    {
        // Anterior pelvic tilt adds hip flexion at the same thigh position: 0° → 30°.
        var upright = Posture.Neutral;
        var tilted = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 30);
        var gmaxShare0 = Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipFlexion, -1, upright) / Total(JointMotion.HipFlexion, -1, upright);
        var gmaxShare30 = Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipFlexion, -1, tilted) / Total(JointMotion.HipFlexion, -1, tilted);
        var hamShare0 = Capacity(MuscleGroup.Hamstrings, JointMotion.HipFlexion, -1, upright) / Total(JointMotion.HipFlexion, -1, upright);
        var hamShare30 = Capacity(MuscleGroup.Hamstrings, JointMotion.HipFlexion, -1, tilted) / Total(JointMotion.HipFlexion, -1, tilted);
        Assert.True(gmaxShare30 < gmaxShare0, $"GMax share {gmaxShare0:P1} → {gmaxShare30:P1}");
        Assert.True(hamShare30 > hamShare0, $"hamstring share {hamShare0:P1} → {hamShare30:P1}");
        // And in absolute terms: gluteus maximus loses leverage, the hamstrings gain it.
        Assert.True(Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipFlexion, -1, tilted) < Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipFlexion, -1, upright));
        Assert.True(Capacity(MuscleGroup.Hamstrings, JointMotion.HipFlexion, -1, tilted) > Capacity(MuscleGroup.Hamstrings, JointMotion.HipFlexion, -1, upright));
    }

    [Fact]
    public void GluteusMaximusDominatesExtensionCapacityInHipExtension()
    {
        // Prone hip extension ends near −10°: gluteus maximus has the largest extensor capacity of any group there.
        var extended = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, -10);
        var gmax = Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipFlexion, -1, extended);
        foreach (var g in MuscleGroups.All.Where(g => g != MuscleGroup.GluteusMaximus))
        {
            Assert.True(gmax > Capacity(g, JointMotion.HipFlexion, -1, extended), g.ToId());
        }
    }

    [Fact]
    public void GluteusMediusIsTheMainAbductorInSideLyingAbduction()
    {
        var sideLying = Posture.Neutral; // hip neutral in flexion, as in side-lying abduction
        var gmed = Capacity(MuscleGroup.GluteusMedius, JointMotion.HipAdduction, -1, sideLying);
        var total = Total(JointMotion.HipAdduction, -1, sideLying);
        Assert.True(gmed / total > 0.4, $"gluteus medius share of abduction capacity {gmed / total:P1}");
        foreach (var g in MuscleGroups.All.Where(g => g != MuscleGroup.GluteusMedius))
        {
            Assert.True(gmed > 1.5 * Capacity(g, JointMotion.HipAdduction, -1, sideLying), g.ToId());
        }
    }

    [Theory]
    [InlineData(45)]
    [InlineData(60)]
    public void InTheClamshellTheGlutesNotTensorFasciaeLataeProvideAbductionWithExternalRotation(double hipFlexionDegrees)
    {
        var clam = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, hipFlexionDegrees);
        // TFL internally rotates the flexed hip (Delp et al. 1999 report the same trend), so it opposes the clam's external rotation.
        Assert.Equal(0.0, Capacity(MuscleGroup.TensorFasciaeLatae, JointMotion.HipRotation, -1, clam));
        var glutealExternal = Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipRotation, -1, clam)
                              + Capacity(MuscleGroup.GluteusMedius, JointMotion.HipRotation, -1, clam)
                              + Capacity(MuscleGroup.GluteusMinimus, JointMotion.HipRotation, -1, clam);
        Assert.True(glutealExternal > 10, $"gluteal external rotation capacity {glutealExternal:F1} N·m");
        // The deep external rotators are left out of this comparison: in the flexed hip their summed capacity is of the
        // same order as the glutes' (docs/muscles.md §9); they are checked in DeepRotatorGracilisGastrocnemiusTest.
        foreach (var g in MuscleGroups.All.Where(g => !g.IsGluteal() && g != MuscleGroup.DeepExternalRotators))
        {
            Assert.True(glutealExternal > Capacity(g, JointMotion.HipRotation, -1, clam), g.ToId());
        }
        var glutealAbduction = Capacity(MuscleGroup.GluteusMaximus, JointMotion.HipAdduction, -1, clam)
                               + Capacity(MuscleGroup.GluteusMedius, JointMotion.HipAdduction, -1, clam)
                               + Capacity(MuscleGroup.GluteusMinimus, JointMotion.HipAdduction, -1, clam);
        Assert.True(glutealAbduction > 4 * Capacity(MuscleGroup.TensorFasciaeLatae, JointMotion.HipAdduction, -1, clam));
    }

    [Fact]
    public void HipFlexionTurnsGluteusMediusTowardInternalRotation()
    {
        // Delp et al. 1999: flexion increases internal-rotation arms of the gluteus medius compartments.
        foreach (var name in new[] { "glmed1", "glmed2", "glmed3" })
        {
            var at0 = PublishedMomentArmsTest.Arm(name, Side.Right, Posture.Neutral, JointMotion.HipRotation);
            var at90 = PublishedMomentArmsTest.Arm(name, Side.Right, Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 90), JointMotion.HipRotation);
            Assert.True(at90 > at0, name);
        }
        // Gluteus maximus is an external rotator in the upright hip (all three bundles).
        foreach (var name in new[] { "glmax1", "glmax2", "glmax3" })
        {
            Assert.True(PublishedMomentArmsTest.Arm(name, Side.Right, Posture.Neutral, JointMotion.HipRotation) < 0, name);
        }
    }

    [Fact]
    public void TrunkExtensionCapacityIsPlausible()
    {
        // Both sides, every extensor fully active at f_L = 1: 250–350 N·m (MUSCULOSKELETAL.md §1.2 caveat).
        Span<double> arms = stackalloc double[Coordinates.Count];
        var total = 0.0;
        foreach (var m in Set.Where(m => m.Group.IsTrunk()))
        {
            m.Evaluate(Posture.Neutral, arms);
            var r = arms[(int)Coordinate.LumbarFlexion];
            if (r < 0) total += m.MaxIsometricForceNewtons * Math.Cos(m.PennationAngleAtOptimumRadians) * -r;
        }
        Assert.InRange(total, 250, 350);
        // The erector spinae carry most of it.
        var erector = Set.Where(m => m.Group == MuscleGroup.ErectorSpinae)
            .Sum(m => m.MaxIsometricForceNewtons * Math.Cos(m.PennationAngleAtOptimumRadians) * -LumbarArm(m));
        Assert.True(erector / total > 0.9);
    }

    [Fact]
    public void AbdominalsFlexAndLateralMusclesBendTowardTheirOwnSide()
    {
        Assert.True(LumbarArm(Set["recabd_r"]) > 0.1);
        Span<double> arms = stackalloc double[Coordinates.Count];
        foreach (var m in Set.Where(m => m.Group.IsTrunk()))
        {
            m.Evaluate(Posture.Neutral, arms);
            var bending = arms[(int)Coordinate.LumbarLateralBending];
            Assert.True(m.Side == Side.Right ? bending > 0 : bending < 0, m.Name);
        }
    }

    private static double LumbarArm(Muscle m)
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        m.Evaluate(Posture.Neutral, arms);
        return arms[(int)Coordinate.LumbarFlexion];
    }
}
