using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Simulation;

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
                    .Where(i => i < muscles.Count) // friction-pair columns follow the muscles
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
