using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Recruitment;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// Simulates exercises for one person: inverse dynamics of each candidate movement strategy, muscle recruitment of
/// every frame, the strategy with the least total effort, and the outcome's measures. The effort criterion that shares
/// the load among muscles also picks the movement, so substitution (hamstrings, lumbar extensors, quadriceps) emerges
/// from capacities, strengths and geometry instead of being scripted.
/// Holds reusable workspaces: not thread-safe (use one per thread); the results it returns are immutable.
/// </summary>
public sealed class ExerciseSimulator
{
    private readonly TaskInverseDynamics _dynamics;
    private readonly FrameRecruiter _recruiter;
    private readonly double[] _scratch;
    private AnkleDemand? _ankle;

    /// <summary>Prepares the simulation of <paramref name="person"/> on <paramref name="body"/>.</summary>
    public ExerciseSimulator(Body body, Person person, RecruitmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(person);
        Options = options ?? RecruitmentOptions.Default;
        Person = person;
        Body = body;
        _dynamics = new TaskInverseDynamics(body.Segments);
        var muscles = body.Muscles.ScaledTo(person.Anthropometry);
        _recruiter = new FrameRecruiter(MuscleDrive.Create(muscles, person.Condition), Options.Exponent, Options.Solver, Options.Effort);
        _scratch = new double[_recruiter.MuscleCount];
    }

    /// <summary>The model.</summary>
    public Body Body { get; }

    /// <summary>The person simulated.</summary>
    public Person Person { get; }

    /// <summary>The simulation options.</summary>
    public RecruitmentOptions Options { get; }

    /// <summary>The person's muscles (scaled) with their capacities, strengths and tightness.</summary>
    public MuscleDrive Drive => _recruiter.Drive;

    /// <summary>Simulates <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="workingSide">The side that does the work; null = the exercise's own.</param>
    /// <param name="keepProblems">Keep every frame's optimisation problem for export.</param>
    public ExerciseOutcome Run(Exercise exercise, Side? workingSide = null, bool keepProblems = false)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var strategy = Options.FixedStrategy ?? ChooseStrategy(exercise, workingSide);
        var kinetics = _dynamics.Run(exercise, Settings(strategy, workingSide));
        var recruitment = TrajectoryRecruitment.Recruit(_recruiter, kinetics, keepProblems);
        return new ExerciseOutcome(exercise, Person, _recruiter.Drive.Muscles, recruitment);
    }

    /// <summary>
    /// Recruits a frame's posture with only a fraction of its active demand: b = s·(M − P), i.e. required moments
    /// s·M + (1 − s)·P with P the passive moments. This is the lift-off that precedes a movement, when the load of a
    /// supported segment (the leg on the table in prone hip extension) passes from the support to the muscles; at s = 0
    /// the muscles rest. Velocities are taken as zero.
    /// </summary>
    /// <param name="frame">The frame whose posture and demand are used (usually the movement's first).</param>
    /// <param name="loadFraction">s in [0, 1].</param>
    /// <param name="activations">Output activations (one per muscle).</param>
    /// <exception cref="ArgumentOutOfRangeException">s is NaN or outside [0, 1].</exception>
    public RecruitmentSolution RecruitLoadFraction(in TaskFrame frame, double loadFraction, Span<double> activations) =>
        _recruiter.SolveActiveFraction(frame, loadFraction, activations);

    /// <summary>
    /// The total effort of <paramref name="exercise"/> done with <paramref name="strategy"/> (+∞ if infeasible): Σ over
    /// every <see cref="RecruitmentOptions.StrategyFrameStride"/>-th frame of Σᵢ wᵢ aᵢᵖ, plus, for trunk-lean strategies,
    /// the effort the working ankles need to hold the shank's inclination over the flat foot (<see cref="AnkleEffort"/>).
    /// </summary>
    public double Effort(Exercise exercise, MovementStrategy strategy, Side? workingSide = null)
    {
        var settings = Settings(strategy, workingSide);
        var kinetics = _dynamics.Run(exercise, settings);
        var muscles = TrajectoryRecruitment.Effort(_recruiter, kinetics, _scratch, Options.StrategyFrameStride);
        if (strategy.Family != MovementStrategyFamily.TrunkLean || double.IsPositiveInfinity(muscles)) return muscles;
        if (_ankle is null || !_ankle.Serves(exercise, settings, Options.StrategyFrameStride))
        {
            _ankle = new AnkleDemand(exercise, settings, Body.Segments, Options.StrategyFrameStride);
        }
        return muscles + _ankle.Effort(kinetics, Options.Exponent);
    }

    private TaskSettings Settings(MovementStrategy strategy, Side? workingSide) =>
        new(Person.Anthropometry, Person.Condition.PelvicTiltOffsetRadians, strategy, workingSide);

    private MovementStrategy ChooseStrategy(Exercise exercise, Side? workingSide)
    {
        var candidates = exercise.CandidateStrategies;
        if (candidates.Count <= 1) return exercise.NominalStrategy;
        var efforts = new double[candidates.Count];
        var best = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            efforts[i] = Effort(exercise, candidates[i], workingSide);
            if (efforts[i] < double.PositiveInfinity && (best < 0 || efforts[i] < efforts[best])) best = i;
        }
        // No feasible strategy: report the nominal one, whose first infeasible frame the outcome explains.
        if (best < 0) return exercise.NominalStrategy;
        return Refine(exercise, workingSide, candidates, efforts, best);
    }

    /// <summary>
    /// Golden-section search between the neighbours of the best candidate: the effort is smooth in the strategy
    /// parameter, so this finds the optimum to a fraction of the candidate spacing.
    /// </summary>
    private MovementStrategy Refine(Exercise exercise, Side? workingSide, IReadOnlyList<MovementStrategy> candidates, double[] efforts, int best)
    {
        var steps = Options.StrategyRefinementSteps;
        var chosen = candidates[best];
        if (steps <= 0) return chosen;
        var family = chosen.Family;
        var lo = candidates[Math.Max(best - 1, 0)].Parameter;
        var hi = candidates[Math.Min(best + 1, candidates.Count - 1)].Parameter;
        if (lo > hi) (lo, hi) = (hi, lo);
        var bestEffort = efforts[best];
        const double ratio = 0.6180339887498949;
        var x1 = hi - ratio * (hi - lo);
        var x2 = lo + ratio * (hi - lo);
        var f1 = Effort(exercise, Make(family, x1), workingSide);
        var f2 = Effort(exercise, Make(family, x2), workingSide);
        for (var step = 0; step < steps; step++)
        {
            if (f1 <= f2)
            {
                hi = x2; x2 = x1; f2 = f1;
                x1 = hi - ratio * (hi - lo);
                f1 = Effort(exercise, Make(family, x1), workingSide);
            }
            else
            {
                lo = x1; x1 = x2; f1 = f2;
                x2 = lo + ratio * (hi - lo);
                f2 = Effort(exercise, Make(family, x2), workingSide);
            }
        }
        var (x, f) = f1 <= f2 ? (x1, f1) : (x2, f2);
        return f < bestEffort ? Make(family, x) : chosen;
    }

    private static MovementStrategy Make(MovementStrategyFamily family, double parameter) => family switch
    {
        MovementStrategyFamily.TrunkLean => MovementStrategy.TrunkLean(parameter),
        MovementStrategyFamily.LumbarPelvic => MovementStrategy.LumbarPelvic(parameter),
        _ => MovementStrategy.Nominal,
    };
}
