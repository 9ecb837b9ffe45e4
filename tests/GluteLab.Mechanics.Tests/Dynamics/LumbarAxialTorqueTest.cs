using GluteLab.Anatomy;
using GluteLab.Mechanics.Simulation;
using GluteLab.Mechanics.Tests.Simulation;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

/// <summary>The axial torque at L4/L5 (torsion about the trunk's long axis), which no actuated coordinate carries.</summary>
public class LumbarAxialTorqueTest
{
    [Theory]
    [InlineData("standing")]
    [InlineData("front-plank")]
    [InlineData("bridge")]
    [InlineData("squat")]
    public void SymmetricTasksHaveNoTorsion(string id)
    {
        foreach (var f in Run(id).Frames) Assert.Equal(0, f.LumbarAxialTorqueNewtonMeters, 1e-6);
    }

    /// <summary>
    /// Bird-dog hold: the upper body rests on one hand under its shoulder while the other arm is lifted, so the spine
    /// carries a torsion (KINEMATICS.md §3 row 4). Statics bound it: at least the lifted arm's weight (4.94 % BM, §5)
    /// at the shoulder half-width (0.10 H), at most the whole weight above L4/L5 (49.11 % BM) at that lever.
    /// </summary>
    [Fact]
    public void BirdDogTwistsTheSpineAndMirrorsWithTheWorkingSide()
    {
        var right = Run("bird-dog", side: Side.Right);
        var left = Run("bird-dog", side: Side.Left);
        var lever = 0.10 * 1.741;
        var hold = right.FrameCount / 2;
        var torque = right[hold].LumbarAxialTorqueNewtonMeters;
        Assert.InRange(Math.Abs(torque), 0.0494 * 73 * 9.81 * lever, 0.4911 * 73 * 9.81 * lever);
        for (var i = 0; i < right.FrameCount; i++)
            Assert.Equal(-right[i].LumbarAxialTorqueNewtonMeters, left[i].LumbarAxialTorqueNewtonMeters, 1e-6);
    }

    /// <summary>
    /// The compression the bird-dog's torsion adds is bounded by statics: at least |T|·cot 45° / 0.15 m (obliques no
    /// further than 15 cm from the disc centre, beyond the MRI range of Jorgensen et al. 2001), at most twice
    /// |T| / 0.05 m (obliques at least 5 cm out, and the extensors that balance their flexion no weaker than that).
    /// </summary>
    [Fact]
    public void TorsionCompressionIsBoundedByTheObliquesGeometry()
    {
        var outcome = SimulationFixture.Run("bird-dog");
        var kinetics = outcome.Recruitment.Kinetics;
        var frame = kinetics[kinetics.FrameCount / 2];
        var torque = Math.Abs(frame.LumbarAxialTorqueNewtonMeters);
        var compression = LumbarCompression.AxialTorqueCompressionNewtons(outcome.Muscles, frame);
        Assert.InRange(compression, torque / 0.15, 2 * torque / 0.05);
        foreach (var f in Run("front-plank").Frames) Assert.Equal(0, LumbarCompression.AxialTorqueCompressionNewtons(outcome.Muscles, f));
    }
}
