using GluteLab.Anatomy;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// The heaviest external weight (bar or dumbbells) with which a person's muscles can still do every frame of an
/// exercise, found by bisection on the weight (<see cref="Find"/>): the model's one-repetition maximum for that
/// technique and tempo. Quasi-static and inertial tasks alike are taken at their own tempo.
/// </summary>
/// <param name="BodyWeights">Heaviest feasible total weight, body weights (0 if even no weight is too much; the
/// search's upper end, <see cref="MaxBodyWeights"/>, if that is still feasible).</param>
/// <param name="AtLimit">The outcome at <paramref name="BodyWeights"/> (infeasible only when even no weight is).</param>
/// <param name="JustAbove">Why the next heavier weight tried fails (the joint, time and muscles that limit it), or
/// null when <paramref name="BodyWeights"/> is the search's upper end.</param>
public sealed record WeightLoadLimit(double BodyWeights, ExerciseOutcome AtLimit, FrameInfeasibility? JustAbove)
{
    /// <summary>Upper end of the search, body weights (the exercise files' own limit on a weight).</summary>
    public const double MaxBodyWeights = 5;

    /// <summary>Resolution of the search, body weights (0.5 % of body weight, ≈ 0.4 kg for 73 kg).</summary>
    public const double ResolutionBodyWeights = 0.005;

    /// <summary>Heaviest feasible weight, kg, for the simulated person.</summary>
    public double Kilograms => BodyWeights * AtLimit.Person.Anthropometry.MassKilograms;

    /// <summary>
    /// Finds the heaviest weight by bisection, taking feasibility to fall as the weight rises (more weight, more moment
    /// at every joint it loads).
    /// </summary>
    /// <param name="simulator">The person's simulator (strategy chosen anew at every weight tried).</param>
    /// <param name="exercise">An exercise that carries a weight (<see cref="Exercise.TotalWeightLoadBodyWeights"/> &gt; 0).</param>
    /// <param name="workingSide">The side that does the work; null = the exercise's own.</param>
    /// <exception cref="InvalidOperationException">The exercise carries no weight.</exception>
    public static WeightLoadLimit Find(ExerciseSimulator simulator, Exercise exercise, Side? workingSide = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(exercise);
        ExerciseOutcome At(double bodyWeights) => simulator.Run(exercise.WithTotalWeightLoad(bodyWeights), workingSide);

        var low = At(0);
        if (low.Infeasibility is { } none) return new WeightLoadLimit(0, low, none);
        var high = At(MaxBodyWeights);
        if (high.Infeasibility is null) return new WeightLoadLimit(MaxBodyWeights, high, null);
        double lo = 0, hi = MaxBodyWeights;
        while (hi - lo > ResolutionBodyWeights)
        {
            var mid = 0.5 * (lo + hi);
            var outcome = At(mid);
            if (outcome.Infeasibility is null) { lo = mid; low = outcome; }
            else { hi = mid; high = outcome; }
        }
        return new WeightLoadLimit(lo, low, high.Infeasibility);
    }
}
