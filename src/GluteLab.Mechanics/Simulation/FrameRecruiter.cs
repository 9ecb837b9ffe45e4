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
    private static readonly int FirstActuated = (int)Coordinates.Actuated[0];
    private readonly MuscleDrive _drive;
    private readonly StaticOptimizationSolver _solver;
    private readonly StaticOptimizationSolver _shearSolver;
    private readonly double[] _capacities;
    private readonly double[] _columnActivations;
    private int _columns;
    private double _shearLimit;
    private readonly double _exponent;
    private readonly double[] _arms;
    private readonly double[] _lengths;
    private readonly double[] _matrix;
    private readonly double[] _required;
    private readonly double[] _activeForcePerActivation;
    private readonly double[] _passiveForce;
    private readonly double[] _multipliers;
    private readonly double[] _weights;
    private readonly MuscleFiber[] _fibers;
    private readonly double[] _maxForce;

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
        _shearSolver = new StaticOptimizationSolver(RowCount, n + ShearColumnCount, options);
        _capacities = new double[n + ShearColumnCount];
        drive.Capacity.CopyTo(_capacities);
        _capacities[n] = _capacities[n + 1] = 1;
        _columnActivations = new double[n + ShearColumnCount];
        _columns = n;
        for (var k = 0; k < RowCount; k++)
        {
            if ((int)Coordinates.Actuated[k] != FirstActuated + k) throw new InvalidOperationException("The actuated coordinates must be numbered contiguously.");
        }
        _arms = new double[n * Coordinates.Count];
        _lengths = new double[n];
        _matrix = new double[RowCount * (n + ShearColumnCount)];
        _required = new double[RowCount];
        _activeForcePerActivation = new double[n];
        _passiveForce = new double[n];
        _multipliers = new double[RowCount];
        _fibers = new MuscleFiber[n];
        _maxForce = new double[n];
        for (var i = 0; i < n; i++)
        {
            _fibers[i] = new MuscleFiber(drive.Muscles[i], drive.RestingLengthShortening[i]);
            _maxForce[i] = drive.Muscles[i].MaxIsometricForceNewtons * drive.Strength[i];
        }
        _weights = new double[n + ShearColumnCount];
        for (var i = 0; i < n; i++)
        {
            var u = drive.Capacity[i];
            _weights[i] = effort == EffortModel.CapacityRelative && u > 0 ? Math.Pow(u, -exponent) : 1.0;
        }
        _weights[n] = _weights[n + 1] = Tasks.ShearPair.EffortWeight;
        Effort = effort;
    }

    /// <summary>How neural capacity enters the cost.</summary>
    public EffortModel Effort { get; }

    /// <summary>Cost weight of each muscle: 1/uᵢᵖ for capacity-relative effort, else 1.</summary>
    public ReadOnlySpan<double> Weights => _weights.AsSpan(0, MuscleCount);

    /// <summary>
    /// Number of extra columns a frame with a friction pair adds after the muscles: the pair's two directions, each a
    /// control in [0, 1] of the friction limit (<see cref="Tasks.ShearPair"/>).
    /// </summary>
    public const int ShearColumnCount = 2;

    /// <summary>Friction pair force of the last frame, N (+ toward the push direction; 0 when the frame has none).</summary>
    public double ShearForceNewtons => _columns == MuscleCount ? 0 : (_columnActivations[MuscleCount] - _columnActivations[MuscleCount + 1]) * _shearLimit;

    /// <summary>Names of the last frame's columns: the muscles, then <c>shear_push</c> and <c>shear_pull</c> when the frame has a friction pair.</summary>
    public IEnumerable<string> ColumnNames => _drive.Muscles.Select(m => m.Name).Concat(_columns == MuscleCount ? [] : ["shear_push", "shear_pull"]);

    /// <summary>Number of columns of the last frame's problem: the muscles, plus <see cref="ShearColumnCount"/> with a friction pair.</summary>
    public int ColumnCount => _columns;

    /// <summary>The last frame's solution over all its columns (muscles, then any friction-pair controls).</summary>
    public ReadOnlySpan<double> ColumnActivations => _columnActivations.AsSpan(0, _columns);

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
        return SolveBuilt(activations, warmStart);
    }

    /// <summary>
    /// Solves one frame of a task, including its friction pair when it has one: the pair force is a further control,
    /// bounded by the frame's friction limit (docs/recruitment.md, "Contact shear"); read it from
    /// <see cref="ShearForceNewtons"/>.
    /// </summary>
    /// <param name="frame">The frame (posture, velocities, required moments, friction pair).</param>
    /// <param name="activations">Output activations (length = muscles).</param>
    /// <param name="warmStart">Seed from the previous call's multipliers.</param>
    /// <exception cref="ArgumentOutOfRangeException">A velocity or required moment is NaN or infinite.</exception>
    public RecruitmentSolution Solve(in Dynamics.TaskFrame frame, Span<double> activations, bool warmStart = false)
    {
        Build(frame);
        return SolveBuilt(activations, warmStart);
    }

    /// <summary>
    /// Solves a frame with only the fraction <paramref name="fraction"/> of its active demand: b = s·(M − P), the
    /// right-hand side of <see cref="Build(in Posture, in CoordinateValues, in CoordinateValues)"/> scaled, and the
    /// friction limit scaled alike. Velocities are taken as zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is NaN or outside [0, 1].</exception>
    public RecruitmentSolution SolveActiveFraction(in Dynamics.TaskFrame frame, double fraction, Span<double> activations)
    {
        Preconditions.CheckRange(nameof(fraction), fraction, 0, 1);
        Build(frame.Posture, default, frame.RequiredMomentsNewtonMeters);
        AddShear(frame.Shear, fraction);
        for (var k = 0; k < RowCount; k++) _required[k] *= fraction;
        return SolveBuilt(activations, false);
    }

    private RecruitmentSolution SolveBuilt(Span<double> activations, bool warmStart)
    {
        var n = MuscleCount;
        if (_columns == n) return _solver.Solve(Problem, activations, _multipliers, warmStart);
        var solution = _shearSolver.Solve(Problem, _columnActivations.AsSpan(0, _columns), _multipliers, warmStart);
        _columnActivations.AsSpan(0, n).CopyTo(activations);
        return solution;
    }

    /// <summary>The last frame's optimisation problem (a view over this workspace's buffers).</summary>
    public RecruitmentProblem Problem => new(RowCount, _columns, _matrix.AsSpan(0, RowCount * _columns), _required,
        _capacities.AsSpan(0, _columns), _weights.AsSpan(0, _columns), _exponent);

    /// <summary>Builds a task frame's problem, with its friction pair's two columns when it has one.</summary>
    public void Build(in Dynamics.TaskFrame frame)
    {
        Build(frame.Posture, frame.VelocitiesRadiansPerSecond, frame.RequiredMomentsNewtonMeters);
        AddShear(frame.Shear, 1);
    }

    /// <summary>
    /// Re-lays the built matrix with the friction pair's columns after the muscles. With pair force F the muscles must
    /// give M + F·d − P, so the control F = s·limit enters as the column −d·limit (push) and +d·limit (pull).
    /// </summary>
    private void AddShear(in Dynamics.ShearResponse shear, double limitScale)
    {
        _shearLimit = shear.LimitNewtons * limitScale;
        if (_shearLimit <= 0) return;
        var n = MuscleCount;
        var wide = n + ShearColumnCount;
        var perNewton = shear.MomentsPerNewton;
        for (var k = RowCount - 1; k >= 0; k--)
        {
            // Move row k from stride n to stride n + 2 (backwards, so that no row is overwritten before it is moved).
            Array.Copy(_matrix, k * n, _matrix, k * wide, n);
            var column = perNewton[FirstActuated + k] * _shearLimit;
            _matrix[k * wide + n] = -column;
            _matrix[k * wide + n + 1] = column;
        }
        _columns = wide;
    }

    /// <summary>Builds the last frame's problem (moment matrix and right-hand side) without solving it.</summary>
    public void Build(in Posture posture, in CoordinateValues velocities, in CoordinateValues requiredMoments)
    {
        var n = MuscleCount;
        _columns = n;
        _shearLimit = 0;
        var muscles = _drive.Muscles;
        muscles.Evaluate(posture, _arms, _lengths);
        for (var k = 0; k < RowCount; k++)
        {
            var required = requiredMoments[FirstActuated + k];
            Preconditions.CheckFinite("requiredMoments", required);
            _required[k] = required;
        }
        var moving = false;
        for (var c = 0; c < Coordinates.Count; c++)
        {
            Preconditions.CheckFinite("velocities", velocities[c]);
            moving |= velocities[c] != 0;
        }
        for (var i = 0; i < n; i++)
        {
            var arms = new ReadOnlySpan<double>(_arms, i * Coordinates.Count, Coordinates.Count);
            var lengthening = 0.0;
            if (moving)
            {
                for (var c = 0; c < Coordinates.Count; c++) lengthening -= arms[c] * velocities[c];
            }
            var fiber = _fibers[i].Compute(_lengths[i], lengthening);
            var fmax = _maxForce[i];
            var active = fmax * fiber.ActiveForceCoefficient;
            var passive = fmax * fiber.PassiveForceCoefficient;
            _activeForcePerActivation[i] = active;
            _passiveForce[i] = passive;
            // Rows are the actuated coordinates, which are numbered contiguously from the first of them.
            var actuated = arms.Slice(FirstActuated, RowCount);
            for (var k = 0; k < RowCount; k++)
            {
                var arm = actuated[k];
                _matrix[k * n + i] = arm * active;
                _required[k] -= arm * passive;
            }
        }
    }
}
