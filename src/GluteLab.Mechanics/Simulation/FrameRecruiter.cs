using GluteLab.Anatomy;
using GluteLab.Mechanics.Muscles;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// Solves the muscle recruitment of single frames for one person: builds the moment matrix from the muscles' moment
/// arms and force multipliers at the frame's posture and velocity, subtracts the passive moments from the required
/// moments, and solves the static optimisation. A reusable workspace: no allocation per frame; not thread-safe
/// (use one per thread).
/// </summary>
/// <remarks>
/// Rows are <see cref="Coordinates.Actuated"/> in order. For muscle i and coordinate k:
/// A[k, i] = r_ik(q) · Fmax_i · strength_i · f_L(l̃_i) · f_V(ṽ_i) · cos α_i  (N·m per unit activation), and
/// b_k = M_k − Σ_i r_ik(q) · Fmax_i · strength_i · f_PE(l̃_i) · cos α_i, with M_k the required net moment.
/// The tendon is rigid and passive fibre force is a known load, not a control: unlike OpenSim's static optimisation,
/// which drops passive force (MUSCULOSKELETAL.md §4), so that tight hip flexors load the hip extensors.
/// <para><b>Capacity-relative effort</b> (<see cref="EffortModel.CapacityRelative"/>, the default): the cost is
/// Σ (aᵢ/uᵢ)ᵖ with uᵢ the neural capacity, i.e. each muscle's effort relative to the drive the nervous system can
/// deliver to it (MUSCULOSKELETAL.md §5, options 2 and 3 together). With every capacity 1 it is OpenSim's Σ aᵢᵖ. An
/// inhibited muscle is then both capped and harder to recruit, so substitutes take over before it saturates;
/// <see cref="EffortModel.Absolute"/> keeps OpenSim's plain cost with the cap alone.</para>
/// </remarks>
public sealed class FrameRecruiter
{
    private static readonly int RowCount = Coordinates.Actuated.Count;
    private readonly MuscleDrive _drive;
    private readonly StaticOptimizationSolver _solver;
    private readonly double _exponent;
    private readonly int[] _rowCoordinate;
    private readonly double[] _arms;
    private readonly double[] _lengths;
    private readonly double[] _matrix;
    private readonly double[] _required;
    private readonly double[] _activeForcePerActivation;
    private readonly double[] _passiveForce;
    private readonly double[] _multipliers;
    private readonly double[] _weights;

    /// <summary>Creates a workspace for <paramref name="drive"/>.</summary>
    /// <param name="drive">The person's muscles and condition.</param>
    /// <param name="exponent">Activation exponent p of the cost Σ aᵢᵖ: 2 (default) or 3.</param>
    /// <param name="options">Solver tolerances; default 1e-9 N·m.</param>
    /// <param name="effort">How neural capacity enters the cost (default capacity-relative).</param>
    /// <exception cref="ArgumentOutOfRangeException">The exponent is not 2 or 3.</exception>
    public FrameRecruiter(MuscleDrive drive, int exponent = 2, RecruitmentSolverOptions? options = null,
        EffortModel effort = EffortModel.CapacityRelative)
    {
        ArgumentNullException.ThrowIfNull(drive);
        if (exponent is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, $"exponent should be 2 or 3, was {exponent}.");
        }
        _drive = drive;
        _exponent = exponent;
        var n = drive.Count;
        _solver = new StaticOptimizationSolver(RowCount, n, options);
        _rowCoordinate = Coordinates.Actuated.Select(c => (int)c).ToArray();
        _arms = new double[n * Coordinates.Count];
        _lengths = new double[n];
        _matrix = new double[RowCount * n];
        _required = new double[RowCount];
        _activeForcePerActivation = new double[n];
        _passiveForce = new double[n];
        _multipliers = new double[RowCount];
        _weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u = drive.Capacity[i];
            _weights[i] = effort == EffortModel.CapacityRelative && u > 0 ? Math.Pow(u, -exponent) : 1.0;
        }
        Effort = effort;
    }

    /// <summary>How neural capacity enters the cost.</summary>
    public EffortModel Effort { get; }

    /// <summary>Cost weight of each muscle: 1/uᵢᵖ for capacity-relative effort, else 1.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The person's muscles and condition.</summary>
    public MuscleDrive Drive => _drive;

    /// <summary>Number of muscles (columns).</summary>
    public int MuscleCount => _drive.Count;

    /// <summary>Number of matched coordinates (rows): the 10 of <see cref="Coordinates.Actuated"/>.</summary>
    public static int CoordinateCount => RowCount;

    /// <summary>The activation exponent p.</summary>
    public int Exponent => (int)_exponent;

    /// <summary>Moment arms of the last frame, m: muscle i, coordinate c at [i·12 + c].</summary>
    public ReadOnlySpan<double> MomentArmsMeters => _arms;

    /// <summary>Tendon force per unit activation of the last frame, N: Fmax·strength·f_L·f_V·cos α.</summary>
    public ReadOnlySpan<double> ActiveForcePerActivationNewtons => _activeForcePerActivation;

    /// <summary>Passive tendon force of the last frame, N: Fmax·strength·f_PE·cos α.</summary>
    public ReadOnlySpan<double> PassiveForceNewtons => _passiveForce;

    /// <summary>The last frame's moment matrix (rows = actuated coordinates, row-major), N·m per unit activation.</summary>
    public ReadOnlySpan<double> MomentMatrix => _matrix;

    /// <summary>The last frame's right-hand side: required minus passive moments, N·m.</summary>
    public ReadOnlySpan<double> ActiveMomentsRequired => _required;

    /// <summary>
    /// Solves one frame. <paramref name="activations"/> (length = muscles) receives the activations; with
    /// <paramref name="warmStart"/> the previous frame's multipliers seed the solve (same answer, fewer iterations).
    /// </summary>
    /// <param name="posture">Joint angles, rad.</param>
    /// <param name="velocities">Joint angular velocities, rad/s, per <see cref="Coordinate"/>.</param>
    /// <param name="requiredMoments">Required internal net moments, N·m, per <see cref="Coordinate"/>.</param>
    /// <param name="activations">Output activations.</param>
    /// <param name="warmStart">Seed from the previous call's multipliers.</param>
    /// <exception cref="ArgumentOutOfRangeException">A velocity or required moment is NaN or infinite.</exception>
    public RecruitmentSolution Solve(in Posture posture, in CoordinateValues velocities, in CoordinateValues requiredMoments,
        Span<double> activations, bool warmStart = false)
    {
        Build(posture, velocities, requiredMoments);
        return _solver.Solve(Problem, activations, _multipliers, warmStart);
    }

    /// <summary>
    /// Solves a frame with only the fraction <paramref name="fraction"/> of its active demand: b = s·(M − P), the
    /// right-hand side of <see cref="Build"/> scaled. Velocities are taken as zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is NaN or outside [0, 1].</exception>
    public RecruitmentSolution SolveActiveFraction(in Posture posture, in CoordinateValues requiredMoments, double fraction, Span<double> activations)
    {
        Preconditions.CheckRange(nameof(fraction), fraction, 0, 1);
        Build(posture, default, requiredMoments);
        for (var k = 0; k < RowCount; k++) _required[k] *= fraction;
        return _solver.Solve(Problem, activations, _multipliers, false);
    }

    /// <summary>The last frame's optimisation problem (a view over this workspace's buffers).</summary>
    public RecruitmentProblem Problem => new(RowCount, MuscleCount, _matrix, _required, _drive.Capacity, _weights, _exponent);

    /// <summary>Builds the last frame's problem (moment matrix and right-hand side) without solving it.</summary>
    public void Build(in Posture posture, in CoordinateValues velocities, in CoordinateValues requiredMoments)
    {
        var n = MuscleCount;
        var muscles = _drive.Muscles;
        muscles.Evaluate(posture, _arms, _lengths);
        var strength = _drive.Strength;
        var shortening = _drive.RestingLengthShortening;
        for (var k = 0; k < RowCount; k++)
        {
            var required = requiredMoments[_rowCoordinate[k]];
            Preconditions.CheckFinite("requiredMoments", required);
            _required[k] = required;
        }
        for (var i = 0; i < n; i++)
        {
            var muscle = muscles[i];
            var arms = new ReadOnlySpan<double>(_arms, i * Coordinates.Count, Coordinates.Count);
            var lengthening = 0.0;
            for (var c = 0; c < Coordinates.Count; c++) lengthening -= arms[c] * velocities[c];
            Preconditions.CheckFinite("velocities", lengthening);
            var fiber = RigidTendonFiber.Compute(muscle, _lengths[i], lengthening, shortening[i]);
            var fmax = muscle.MaxIsometricForceNewtons * strength[i];
            var active = fmax * fiber.ActiveForceCoefficient;
            var passive = fmax * fiber.PassiveForceCoefficient;
            _activeForcePerActivation[i] = active;
            _passiveForce[i] = passive;
            for (var k = 0; k < RowCount; k++)
            {
                var arm = arms[_rowCoordinate[k]];
                _matrix[k * n + i] = arm * active;
                _required[k] -= arm * passive;
            }
        }
    }
}
