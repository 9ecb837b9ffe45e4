using CsCheck;
using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;
using GluteLab.Mechanics.Simulation;

namespace GluteLab.Mechanics.Tests.Simulation;

/// <summary>
/// Property tests on the real model: random capacities, strengths, tightness and postures, with required moments that
/// some activation pattern within the bounds produces (so the frame is feasible by construction).
/// </summary>
public class FrameRecruiterPropertyTest
{
    private static readonly MuscleSet Muscles = MuscleSet.LoadBundled().ScaledTo(Anthropometry.Default);

    private sealed record Case(double[] Capacities, double[] Strengths, double Tightness, double[] AnglesDegrees, double[] Witness, int Exponent);

    private static readonly Gen<Case> Cases =
        from capacities in Gen.Double[0.05, 1].Array[MuscleGroups.All.Count * 2]
        from strengths in Gen.Double[0.3, 2].Array[MuscleGroups.All.Count * 2]
        from tightness in Gen.Double[0, 0.3]
        from angles in Gen.Double[-1, 1].Array[Coordinates.Count]
        from witness in Gen.Double[0, 1].Array[Muscles.Count]
        from exponent in Gen.Int[2, 3]
        select new Case(capacities, strengths, tightness, angles, witness, exponent);

    private static Condition ConditionOf(Case c)
    {
        var condition = Condition.Healthy.WithHipFlexorTightness(Side.Left, c.Tightness).WithHipFlexorTightness(Side.Right, c.Tightness);
        var k = 0;
        foreach (var side in Sides.All)
        {
            foreach (var group in MuscleGroups.All)
            {
                condition = condition.WithCapacity(group, side, c.Capacities[k]).WithStrength(group, side, c.Strengths[k]);
                k++;
            }
        }
        return condition;
    }

    // Joint ranges (degrees) the exercises use: lumbar flexion −30…60, bending ±20, hip flexion −20…110, adduction ±30,
    // rotation ±30, knee 0…120.
    private static Posture PostureOf(Case c)
    {
        static double Scale(double u, double lo, double hi) => lo + (u + 1) / 2 * (hi - lo);
        var posture = Posture.Neutral
            .WithDegrees(Coordinate.LumbarFlexion, Scale(c.AnglesDegrees[2], -30, 60))
            .WithDegrees(Coordinate.LumbarLateralBending, Scale(c.AnglesDegrees[3], -20, 20));
        foreach (var side in Sides.All)
        {
            var o = side == Side.Left ? 4 : 8;
            posture = posture
                .WithDegrees(Coordinates.Of(JointMotion.HipFlexion, side), Scale(c.AnglesDegrees[o], -20, 110))
                .WithDegrees(Coordinates.Of(JointMotion.HipAdduction, side), Scale(c.AnglesDegrees[o + 1], -30, 30))
                .WithDegrees(Coordinates.Of(JointMotion.HipRotation, side), Scale(c.AnglesDegrees[o + 2], -30, 30))
                .WithDegrees(Coordinates.Of(JointMotion.KneeFlexion, side), Scale(c.AnglesDegrees[o + 3], 0, 120));
        }
        return posture;
    }

    [Fact]
    public void FeasibleFramesConvergeWithinBoundsAndWithoutNaN() =>
        Cases.Sample(c =>
        {
            var drive = MuscleDrive.Create(Muscles, ConditionOf(c));
            var recruiter = new FrameRecruiter(drive, c.Exponent);
            var posture = PostureOf(c);
            // Build the frame once to learn A and the passive moments, then ask for the moments of a witness pattern.
            recruiter.Build(posture, default, default);
            var required = new CoordinateValues();
            var matrix = recruiter.MomentMatrix;
            var passiveOnly = recruiter.ActiveMomentsRequired; // = −passive moments when nothing is required
            for (var k = 0; k < Coordinates.Actuated.Count; k++)
            {
                var moment = -passiveOnly[k];
                for (var i = 0; i < recruiter.MuscleCount; i++) moment += matrix[k * recruiter.MuscleCount + i] * c.Witness[i] * drive.Capacity[i];
                required[(int)Coordinates.Actuated[k]] = moment;
            }
            var activations = new double[recruiter.MuscleCount];
            var solution = recruiter.Solve(posture, default, required, activations);
            if (solution.Status != SolverStatus.Converged) return false;
            if (!(solution.MaxResidualNewtonMetres <= 1e-9)) return false;
            for (var i = 0; i < activations.Length; i++)
            {
                if (double.IsNaN(activations[i]) || activations[i] < 0 || activations[i] > drive.Capacity[i]) return false;
            }
            return solution.Cost <= CostOf(c.Witness, drive, recruiter.Weights, c.Exponent) + 1e-9;
        }, iter: 200);

    /// <summary>The witness pattern's own cost: the optimum can only be lower.</summary>
    private static double CostOf(double[] witness, MuscleDrive drive, ReadOnlySpan<double> weights, int p)
    {
        var cost = 0.0;
        for (var i = 0; i < witness.Length; i++) cost += weights[i] * Math.Pow(witness[i] * drive.Capacity[i], p);
        return cost;
    }
}
