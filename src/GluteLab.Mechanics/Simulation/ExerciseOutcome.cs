using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;
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
        HipExtensionShare = HipExtensionShare.Of(muscles, recruitment);
        PeakLumbarCompressionNewtons = LumbarCompression.Peak(muscles, recruitment);
        PeakHamstringForceNewtons = PeakGroupForce(MuscleGroup.Hamstrings, WorkingSide);
        KneeToHipExtensionMomentRatio = MomentRatio(recruitment.Kinetics);
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
    /// Peak knee extensor moment over peak hip extensor moment of the working side (required net moments), or null when
    /// the hip never needs an extensor moment. Above 1: knee-dominant; below 1: hip-dominant.
    /// </summary>
    public double? KneeToHipExtensionMomentRatio { get; }

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

    private static double? MomentRatio(TaskKinetics kinetics)
    {
        var hip = Coordinates.Of(JointMotion.HipFlexion, kinetics.WorkingSide);
        var knee = Coordinates.Of(JointMotion.KneeFlexion, kinetics.WorkingSide);
        double hipPeak = 0, kneePeak = 0;
        foreach (ref readonly var frame in kinetics.Frames)
        {
            hipPeak = Math.Max(hipPeak, -frame.Moment(hip));
            kneePeak = Math.Max(kneePeak, -frame.Moment(knee));
        }
        return hipPeak > 1e-6 ? kneePeak / hipPeak : null;
    }
}

/// <summary>Activation and force of one muscle group on one side over an exercise.</summary>
/// <param name="Group">The group.</param>
/// <param name="Side">The side.</param>
/// <param name="MeanActivation">Mean over frames of the group activation (Fmax-weighted mean of its muscles' activations).</param>
/// <param name="PeakActivation">Peak over frames of the group activation.</param>
/// <param name="MeanForceNewtons">Mean over frames of the group's total tendon force, N.</param>
/// <param name="PeakForceNewtons">Peak over frames of the group's total tendon force (active + passive), N.</param>
public sealed record GroupSummary(MuscleGroup Group, Side Side, double MeanActivation, double PeakActivation, double MeanForceNewtons, double PeakForceNewtons)
{
    internal static IReadOnlyList<GroupSummary> Summarise(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        var summaries = new List<GroupSummary>();
        foreach (var group in MuscleGroups.All)
        {
            foreach (var side in Sides.All)
            {
                var indices = muscles.IndicesOf(group, side);
                if (indices.Count == 0) continue;
                var fmaxTotal = indices.Sum(i => muscles[i].MaxIsometricForceNewtons);
                double meanA = 0, peakA = 0, meanF = 0, peakF = 0;
                for (var f = 0; f < recruitment.FrameCount; f++)
                {
                    double a = 0, force = 0;
                    foreach (var i in indices)
                    {
                        a += muscles[i].MaxIsometricForceNewtons * recruitment.Activation(f, i);
                        force += recruitment.Force(f, i);
                    }
                    a /= fmaxTotal;
                    meanA += a;
                    meanF += force;
                    peakA = Math.Max(peakA, a);
                    peakF = Math.Max(peakF, force);
                }
                var frames = Math.Max(recruitment.FrameCount, 1);
                summaries.Add(new GroupSummary(group, side, meanA / frames, peakA, meanF / frames, peakF));
            }
        }
        return summaries;
    }
}

/// <summary>
/// Shares of the working hip's extension moment carried by gluteus maximus, the hamstrings, adductor magnus and all
/// other muscles, summed over the exercise: each muscle's extensor contribution max(0, −r·F) about the working hip's
/// flexion axis, added over frames, divided by the total. The four shares sum to 1 (all 0 when no muscle extends the hip).
/// </summary>
public sealed record HipExtensionShare(double GluteusMaximus, double Hamstrings, double AdductorMagnus, double Other)
{
    internal static HipExtensionShare Of(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        double glmax = 0, hamstrings = 0, adductor = 0, other = 0;
        for (var f = 0; f < recruitment.FrameCount; f++)
        {
            var arms = recruitment.WorkingHipFlexionArms(f);
            var forces = recruitment.Forces(f);
            for (var i = 0; i < recruitment.MuscleCount; i++)
            {
                var extension = Math.Max(0.0, -arms[i] * forces[i]);
                if (extension == 0) continue;
                switch (muscles[i].Group)
                {
                    case MuscleGroup.GluteusMaximus: glmax += extension; break;
                    case MuscleGroup.Hamstrings: hamstrings += extension; break;
                    case MuscleGroup.AdductorMagnus: adductor += extension; break;
                    default: other += extension; break;
                }
            }
        }
        var total = glmax + hamstrings + adductor + other;
        return total > 0
            ? new HipExtensionShare(glmax / total, hamstrings / total, adductor / total, other / total)
            : new HipExtensionShare(0, 0, 0, 0);
    }
}

/// <summary>
/// L4/L5 compression, the simple McGill/Chaffin way (MUSCULOSKELETAL.md §2.4, EVIDENCE.md §4): the axial load from the
/// inverse dynamics plus the tendon forces of every muscle that spans the lumbar spine, taken as parallel to the spine
/// axis (erector spinae, quadratus lumborum, rectus abdominis, obliques, and psoas, whose fascicles arise from the
/// lumbar vertebrae: Santaguida &amp; McGill 1995, J Biomech 28:339). Shear and fascicle obliquity are neglected.
/// </summary>
public static class LumbarCompression
{
    /// <summary>True for muscles whose force is counted as lumbar compression.</summary>
    public static bool Compresses(Muscle muscle) => muscle.Group.IsTrunk() || muscle.BaseName == "psoas";

    /// <summary>Compression in frame <paramref name="frame"/>, N.</summary>
    public static double AtFrame(MuscleSet muscles, TrajectoryRecruitment recruitment, int frame)
    {
        var load = recruitment.Kinetics[frame].LumbarAxialLoadNewtons;
        for (var i = 0; i < recruitment.MuscleCount; i++)
        {
            if (Compresses(muscles[i])) load += recruitment.Force(frame, i);
        }
        return load;
    }

    /// <summary>Peak compression over frames, N.</summary>
    public static double Peak(MuscleSet muscles, TrajectoryRecruitment recruitment)
    {
        var peak = double.NegativeInfinity;
        for (var f = 0; f < recruitment.FrameCount; f++) peak = Math.Max(peak, AtFrame(muscles, recruitment, f));
        return recruitment.FrameCount > 0 ? peak : 0;
    }
}

/// <summary>Why a frame of an exercise cannot be done: when, at which joints, how much moment is missing, and what limits it.</summary>
/// <param name="Frame">Frame index.</param>
/// <param name="TimeSeconds">Frame time, s.</param>
/// <param name="Status">The solver's status for that frame.</param>
/// <param name="Shortfalls">Per coordinate that falls short, largest first.</param>
public sealed record FrameInfeasibility(int Frame, double TimeSeconds, SolverStatus Status, IReadOnlyList<MomentShortfall> Shortfalls)
{
    internal static FrameInfeasibility Explain(MuscleSet muscles, TrajectoryRecruitment recruitment, Condition condition)
    {
        var frame = recruitment.FirstUnsolvedFrame;
        var solution = recruitment.Solution(frame);
        var shortfalls = new List<MomentShortfall>();
        if (solution.Diagnosis is { } diagnosis)
        {
            foreach (var s in diagnosis.Shortfalls)
            {
                var limiting = s.LimitingMuscles.Concat(s.UnavailableMuscles)
                    .Select(i => muscles[i])
                    .Select(m => new LimitingMuscle(m.Name, m.Group, m.Side, condition.NeuralCapacity[m.Group, m.Side], condition.Strength[m.Group, m.Side]))
                    .ToList();
                shortfalls.Add(new MomentShortfall(Coordinates.Actuated[s.Coordinate], s.RequiredNewtonMetres, s.MissingNewtonMetres, limiting));
            }
        }
        return new FrameInfeasibility(frame, recruitment.Kinetics[frame].TimeSeconds, solution.Status, shortfalls);
    }

    /// <summary>Shortfalls smaller than this are left out of <see cref="Describe"/> (they are in <see cref="Shortfalls"/>), N·m.</summary>
    public const double ReportedShortfallNewtonMeters = 0.05;

    /// <summary>A one-paragraph explanation, e.g. "at t = 1.20 s, hip_flexion_r is missing 23.4 N·m (extensor); limited by …".</summary>
    public string Describe()
    {
        var reported = Shortfalls.Where(s => Math.Abs(s.MissingNewtonMeters) >= ReportedShortfallNewtonMeters).ToList();
        if (reported.Count == 0 && Shortfalls.Count > 0) reported.Add(Shortfalls[0]);
        if (reported.Count == 0)
        {
            return FormattableString.Invariant($"at t = {TimeSeconds:F2} s the solver stopped ({Status}) before matching the moments.");
        }
        var parts = reported.Select(s =>
        {
            var groups = s.Limiting.GroupBy(m => (m.Group, m.Side))
                .Select(g => FormattableString.Invariant($"{g.Key.Group.ToId()} {g.Key.Side.ToId()} (capacity {g.First().Capacity:0.##}, strength {g.First().Strength:0.##})"));
            var limits = string.Join(", ", groups);
            return FormattableString.Invariant($"{s.Coordinate.ToId()} is missing {Math.Abs(s.MissingNewtonMeters):0.0##} N·m of the {Math.Abs(s.RequiredNewtonMeters):F1} N·m {s.Direction} moment required")
                + (limits.Length > 0 ? $"; limited by {limits}" : "");
        });
        return FormattableString.Invariant($"at t = {TimeSeconds:F2} s, ") + string.Join("; ", parts) + ".";
    }
}

/// <summary>One coordinate's missing moment.</summary>
/// <param name="Coordinate">The coordinate.</param>
/// <param name="RequiredNewtonMeters">The active moment required (net minus passive), N·m.</param>
/// <param name="MissingNewtonMeters">How much is missing at the closest achievable point, N·m (sign: direction needed).</param>
/// <param name="Limiting">Muscles at their capacity, or unavailable, that would help.</param>
public sealed record MomentShortfall(Coordinate Coordinate, double RequiredNewtonMeters, double MissingNewtonMeters, IReadOnlyList<LimitingMuscle> Limiting)
{
    /// <summary>The direction of the missing moment in words, e.g. "extensor" for a negative hip-flexion moment.</summary>
    public string Direction => (Coordinate, MissingNewtonMeters >= 0) switch
    {
        (Coordinate.HipFlexionLeft or Coordinate.HipFlexionRight, true) => "flexor",
        (Coordinate.HipFlexionLeft or Coordinate.HipFlexionRight, false) => "extensor",
        (Coordinate.HipAdductionLeft or Coordinate.HipAdductionRight, true) => "adductor",
        (Coordinate.HipAdductionLeft or Coordinate.HipAdductionRight, false) => "abductor",
        (Coordinate.HipRotationLeft or Coordinate.HipRotationRight, true) => "internal rotator",
        (Coordinate.HipRotationLeft or Coordinate.HipRotationRight, false) => "external rotator",
        (Coordinate.KneeFlexionLeft or Coordinate.KneeFlexionRight, true) => "knee flexor",
        (Coordinate.KneeFlexionLeft or Coordinate.KneeFlexionRight, false) => "knee extensor",
        (Coordinate.LumbarFlexion, true) => "trunk flexor",
        (Coordinate.LumbarFlexion, false) => "trunk extensor",
        (Coordinate.LumbarLateralBending, true) => "right lateral flexor",
        _ => "left lateral flexor",
    };
}

/// <summary>A muscle that limits a missing moment, with the condition factors that set its limit.</summary>
public sealed record LimitingMuscle(string Name, MuscleGroup Group, Side Side, double Capacity, double Strength);
