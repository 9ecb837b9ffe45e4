using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// What a person's muscles do in one exercise, and the measures a clinician asks about: group activations and
/// forces, who carries the working hip's extension, spine compression, hamstring load, knee-versus-hip dominance,
/// the movement strategy chosen, and, when the task cannot be done, why. Immutable.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ExerciseOutcome
{
    internal ExerciseOutcome(Exercise exercise, Person person, MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        Exercise = exercise;
        Person = person;
        Muscles = muscles;
        Recruitment = recruitment;
        Groups = GroupSummary.Summarise(muscles, recruitment);
        MuscleSummaries = MuscleSummary.Summarise(muscles, recruitment);
        HipExtensionShare = HipExtensionShare.Of(muscles, recruitment);
        PeakLumbarCompressionNewtons = LumbarCompression.Peak(muscles, recruitment);
        PeakHamstringForceNewtons = PeakGroupForce(MuscleGroup.Hamstrings, WorkingSide);
        KneeToHipExtensionMomentRatio = MomentRatio(recruitment);
        PeakContactShearNewtons = Enumerable.Range(0, recruitment.FrameCount).Select(f => Math.Abs(recruitment.ShearForceNewtons(f))).DefaultIfEmpty(0).Max();
        Infeasibility = recruitment.Converged ? null : FrameInfeasibility.Explain(muscles, recruitment, person.Condition);
    }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>The person simulated.</summary>
    public Person Person { get; }

    /// <summary>The person's muscles (scaled), in the column order of the recruitment.</summary>
    public MuscleSet Muscles { get; }

    /// <summary>Per-frame activations, forces and solver reports.</summary>
    public TrajectoryRecruitment Recruitment { get; }

    /// <summary>The side that did the work.</summary>
    public Side WorkingSide => Recruitment.Kinetics.WorkingSide;

    /// <summary>The movement strategy used (chosen by least effort unless fixed).</summary>
    public MovementStrategy Strategy => Recruitment.Kinetics.Strategy;

    /// <summary>True when every frame's moments were matched within tolerance with activations within bounds.</summary>
    public bool Converged => Recruitment.Converged;

    /// <summary>Number of frames.</summary>
    public int FrameCount => Recruitment.FrameCount;

    /// <summary>Largest moment residual over frames and coordinates, N·m.</summary>
    public double MaxMomentResidualNewtonMeters => Recruitment.MaxMomentResidualNewtonMeters;

    /// <summary>Total effort Σₜ Σᵢ wᵢ aᵢᵖ.</summary>
    public double TotalEffort => Recruitment.TotalEffort;

    /// <summary>Activation and force per muscle group and side.</summary>
    public IReadOnlyList<GroupSummary> Groups { get; }

    /// <summary>Total external weight (bar, dumbbells) of the exercise as simulated, kg (0 for body-weight exercises).</summary>
    public double ExternalLoadKilograms => Exercise.TotalWeightLoadBodyWeights * Person.Anthropometry.MassKilograms;

    /// <summary>Activation and force per muscle, in the order of <see cref="Muscles"/>.</summary>
    public IReadOnlyList<MuscleSummary> MuscleSummaries { get; }

    /// <summary>Who carries the working hip's extension moment.</summary>
    public HipExtensionShare HipExtensionShare { get; }

    /// <summary>
    /// Peak L4/L5 compression, N: the axial load of weights, inertia, contacts and external loads on the body above
    /// L4/L5 plus the forces of the lumbar muscles (see <see cref="LumbarCompression"/>).
    /// </summary>
    public double PeakLumbarCompressionNewtons { get; }

    /// <summary>Peak total force of the working side's hamstrings, N.</summary>
    public double PeakHamstringForceNewtons { get; }

    /// <summary>
    /// Peak knee extensor moment over peak hip extensor moment of the working side (required net moments, with the chosen friction pair), or null when
    /// the hip never needs an extensor moment. Above 1: knee-dominant; below 1: hip-dominant.
    /// </summary>
    public double? KneeToHipExtensionMomentRatio { get; }

    /// <summary>
    /// Largest friction pair force chosen over the frames, N (0 for tasks without a pair; see <see cref="Tasks.ShearPair"/>).
    /// </summary>
    public double PeakContactShearNewtons { get; }

    /// <summary>Why the task could not be done, or null when it converged.</summary>
    public FrameInfeasibility? Infeasibility { get; }

    /// <summary>The summary of <paramref name="group"/> on <paramref name="side"/>.</summary>
    public GroupSummary Group(MuscleGroup group, Side side) => Groups.First(g => g.Group == group && g.Side == side);

    private double PeakGroupForce(MuscleGroup group, Side side)
    {
        var indices = Muscles.IndicesOf(group, side);
        var peak = 0.0;
        for (var f = 0; f < Recruitment.FrameCount; f++)
        {
            var sum = 0.0;
            foreach (var i in indices) sum += Recruitment.Force(f, i);
            peak = Math.Max(peak, sum);
        }
        return peak;
    }

    private static double? MomentRatio(TrajectoryRecruitment recruitment)
    {
        var hip = Coordinates.Of(JointMotion.HipFlexion, recruitment.Kinetics.WorkingSide);
        var knee = Coordinates.Of(JointMotion.KneeFlexion, recruitment.Kinetics.WorkingSide);
        double hipPeak = 0, kneePeak = 0;
        for (var f = 0; f < recruitment.FrameCount; f++)
        {
            hipPeak = Math.Max(hipPeak, -recruitment.RequiredMoment(f, hip));
            kneePeak = Math.Max(kneePeak, -recruitment.RequiredMoment(f, knee));
        }
        return hipPeak > 1e-6 ? kneePeak / hipPeak : null;
    }
}
