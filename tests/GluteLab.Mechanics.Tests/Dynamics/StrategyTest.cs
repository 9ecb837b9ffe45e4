using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

public class StrategyTest
{
    public static TheoryData<string> TrunkLeanIds => new(Library.All.Where(e => e.StrategyFamily == MovementStrategyFamily.TrunkLean).Select(e => e.Id));
    public static TheoryData<string> LumbarPelvicIds => new(Library.All.Where(e => e.StrategyFamily == MovementStrategyFamily.LumbarPelvic).Select(e => e.Id));

    [Fact]
    public void FamiliesCoverTheBriefsExercises()
    {
        Assert.Equal(["back-squat", "forward-lunge", "forward-step-up", "lateral-step-up", "single-leg-squat", "sit-to-stand", "squat"],
            ((IEnumerable<object[]>)TrunkLeanIds).Select(r => (string)r[0]).Order());
        Assert.Equal(["bird-dog", "bridge", "hip-thrust", "prone-hip-extension", "prone-hip-extension-knee-flexed", "quadruped-hip-extension", "single-leg-bridge"],
            ((IEnumerable<object[]>)LumbarPelvicIds).Select(r => (string)r[0]).Order());
    }

    /// <summary>
    /// More trunk lean shifts the work from the knee to the hip (KINEMATICS.md §3 row 14: the hip-to-knee moment ratio rises
    /// with trunk inclination; row 19: trunk lean raises hip extensor demand). The working knee's peak extensor moment
    /// over its hip's peak extensor moment must fall strictly from one candidate to the next.
    /// </summary>
    [Theory]
    [MemberData(nameof(TrunkLeanIds))]
    public void MoreTrunkLeanIsHipDominant(string id)
    {
        var e = Library.Get(id);
        var previous = double.PositiveInfinity;
        foreach (var strategy in e.CandidateStrategies)
        {
            var k = Run(id, strategy);
            var hip = PeakExtensor(k, Coordinate.HipFlexionRight);
            var knee = k.PeakPerKilogram(Coordinate.KneeFlexionRight, -1);
            var ratio = knee / hip;
            Assert.True(ratio < previous, $"{id} {strategy.Name}: knee/hip = {ratio:F3}, previous {previous:F3}");
            previous = ratio;
        }
    }

    [Theory]
    [MemberData(nameof(TrunkLeanIds))]
    public void TrunkLeanKeepsDepthAndLeansTheTrunk(string id)
    {
        var e = Library.Get(id);
        var nominal = Run(id);
        var leaning = Run(id, e.CandidateStrategies[^1]);
        var deepest = Enumerable.Range(0, nominal.FrameCount).MaxBy(i => nominal[i].Posture[Coordinate.KneeFlexionRight] + nominal[i].Posture[Coordinate.HipFlexionRight]);
        var trunk = (TaskFrame f) => f.Posture.Degrees(Coordinate.PelvicTilt) + f.Posture.Degrees(Coordinate.LumbarFlexion);
        Assert.True(trunk(leaning[deepest]) > trunk(nominal[deepest]) + 5, $"{id}: trunk lean {trunk(nominal[deepest]):F1}° → {trunk(leaning[deepest]):F1}°");
        // The lumbar angle is not part of the strategy.
        Assert.Equal(nominal[deepest].Posture[Coordinate.LumbarFlexion], leaning[deepest].Posture[Coordinate.LumbarFlexion], 9);
    }

    /// <summary>
    /// Lumbar–pelvic substitution: at the top of the movement, a larger lumbar share s leaves the working hip more flexed,
    /// the lumbar spine more extended and the pelvis more anteriorly tilted.
    /// </summary>
    [Theory]
    [MemberData(nameof(LumbarPelvicIds))]
    public void LumbarShareTradesHipExtensionForLumbarExtension(string id)
    {
        var e = Library.Get(id);
        var top = Enumerable.Range(0, e.FrameCount).MinBy(i => Run(id)[i].Posture[Coordinate.HipFlexionRight]);
        TaskFrame? previous = null;
        foreach (var strategy in e.CandidateStrategies)
        {
            var f = Run(id, strategy)[top];
            if (previous is { } p)
            {
                Assert.True(f.Posture[Coordinate.HipFlexionRight] > p.Posture[Coordinate.HipFlexionRight], $"{id} {strategy.Name}: hip");
                Assert.True(f.Posture[Coordinate.LumbarFlexion] < p.Posture[Coordinate.LumbarFlexion], $"{id} {strategy.Name}: lumbar");
                Assert.True(f.Posture[Coordinate.PelvicTilt] > p.Posture[Coordinate.PelvicTilt], $"{id} {strategy.Name}: pelvis");
            }
            previous = f;
        }
        var full = Run(id, e.CandidateStrategies[^1])[top];
        var none = Run(id, e.CandidateStrategies[0])[top];
        Assert.Equal(e.PelvicRotationCapRadians * e.LumbarGain,
            none.Posture[Coordinate.LumbarFlexion] - full.Posture[Coordinate.LumbarFlexion], 6);
    }

    /// <summary>
    /// Prone: with s = 0 the pelvis lies on the table, but its pressure reaches only down to the hip joints (the pubis),
    /// so the lumbar extensors hold what the leg's moment about the hip exceeds the pelvis's own weight moment about
    /// that line: hip extensor moment − pelvis weight × its centre of mass above the hip joints (de Leva lower trunk:
    /// 11.17 % of mass, centre of mass 61.15 % of 145.7 mm from the omphalion, 1.741 m reference). As soon as the pelvis
    /// pivots on its anterior contact, the lumbar extensors hold pelvis and lifted leg about that pivot: for the straight
    /// leg ≈ leg weight × (0.182 H + pivot-to-hip distance) ≈ 0.8–0.9 N·m/kg (KINEMATICS.md §5 leg CoM at 0.182 H).
    /// </summary>
    [Theory]
    [InlineData("prone-hip-extension", 0.7, 1.0)]
    [InlineData("prone-hip-extension-knee-flexed", 0.5, 0.9)]
    public void ProneSubstitutionNeedsLumbarExtensorMoment(string id, double low, double high)
    {
        var e = Library.Get(id);
        var hold = e.FrameCount / 2;
        var pureRun = Run(id, MovementStrategy.LumbarPelvic(0));
        var pure = -pureRun.MomentPerKilogram(hold, Coordinate.LumbarFlexion);
        var hip = -pureRun.MomentPerKilogram(hold, Coordinate.HipFlexionRight);
        var pelvisWeightMoment = 0.1117 * Anatomy.Gravity.StandardMetersPerSecondSquared * (1 - 0.6115) * 0.1457;
        Assert.True(Math.Abs(pure - (hip - pelvisWeightMoment)) <= 0.1 * (hip - pelvisWeightMoment),
            $"s = 0: lumbar extensor {pure:F3} N·m/kg, expected {hip - pelvisWeightMoment:F3} ± 10 %");
        foreach (var strategy in e.CandidateStrategies.Skip(1))
        {
            var extensor = -Run(id, strategy).MomentPerKilogram(hold, Coordinate.LumbarFlexion);
            Assert.InRange(extensor, low, high);
            Assert.True(extensor > pure, $"{strategy.Name}: lifting the pelvis should need more lumbar moment than lying on it");
        }
        // The hip still holds the leg: the hip extensor moment does not depend on s (same leg orientation in the world).
        Assert.Equal(PeakExtensor(Run(id, e.CandidateStrategies[0]), Coordinate.HipFlexionRight),
            PeakExtensor(Run(id, e.CandidateStrategies[^1]), Coordinate.HipFlexionRight), 2);
    }
}
