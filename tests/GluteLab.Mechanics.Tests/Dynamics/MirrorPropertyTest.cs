using CsCheck;
using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

/// <summary>Properties over random people, exercises, strategies and tilt offsets.</summary>
public class MirrorPropertyTest
{
    private static readonly string[] Ids = Library.Ids.ToArray();

    [Fact]
    public void AnyPersonStrategyAndTiltMirrorsBetweenSides()
    {
        var gen =
            from mass in Gen.Double[40, 130]
            from height in Gen.Double[1.45, 2.05]
            from female in Gen.Bool
            from index in Gen.Int[0, Ids.Length - 1]
            from pick in Gen.Double[0, 1]
            from tilt in Gen.Double[-0.3, 0.3]
            select (mass, height, female, index, pick, tilt);
        gen.Sample(sample =>
        {
            var (mass, height, female, index, pick, tilt) = sample;
            var e = Library.Get(Ids[index]);
            var strategy = e.CandidateStrategies[(int)Math.Round(pick * (e.CandidateStrategies.Count - 1))];
            var person = new Anthropometry(mass, height, female ? BodyTableSex.Female : BodyTableSex.Male);
            var right = Solver.Run(e, new TaskSettings(person, tilt, strategy, Side.Right));
            var left = Solver.Run(e, new TaskSettings(person, tilt, strategy, Side.Left));
            var tolerance = 1e-6 * mass;
            for (var i = 0; i < right.FrameCount; i++)
            {
                foreach (var motion in Enum.GetValues<JointMotion>())
                {
                    var r = right[i].Moment(Coordinates.Of(motion, Side.Right));
                    var l = left[i].Moment(Coordinates.Of(motion, Side.Left));
                    if (!double.IsFinite(r) || Math.Abs(r - l) > tolerance) return false;
                }
                if (Math.Abs(right[i].Moment(Coordinate.LumbarLateralBending) + left[i].Moment(Coordinate.LumbarLateralBending)) > tolerance) return false;
            }
            return true;
        }, iter: 60);
    }
}
