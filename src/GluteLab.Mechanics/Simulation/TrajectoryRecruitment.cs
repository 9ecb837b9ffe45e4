using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// The muscle recruitment of every frame of one task trajectory: activations, forces, the solver's report per frame,
/// and optionally every frame's optimisation problem. Immutable once built.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class TrajectoryRecruitment
{
    private readonly double[] _activations;
    private readonly double[] _forces;
    private readonly double[] _workingHipArms;
    private readonly double[] _shear;
    private readonly RecruitmentSolution[] _solutions;
    private readonly ExportedFrame[]? _problems;

    private TrajectoryRecruitment(TaskKinetics kinetics, int muscleCount, double[] activations, double[] forces,
        double[] workingHipArms, double[] shear, RecruitmentSolution[] solutions, ExportedFrame[]? problems)
    {
        _shear = shear;
        Kinetics = kinetics;
        MuscleCount = muscleCount;
        _activations = activations;
        _forces = forces;
        _workingHipArms = workingHipArms;
        _solutions = solutions;
        _problems = problems;
        var cost = 0.0;
        var residual = 0.0;
        FirstUnsolvedFrame = -1;
        for (var f = 0; f < solutions.Length; f++)
        {
            cost += solutions[f].Cost;
            residual = Math.Max(residual, solutions[f].MaxResidualNewtonMetres);
            if (!solutions[f].IsConverged && FirstUnsolvedFrame < 0) FirstUnsolvedFrame = f;
        }
        TotalEffort = cost;
        MaxMomentResidualNewtonMeters = residual;
    }

    private static readonly string[] RowNames = Coordinates.Actuated.Select(c => c.ToId()).ToArray();

    /// <summary>The task trajectory (postures, required moments) that was recruited.</summary>
    public TaskKinetics Kinetics { get; }

    /// <summary>Number of frames.</summary>
    public int FrameCount => _solutions.Length;

    /// <summary>Number of muscles.</summary>
    public int MuscleCount { get; }

    /// <summary>True when every frame converged (moments matched within tolerance, bounds respected).</summary>
    public bool Converged => FirstUnsolvedFrame < 0;

    /// <summary>Index of the first frame that did not converge, or −1.</summary>
    public int FirstUnsolvedFrame { get; }

    /// <summary>Σ over frames of each frame's cost Σᵢ wᵢ aᵢᵖ (dimensionless).</summary>
    public double TotalEffort { get; }

    /// <summary>Largest |muscle moment − required moment| over frames and coordinates, N·m.</summary>
    public double MaxMomentResidualNewtonMeters { get; }

    /// <summary>Activation of muscle <paramref name="muscle"/> in frame <paramref name="frame"/>, in [0, capacity].</summary>
    public double Activation(int frame, int muscle) => _activations[frame * MuscleCount + muscle];

    /// <summary>Tendon force (active + passive) of a muscle in a frame, N.</summary>
    public double Force(int frame, int muscle) => _forces[frame * MuscleCount + muscle];

    /// <summary>Activations of frame <paramref name="frame"/>.</summary>
    public ReadOnlySpan<double> Activations(int frame) => _activations.AsSpan(frame * MuscleCount, MuscleCount);

    /// <summary>Forces of frame <paramref name="frame"/>, N.</summary>
    public ReadOnlySpan<double> Forces(int frame) => _forces.AsSpan(frame * MuscleCount, MuscleCount);

    /// <summary>Moment arm of each muscle about the working hip's flexion axis in a frame, m (negative = extensor).</summary>
    public ReadOnlySpan<double> WorkingHipFlexionArms(int frame) => _workingHipArms.AsSpan(frame * MuscleCount, MuscleCount);

    /// <summary>
    /// The friction pair force chosen in frame <paramref name="frame"/>, N (+ in the pair's push direction; 0 when the
    /// task has no pair). See <see cref="Tasks.ShearPair"/>.
    /// </summary>
    public double ShearForceNewtons(int frame) => _shear[frame];

    /// <summary>
    /// The net moment the muscles produce at <paramref name="coordinate"/> in frame <paramref name="frame"/>, N·m: the
    /// inverse dynamics' required moment plus the chosen friction pair's share (<see cref="Dynamics.ShearResponse"/>).
    /// </summary>
    public double RequiredMoment(int frame, Coordinate coordinate)
    {
        var k = Kinetics[frame];
        return k.Moment(coordinate) + _shear[frame] * k.Shear.MomentsPerNewton[(int)coordinate];
    }

    /// <summary>The solver's report of frame <paramref name="frame"/>.</summary>
    public RecruitmentSolution Solution(int frame) => _solutions[frame];

    /// <summary>Every frame's optimisation problem, when they were kept (<see cref="Recruit"/> with keepProblems).</summary>
    public IReadOnlyList<ExportedFrame>? Problems => _problems;

    /// <summary>
    /// Total effort of a trajectory without keeping any per-frame detail (for choosing among strategies): Σ frame costs,
    /// or +∞ as soon as a frame cannot be solved.
    /// </summary>
    /// <param name="recruiter">The person's frame workspace.</param>
    /// <param name="kinetics">The task trajectory.</param>
    /// <param name="activations">Scratch space for one frame's activations.</param>
    /// <param name="stride">Sum over every <paramref name="stride"/>-th frame only (1 = all frames).</param>
    public static double Effort(FrameRecruiter recruiter, TaskKinetics kinetics, Span<double> activations, int stride = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var frames = kinetics.Frames;
        var total = 0.0;
        for (var f = 0; f < frames.Length; f += stride)
        {
            ref readonly var frame = ref frames[f];
            var solution = recruiter.Solve(frame, activations, warmStart: f > 0);
            if (!solution.IsConverged) return double.PositiveInfinity;
            total += solution.Cost;
        }
        return total;
    }

    /// <summary>Recruits every frame of <paramref name="kinetics"/>, keeping activations, forces and reports.</summary>
    /// <param name="recruiter">The person's frame workspace.</param>
    /// <param name="kinetics">The task trajectory.</param>
    /// <param name="keepProblems">Also keep every frame's problem (moment matrix, right-hand side, bounds) for export.</param>
    public static TrajectoryRecruitment Recruit(FrameRecruiter recruiter, TaskKinetics kinetics, bool keepProblems = false)
    {
        ArgumentNullException.ThrowIfNull(recruiter);
        ArgumentNullException.ThrowIfNull(kinetics);
        var frames = kinetics.Frames;
        var n = recruiter.MuscleCount;
        var activations = new double[frames.Length * n];
        var forces = new double[frames.Length * n];
        var hipArms = new double[frames.Length * n];
        var solutions = new RecruitmentSolution[frames.Length];
        var shear = new double[frames.Length];
        var problems = keepProblems ? new ExportedFrame[frames.Length] : null;
        var hipColumn = (int)Coordinates.Of(JointMotion.HipFlexion, kinetics.WorkingSide);
        for (var f = 0; f < frames.Length; f++)
        {
            ref readonly var frame = ref frames[f];
            var a = activations.AsSpan(f * n, n);
            solutions[f] = recruiter.Solve(frame, a, warmStart: f > 0);
            shear[f] = recruiter.ShearForceNewtons;
            var active = recruiter.ActiveForcePerActivationNewtons;
            var passive = recruiter.PassiveForceNewtons;
            var arms = recruiter.MomentArmsMeters;
            for (var i = 0; i < n; i++)
            {
                forces[f * n + i] = a[i] * active[i] + passive[i];
                hipArms[f * n + i] = arms[i * Coordinates.Count + hipColumn];
            }
            if (problems is not null)
            {
                problems[f] = ExportedFrame.FromSolved(frame.TimeSeconds, RowNames, recruiter.ColumnNames,
                    recruiter.Problem, recruiter.ColumnCount == n ? a : recruiter.ColumnActivations, solutions[f]);
            }
        }
        return new TrajectoryRecruitment(kinetics, n, activations, forces, hipArms, shear, solutions, problems);
    }
}

