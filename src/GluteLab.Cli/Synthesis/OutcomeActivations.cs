using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
using GluteLab.Signals.Recordings;
using GluteLab.Signals.Synthesis;

namespace GluteLab.Cli.Synthesis;

/// <summary>
/// Turns a simulated exercise into the inputs of <see cref="EmgSynthesizer"/>: one activation series per recorded muscle
/// site and side, and the pelvis motion. This is where the engine's muscles meet the recording vocabulary.
/// </summary>
internal static class OutcomeActivations
{
    /// <summary>
    /// The sites a surface EMG set-up for the glutes records, per side: gluteus maximus, gluteus medius, medial hamstrings
    /// (labelled semitendinosus; the model's semitendinosus and semimembranosus), lateral hamstrings (biceps femoris,
    /// long and short heads), erector spinae, tensor fasciae latae and the vasti.
    /// </summary>
    public static IReadOnlyList<(MuscleSite Site, Func<MuscleGroup, string, bool> Includes)> Sites { get; } = BuildSites();

    /// <summary>
    /// Named assumption: the load of the first frame passes from the support to the muscles over 0.3 s before the
    /// movement starts (EMG onsets precede movement onset by up to ≈ 0.2 s in prone hip extension; Lewis &amp; Sahrmann
    /// 2009, EVIDENCE.md §5).
    /// </summary>
    public const double LiftOffSeconds = 0.3;

    /// <summary>Number of recruited steps of the lift-off (load fractions 0, 1/n, …, 1).</summary>
    public const int LiftOffSteps = 12;

    /// <summary>
    /// One series per site and side: per frame, the Fmax-weighted mean activation Σ Fmaxᵢ aᵢ / Σ Fmaxᵢ of the site's
    /// muscles on that side (as <see cref="GroupSummary"/>). The series starts with the lift-off
    /// (<see cref="LiftOffSeconds"/>): the first frame recruited at load fractions rising from 0 to 1 by
    /// <see cref="ExerciseSimulator.RecruitLoadFraction"/>, so that a muscle's onset follows from how much of the load
    /// it takes; the movement's frames follow, shifted by the lift-off.
    /// </summary>
    public static IReadOnlyList<SiteActivation> From(ExerciseOutcome outcome, ExerciseSimulator simulator)
    {
        var muscles = outcome.Muscles;
        var kinetics = outcome.Recruitment.Kinetics;
        var liftOff = new double[(LiftOffSteps + 1) * muscles.Count];
        for (var step = 0; step <= LiftOffSteps; step++)
        {
            simulator.RecruitLoadFraction(kinetics[0], (double)step / LiftOffSteps, liftOff.AsSpan(step * muscles.Count, muscles.Count));
        }
        var t0 = kinetics[0].TimeSeconds;
        var times = Enumerable.Range(0, LiftOffSteps).Select(s => LiftOffSeconds * s / LiftOffSteps)
            .Concat(Enumerable.Range(0, outcome.FrameCount).Select(f => LiftOffSeconds + kinetics[f].TimeSeconds - t0)).ToArray();
        double ActivationAt(int point, int muscle) => point < LiftOffSteps
            ? liftOff[point * muscles.Count + muscle]
            : outcome.Recruitment.Activation(point - LiftOffSteps, muscle);
        var result = new List<SiteActivation>();
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            foreach (var (template, includes) in Sites)
            {
                var indices = Enumerable.Range(0, muscles.Count).Where(i => muscles[i].Side == side && includes(muscles[i].Group, muscles[i].Label)).ToArray();
                if (indices.Length == 0) continue;
                var fmax = indices.Sum(i => muscles[i].MaxIsometricForceNewtons);
                var activation = new double[times.Length];
                for (var f = 0; f < times.Length; f++)
                {
                    var sum = 0.0;
                    foreach (var i in indices) sum += muscles[i].MaxIsometricForceNewtons * ActivationAt(f, i);
                    activation[f] = Math.Clamp(sum / fmax, 0, 1);
                }
                var site = template with { Side = side };
                result.Add(new SiteActivation(SiteActivation.LabelFor(site), site, times, activation));
            }
        }
        return result;
    }

    /// <summary>
    /// Pelvic tilt (the model's reference ASIS–PSIS tilt, <see cref="Condition.ReferencePelvicTiltDegrees"/>, plus the
    /// simulated pelvic-tilt coordinate, which already holds the person's offset from the reference) and obliquity (the
    /// simulated coordinate) per frame, relative to the body's base.
    /// </summary>
    public static PelvisMotion Pelvis(ExerciseOutcome outcome)
    {
        const double standingTiltDegrees = Condition.ReferencePelvicTiltDegrees;
        var kinetics = outcome.Recruitment.Kinetics;
        var n = outcome.FrameCount;
        var t0 = kinetics[0].TimeSeconds - LiftOffSeconds;
        var times = new double[n];
        var tilt = new double[n];
        var obliquity = new double[n];
        for (var f = 0; f < n; f++)
        {
            times[f] = kinetics[f].TimeSeconds - t0;
            tilt[f] = standingTiltDegrees * Math.PI / 180 + kinetics[f].Posture[Coordinate.PelvicTilt];
            obliquity[f] = kinetics[f].Posture[Coordinate.PelvicObliquity];
        }
        return new PelvisMotion(times, tilt, obliquity);
    }

    /// <summary>
    /// The same sites held for <paramref name="seconds"/> (an MVIC reference trial): at activation 1, or, with
    /// <paramref name="capacity"/>, at the neural capacity of the site's group and side (the most drive an inhibited
    /// person can deliver, so the MVIC is depressed too).
    /// </summary>
    public static IReadOnlyList<SiteActivation> Mvic(IReadOnlyList<SiteActivation> sites, double seconds, GroupFactors? capacity = null) =>
        sites.Select(s => SiteActivation.Constant(s.Label, s.Site, capacity is null ? 1.0 : capacity[s.Site.Group, s.Site.Side ?? Side.Right], seconds)).ToList();

    private static List<(MuscleSite, Func<MuscleGroup, string, bool>)> BuildSites() =>
    [
        (new MuscleSite(MuscleGroup.GluteusMaximus), (g, _) => g == MuscleGroup.GluteusMaximus),
        (new MuscleSite(MuscleGroup.GluteusMedius), (g, _) => g == MuscleGroup.GluteusMedius),
        (new MuscleSite(MuscleGroup.Hamstrings, null, "semitendinosus"), (g, l) => g == MuscleGroup.Hamstrings && l is "semitendinosus" or "semimembranosus"),
        (new MuscleSite(MuscleGroup.Hamstrings, null, "biceps_femoris"), (g, l) => g == MuscleGroup.Hamstrings && l == "biceps_femoris"),
        (new MuscleSite(MuscleGroup.ErectorSpinae), (g, _) => g == MuscleGroup.ErectorSpinae),
        (new MuscleSite(MuscleGroup.TensorFasciaeLatae), (g, _) => g == MuscleGroup.TensorFasciaeLatae),
        (new MuscleSite(MuscleGroup.Vasti), (g, _) => g == MuscleGroup.Vasti),
    ];
}
