using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;
using GluteLab.Mechanics.Simulation;
using Xunit.Abstractions;

namespace GluteLab.Mechanics.Tests.Simulation;

public class FrameRecruiterTest(ITestOutputHelper output)
{
    private static readonly MuscleSet Muscles = MuscleSet.LoadBundled().ScaledTo(Anthropometry.Default);

    private static CoordinateValues Moments(params (Coordinate Coordinate, double NewtonMeters)[] entries)
    {
        var values = new CoordinateValues();
        foreach (var (coordinate, moment) in entries) values[(int)coordinate] = moment;
        return values;
    }

    private (RecruitmentSolution Solution, double[] Activations, FrameRecruiter Recruiter) Solve(Condition condition, Posture posture, CoordinateValues required)
    {
        var recruiter = new FrameRecruiter(MuscleDrive.Create(Muscles, condition));
        var activations = new double[recruiter.MuscleCount];
        var solution = recruiter.Solve(posture, default, required, activations);
        return (solution, activations, recruiter);
    }

    private static double GroupForce(FrameRecruiter recruiter, double[] activations, MuscleGroup group, Side side) =>
        recruiter.Drive.Muscles.IndicesOf(group, side).Sum(i => activations[i] * recruiter.ActiveForcePerActivationNewtons[i] + recruiter.PassiveForceNewtons[i]);

    [Fact]
    public void HipExtensionMomentIsMatchedExactlyWithinBounds()
    {
        var posture = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, -10);
        var required = Moments((Coordinate.HipFlexionRight, -45));
        var (solution, activations, recruiter) = Solve(Condition.Healthy, posture, required);

        Assert.Equal(SolverStatus.Converged, solution.Status);
        Assert.True(solution.MaxResidualNewtonMetres <= 1e-9, $"residual {solution.MaxResidualNewtonMetres}");
        Assert.All(activations, a => Assert.InRange(a, 0, 1));
        // Independent check: the muscles' total moments (active + passive) equal the required moments.
        for (var k = 0; k < Coordinates.Actuated.Count; k++)
        {
            var c = (int)Coordinates.Actuated[k];
            var moment = 0.0;
            for (var i = 0; i < recruiter.MuscleCount; i++)
            {
                var force = activations[i] * recruiter.ActiveForcePerActivationNewtons[i] + recruiter.PassiveForceNewtons[i];
                moment += recruiter.MomentArmsMeters[i * Coordinates.Count + c] * force;
            }
            Assert.True(Math.Abs(moment - required[c]) <= 1e-9, $"{Coordinates.Actuated[k].ToId()}: {moment} vs {required[c]}");
        }
        foreach (var group in new[] { MuscleGroup.GluteusMaximus, MuscleGroup.Hamstrings, MuscleGroup.AdductorMagnus, MuscleGroup.Vasti, MuscleGroup.ErectorSpinae })
        {
            output.WriteLine($"{group.ToId()}: {GroupForce(recruiter, activations, group, Side.Right):F1} N");
        }
    }

    [Fact]
    public void InhibitedGluteusMaximusShiftsLoadToHamstrings()
    {
        var posture = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, -10);
        var required = Moments((Coordinate.HipFlexionRight, -45));
        var healthy = Solve(Condition.Healthy, posture, required);
        var inhibited = Solve(Condition.Healthy.WithCapacity(MuscleGroup.GluteusMaximus, Side.Right, 0.3), posture, required);

        var hamstringsHealthy = GroupForce(healthy.Recruiter, healthy.Activations, MuscleGroup.Hamstrings, Side.Right);
        var hamstringsInhibited = GroupForce(inhibited.Recruiter, inhibited.Activations, MuscleGroup.Hamstrings, Side.Right);
        output.WriteLine($"hamstrings {hamstringsHealthy:F1} → {hamstringsInhibited:F1} N");
        Assert.True(hamstringsInhibited > hamstringsHealthy * 1.05, "hamstring force should rise by more than 5 %");
        Assert.All(inhibited.Recruiter.Drive.Muscles.IndicesOf(MuscleGroup.GluteusMaximus, Side.Right), i => Assert.InRange(inhibited.Activations[i], 0, 0.3));
    }
}

