using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;
using GluteLab.Mechanics.Tests.Tasks;
using static GluteLab.Mechanics.Tests.Dynamics.TaskTestData;

namespace GluteLab.Mechanics.Tests.Dynamics;

public class TaskInverseDynamicsTest
{
    public static TheoryData<string> Ids => new(ExerciseLibraryTest.RequiredIds);

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryExerciseGivesFiniteFrames(string id)
    {
        var e = Library.Get(id);
        foreach (var strategy in e.CandidateStrategies)
        {
            var k = Solver.Run(e, new TaskSettings(Anthropometry.Default, 0, strategy));
            Assert.Equal(e.FrameCount, k.FrameCount);
            var previous = -1.0;
            foreach (var f in k.Frames)
            {
                Assert.True(f.TimeSeconds > previous && f.TimeSeconds <= e.DurationSeconds + 1e-9);
                previous = f.TimeSeconds;
                for (var c = 0; c < Coordinates.Count; c++)
                {
                    Assert.True(double.IsFinite(f.Posture[(Coordinate)c]), $"{id} {strategy.Name}: posture {(Coordinate)c}");
                    Assert.True(double.IsFinite(f.VelocitiesRadiansPerSecond[c]), $"{id}: velocity {(Coordinate)c}");
                    Assert.True(double.IsFinite(f.RequiredMomentsNewtonMeters[c]), $"{id}: moment {(Coordinate)c}");
                }
                Assert.True(double.IsFinite(f.LumbarAxialLoadNewtons));
                // Pelvis coordinates are balanced by the contacts: no muscle moment reported.
                Assert.Equal(0, f.Moment(Coordinate.PelvicTilt));
                // Plausibility: no joint needs more than 5 N·m/kg in these tasks at these loads.
                foreach (var c in Coordinates.Actuated) Assert.True(Math.Abs(f.Moment(c)) / 73 < 5, $"{id} {strategy.Name} t={f.TimeSeconds:F2}: {c} = {f.Moment(c) / 73:F2} N·m/kg");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void LeftSideWorkingMirrorsRightSide(string id)
    {
        var right = Run(id, side: Side.Right);
        var left = Run(id, side: Side.Left);
        Assert.Equal(Side.Left, left.WorkingSide);
        const double tolerance = 1e-6 * 73; // N·m: same arithmetic on mirrored inputs
        for (var i = 0; i < right.FrameCount; i++)
        {
            var r = right[i];
            var l = left[i];
            foreach (var motion in Enum.GetValues<JointMotion>())
            {
                Assert.Equal(r.Moment(Coordinates.Of(motion, Side.Right)), l.Moment(Coordinates.Of(motion, Side.Left)), tolerance);
                Assert.Equal(r.Moment(Coordinates.Of(motion, Side.Left)), l.Moment(Coordinates.Of(motion, Side.Right)), tolerance);
                Assert.Equal(r.Posture[Coordinates.Of(motion, Side.Right)], l.Posture[Coordinates.Of(motion, Side.Left)], 9);
            }
            Assert.Equal(r.Moment(Coordinate.LumbarFlexion), l.Moment(Coordinate.LumbarFlexion), tolerance);
            Assert.Equal(-r.Moment(Coordinate.LumbarLateralBending), l.Moment(Coordinate.LumbarLateralBending), tolerance);
            Assert.Equal(r.LumbarAxialLoadNewtons, l.LumbarAxialLoadNewtons, 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PelvicTiltOffsetRotatesThePelvisNotTheTask(string id)
    {
        const double delta = 0.15; // rad ≈ 8.6° more anterior tilt
        var e = Library.Get(id);
        var reference = Run(id);
        var tilted = Run(id, tiltOffset: delta);
        for (var i = 0; i < reference.FrameCount; i++)
        {
            var a = reference[i].Posture;
            var b = tilted[i].Posture;
            Assert.Equal(a[Coordinate.PelvicTilt] + delta, b[Coordinate.PelvicTilt], 9);
            Assert.Equal(a[Coordinate.HipFlexionRight] + delta, b[Coordinate.HipFlexionRight], 9);
            Assert.Equal(a[Coordinate.HipFlexionLeft] + delta, b[Coordinate.HipFlexionLeft], 9);
            Assert.Equal(a[Coordinate.LumbarFlexion] - delta, b[Coordinate.LumbarFlexion], 9);
            Assert.Equal(a[Coordinate.KneeFlexionRight], b[Coordinate.KneeFlexionRight], 9);
            // External moments barely change. Thighs and trunk keep their orientation, but the pelvis turns about the hips,
            // so L4/L5 and everything above it (49.11 % BW plus loads carried there) shift by at most L_pelvis·Δ, and the
            // pelvis CoM (11.17 % BW, 38.85 % of L_pelvis above the hips) by less: bound in N·m/kg, de Leva male values,
            // plus 0.02 N·m/kg (0.06 for inertial tasks) for the inertial and contact-split changes this shift brings.
            var carried = e.Loads.Where(l => l.Kind == ExternalLoadKind.Weight).Sum(l => l.BodyWeightFraction);
            var bound = 9.81 * 0.0837 * 1.741 * delta * (0.4911 + carried + 0.1117 * 0.3885) + (e.Dynamics == TaskDynamicsMode.Inertial ? 0.06 : 0.02);
            foreach (var c in Coordinates.Actuated)
            {
                var change = Math.Abs(tilted[i].Moment(c) - reference[i].Moment(c)) / 73;
                Assert.True(change < bound, $"{id} t={reference[i].TimeSeconds:F2} {c}: changed by {change:F3} N·m/kg, bound {bound:F3}");
            }
        }
    }

    [Fact]
    public void RejectsImpossibleSettings()
    {
        var squat = Library.Get("squat");
        Assert.Throws<ArgumentOutOfRangeException>(() => Solver.Run(squat, new TaskSettings(Anthropometry.Default, double.NaN, squat.NominalStrategy)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Solver.Run(squat, new TaskSettings(Anthropometry.Default, 0.8, squat.NominalStrategy)));
        Assert.Throws<ArgumentException>(() => Solver.Run(squat, new TaskSettings(Anthropometry.Default, 0, MovementStrategy.LumbarPelvic(0.2))));
    }

    [Fact]
    public void RunsArePure()
    {
        var a = Run("walking");
        var b = Run("walking");
        for (var i = 0; i < a.FrameCount; i++)
        {
            foreach (var c in Coordinates.Actuated) Assert.Equal(a[i].Moment(c), b[i].Moment(c));
        }
    }
}
