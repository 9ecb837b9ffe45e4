using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;

namespace GluteLab.Mechanics.Tasks;

/// <summary>Whether a task's inverse dynamics includes segment inertia.</summary>
public enum TaskDynamicsMode
{
    /// <summary>Slow movement: segment accelerations are neglected (static equilibrium each frame).</summary>
    QuasiStatic,
    /// <summary>Segment accelerations from the keyframed kinematics (de Leva masses and inertias) are included.</summary>
    Inertial,
}

/// <summary>Which body point stays fixed in the world while the task runs (for the inertial terms).</summary>
public enum TaskAnchor
{
    /// <summary>The mid-hip point stays fixed, or the centre of mass follows <see cref="Exercise.RootMotion"/>.</summary>
    None,
    /// <summary>The midpoint of the two ankles stays fixed.</summary>
    Ankles,
    AnkleLeft,
    AnkleRight,
}

/// <summary>
/// Prescribed path of the whole-body centre of mass for periodic locomotion (walking): forward speed plus sinusoids at
/// the step frequency (vertical: lowest at <see cref="VerticalLowestAt"/>; fore–aft: x = A·sin(4π(u − phase)), so
/// braking peaks at phase + 0.125 of the cycle) and at the stride frequency (lateral, toward the right foot in the first
/// half of the cycle). Phases are fractions of the cycle.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record RootMotion(
    double ForwardSpeedMetersPerSecond,
    double VerticalAmplitudeMeters,
    double VerticalLowestAt,
    double ForeAftAmplitudeMeters,
    double LateralAmplitudeMeters,
    double ForeAftPhase = 0);

/// <summary>
/// An exercise or daily task, as defined in <c>data/exercises/&lt;id&gt;.yaml</c>: posture keyframes, tempo,
/// contacts, external loads and its movement-strategy family. Immutable; load with <see cref="ExerciseLibrary"/>.
/// Keyframes are written for the <see cref="WorkingSide"/>; <see cref="Mirrored"/> gives the other side.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class Exercise
{
    private readonly ChannelCurve[] _curves;

    internal Exercise(
        string id, string name, string description, IReadOnlyList<string> sources, Side workingSide, bool isBilateral,
        double durationSeconds, string tempo, bool isPeriodic, TaskDynamicsMode dynamics, int frameCount, bool flatFeet,
        TaskAnchor anchor, RootMotion? rootMotion, ChannelCurve[] curves, IReadOnlyList<ExerciseContact> contacts,
        IReadOnlyList<ExternalLoad> loads, MovementStrategyFamily strategyFamily, double strategyMinimum,
        double strategyMaximum, int strategyCount, double strategyNominal, double pelvicRotationCapRadians, double lumbarGain)
    {
        Id = id; Name = name; Description = description; Sources = sources; WorkingSide = workingSide; IsBilateral = isBilateral;
        DurationSeconds = durationSeconds; Tempo = tempo; IsPeriodic = isPeriodic; Dynamics = dynamics; FrameCount = frameCount;
        FlatFeet = flatFeet; Anchor = anchor; RootMotion = rootMotion; _curves = curves; Contacts = contacts; Loads = loads;
        StrategyFamily = strategyFamily; StrategyMinimum = strategyMinimum; StrategyMaximum = strategyMaximum;
        StrategyCount = strategyCount; PelvicRotationCapRadians = pelvicRotationCapRadians; LumbarGain = lumbarGain;
        NominalStrategy = Make(strategyNominal);
        var candidates = new List<MovementStrategy>();
        if (strategyFamily == MovementStrategyFamily.None) candidates.Add(NominalStrategy);
        else
        {
            for (var i = 0; i < strategyCount; i++)
            {
                var p = strategyMinimum + (strategyMaximum - strategyMinimum) * i / (strategyCount - 1);
                candidates.Add(Make(Math.Round(p, 9)));
            }
            if (!candidates.Any(c => Math.Abs(c.Parameter - strategyNominal) < 1e-9))
            {
                candidates.Add(NominalStrategy);
                candidates.Sort((a, b) => a.Parameter.CompareTo(b.Parameter));
            }
        }
        CandidateStrategies = candidates;
    }

    /// <summary>Identifier, e.g. <c>single-leg-bridge</c>.</summary>
    public string Id { get; }
    /// <summary>Readable name.</summary>
    public string Name { get; }
    /// <summary>One or two sentences with posture cues.</summary>
    public string Description { get; }
    /// <summary>Where the postures, tempo, contacts and loads come from.</summary>
    public IReadOnlyList<string> Sources { get; }
    /// <summary>The side whose hip does the work in the keyframes as written (right by default).</summary>
    public Side WorkingSide { get; }
    /// <summary>True if both sides do the same work (symmetric task); the working side then only names the reference leg.</summary>
    public bool IsBilateral { get; }
    /// <summary>Duration of one repetition (or one gait cycle), s.</summary>
    public double DurationSeconds { get; }
    /// <summary>Tempo as a therapist would say it, e.g. "2 s up, 2 s hold, 2 s down".</summary>
    public string Tempo { get; }
    /// <summary>True for cyclic tasks (walking): curves wrap and frames cover [0, 1) of the cycle.</summary>
    public bool IsPeriodic { get; }
    /// <summary>Quasi-static or with inertial terms.</summary>
    public TaskDynamicsMode Dynamics { get; }
    /// <summary>Number of frames the inverse dynamics produces.</summary>
    public int FrameCount { get; }
    /// <summary>True if feet are kept flat on a horizontal floor (ankle angle implied); false: ankle channels set the feet.</summary>
    public bool FlatFeet { get; }
    /// <summary>RigidBody point fixed in the world (for inertial terms).</summary>
    public TaskAnchor Anchor { get; }
    /// <summary>Prescribed centre-of-mass path (walking), or null.</summary>
    public RootMotion? RootMotion { get; }
    /// <summary>Load-bearing contacts.</summary>
    public IReadOnlyList<ExerciseContact> Contacts { get; }
    /// <summary>External loads (barbells, bands).</summary>
    public IReadOnlyList<ExternalLoad> Loads { get; }
    /// <summary>Which family of redundant strategies applies.</summary>
    public MovementStrategyFamily StrategyFamily { get; }
    /// <summary>Smallest candidate parameter (degrees of lean, or lumbar share).</summary>
    public double StrategyMinimum { get; }
    /// <summary>Largest candidate parameter.</summary>
    public double StrategyMaximum { get; }
    /// <summary>Number of evenly spaced candidates between minimum and maximum.</summary>
    public int StrategyCount { get; }
    /// <summary>Lumbar–pelvic family: largest anterior pelvic rotation that substitutes for hip extension, rad.</summary>
    public double PelvicRotationCapRadians { get; }
    /// <summary>Lumbar–pelvic family: lumbar extension per unit of pelvic rotation (1 when the trunk keeps its orientation).</summary>
    public double LumbarGain { get; }
    /// <summary>The friction pair the person may set up between contacts, or null (contacts take no chosen shear).</summary>
    public ShearPair? Shear { get; internal init; }
    /// <summary>The strategy of the task as usually taught.</summary>
    public MovementStrategy NominalStrategy { get; }
    /// <summary>Candidate strategies across the parameter range (nominal included), in increasing parameter order.</summary>
    public IReadOnlyList<MovementStrategy> CandidateStrategies { get; }

    /// <summary>The keyframed curve of <paramref name="channel"/> (constant 0 when not keyframed).</summary>
    public ChannelCurve Curve(KinematicChannel channel) => _curves[(int)channel];

    /// <summary>
    /// The same task done with the other side (left ↔ right channels, contacts and loads swapped; pelvic obliquity,
    /// lumbar bending and base roll negated).
    /// </summary>
    public Exercise Mirrored()
    {
        var curves = new ChannelCurve[KinematicChannels.Count];
        for (var c = 0; c < KinematicChannels.Count; c++)
        {
            var (target, sign) = ((KinematicChannel)c).Mirror();
            var source = _curves[c];
            curves[(int)target] = source.Scaled(sign);
        }
        return Copy(curves, WorkingSide.Opposite(), Contacts.Select(c => c.Mirrored()).ToArray(), Loads.Select(l => l.Mirrored()).ToArray());
    }

    /// <summary>Total of the weight-type loads (bar, dumbbells), body weights (0 for body-weight exercises).</summary>
    public double TotalWeightLoadBodyWeights => Loads.Where(l => l.Kind == ExternalLoadKind.Weight).Sum(l => l.BodyWeightFraction);

    /// <summary>
    /// A copy whose weight-type loads together weigh <paramref name="bodyWeightFraction"/> of body weight, each keeping
    /// its share of the total (a barbell stays one load; two dumbbells stay half each).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is NaN or outside [0, 5].</exception>
    /// <exception cref="InvalidOperationException">The exercise has no weight-type load to scale.</exception>
    public Exercise WithTotalWeightLoad(double bodyWeightFraction)
    {
        Preconditions.CheckRange(nameof(bodyWeightFraction), bodyWeightFraction, 0, 5);
        var total = TotalWeightLoadBodyWeights;
        if (!(total > 0)) throw new InvalidOperationException($"Exercise '{Id}' carries no external weight to set.");
        return Copy(_curves, WorkingSide, Contacts, Loads.Select(l => l.Kind == ExternalLoadKind.Weight ? l with { BodyWeightFraction = l.BodyWeightFraction / total * bodyWeightFraction } : l).ToArray());
    }

    /// <summary>Checks that <paramref name="strategy"/> belongs to this task's family and range.</summary>
    /// <exception cref="ArgumentException">Wrong family or parameter outside the range.</exception>
    public void CheckStrategy(MovementStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        if (StrategyFamily == MovementStrategyFamily.None)
        {
            if (strategy.Family != MovementStrategyFamily.None)
                throw new ArgumentException($"Exercise '{Id}' has a single strategy; strategy '{strategy.Name}' ({strategy.Family}) does not apply.", nameof(strategy));
            return;
        }
        if (strategy.Family != StrategyFamily)
            throw new ArgumentException($"Exercise '{Id}' uses the {StrategyFamily} family; strategy '{strategy.Name}' is {strategy.Family}.", nameof(strategy));
        if (!(strategy.Parameter >= StrategyMinimum - 1e-9 && strategy.Parameter <= StrategyMaximum + 1e-9))
            throw new ArgumentException($"Strategy parameter {strategy.Parameter} of '{strategy.Name}' is outside [{StrategyMinimum}, {StrategyMaximum}] for exercise '{Id}'.", nameof(strategy));
    }

    private MovementStrategy Make(double p) => StrategyFamily switch
    {
        MovementStrategyFamily.TrunkLean => MovementStrategy.TrunkLean(p),
        MovementStrategyFamily.LumbarPelvic => MovementStrategy.LumbarPelvic(p),
        _ => MovementStrategy.Nominal,
    };

    private Exercise Copy(ChannelCurve[] curves, Side side, IReadOnlyList<ExerciseContact> contacts, IReadOnlyList<ExternalLoad> loads) =>
        new(Id, Name, Description, Sources, side, IsBilateral, DurationSeconds, Tempo, IsPeriodic, Dynamics, FrameCount, FlatFeet,
            Anchor switch { TaskAnchor.AnkleLeft when side != WorkingSide => TaskAnchor.AnkleRight, TaskAnchor.AnkleRight when side != WorkingSide => TaskAnchor.AnkleLeft, _ => Anchor },
            RootMotion is null || side == WorkingSide ? RootMotion : RootMotion with { LateralAmplitudeMeters = -RootMotion.LateralAmplitudeMeters },
            curves, contacts, loads, StrategyFamily, StrategyMinimum, StrategyMaximum, StrategyCount, NominalStrategy.Parameter,
            PelvicRotationCapRadians, LumbarGain) { Shear = Shear };
}
