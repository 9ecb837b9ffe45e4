using System.Numerics;
using System.Runtime.InteropServices;

namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// Solves the per-frame muscle-recruitment problem of static optimization exactly (to the moment tolerance):
/// minimise Σᵢ wᵢ·aᵢᵖ subject to A·a = b and 0 ≤ aᵢ ≤ uᵢ, by a semismooth Newton method on the m-dimensional
/// concave dual. Reusable workspace sized for one (m, n): a solve allocates nothing unless the frame is infeasible
/// (then only the returned <see cref="InfeasibilityDiagnosis"/>).
/// </summary>
/// <remarks>
/// <para>
/// Method (docs/recruitment.md): the cost is separable and strictly convex, so for multipliers λ ∈ ℝᵐ the
/// minimiser of the Lagrangian over the box is explicit, aᵢ(λ) = clamp(((Aᵢᵀλ)₊ / (p·wᵢ))^{1/(p−1)}, 0, uᵢ), and the
/// dual g(λ) is concave with gradient b − A·a(λ). Newton steps solve (Σ_free aᵢ′·AᵢAᵢᵀ)·d = b − A·a(λ) by Cholesky
/// (m×m), with a line search on g (Armijo and strong Wolfe conditions). For p = 2 the dual is piecewise quadratic and the iteration ends finitely
/// once the set of free muscles is right; the last step then solves that piece exactly, so the residual drops to the
/// floating-point floor. Every iterate satisfies stationarity and complementarity exactly; convergence is declared
/// only on the moment residual, recomputed from the returned activations.
/// </para>
/// <para>
/// Infeasible frames are detected by a per-coordinate bound check and, when Newton does not converge, by computing
/// the closest achievable moments (bounded least squares by proximal-point iterations on a regularised dual).
/// </para>
/// <para>Deterministic: no state is carried between calls except through the caller's multipliers span, and the
/// arithmetic order is fixed for a given machine.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: the instance is a mutable workspace. Use one instance per thread.</threadsafety>
public sealed class StaticOptimizationSolver
{
    // Armijo sufficient-increase fraction (Nocedal & Wright 2006, §3.1: a small value such as 1e-4).
    private const double ArmijoFraction = 1e-4;
    // Strong Wolfe curvature fraction η: accept a step where φ′(t) ≥ −η·φ′(0) (Nocedal & Wright 2006, §3.1; η < 1).
    private const double CurvatureFraction = 0.1;
    // Assumption: a Newton step may move any muscle's linear predictor cᵢ = Aᵢᵀλ by at most this many times the span of
    // cᵢ over which that muscle goes from 0 to its capacity; longer steps are shortened (they only occur far from the
    // solution or when the frame is infeasible).
    private const double StepCapInRanges = 50;
    // Consecutive shortened steps after which the frame is checked for infeasibility.
    private const int DivergenceCheckAfter = 10;
    // Assumption: relative Levenberg regularisation of the Newton matrix (diagonal, relative to each row's full curvature),
    // applied to rows that no free muscle crosses (and to all rows if the factorisation fails); keeps Cholesky well
    // defined. It changes step lengths only.
    private const double RelativeRegularisation = 1e-12;
    // For p > 2, a(c) ∝ c^{1/(p−1)} has an unbounded slope at c = 0, where plain Newton overshoots and crawls. The
    // Newton matrix therefore uses the slope at activation max(aᵢ, a_f) for every muscle with cᵢ > −c_f, where a_f
    // follows the current relative residual (max |r| / largest achievable row moment) clamped to
    // [CurvatureFloorMin, CurvatureFloorMax] (assumptions), so the model is exact near the solution. Step lengths only.
    private const double CurvatureFloorMin = 1e-9;
    private const double CurvatureFloorMax = 1e-2;
    // Closest-point computation: ridge ε relative to the largest row curvature Σᵢ Aₖᵢ²/wᵢ, outer iteration budget,
    // Newton budget.
    private const double ProximalRelativeRidge = 1e-6;
    // Assumption: the p = 2 solve that starts a cold p ≠ 2 solve stops at this residual relative to the largest
    // achievable row moment; it only provides a starting λ.
    private const double StartingSolveRelativeTolerance = 5e-2;
    private const int ProximalMaxOuter = 60;
    private const int DiagnosisMaxIterations = 400;

    private readonly int _m;
    private readonly int _n;
    private readonly RecruitmentSolverOptions _options;

    // Per-muscle constants of the current solve.
    private readonly double[] _u, _w, _slope, _offset, _halfInvSlope, _invPw, _inverseCRange;
    // Per-muscle state: predictor c = Aᵀλ, activation a(c), derivative a′(c); trial copies; step in c.
    private double[] _c, _a, _da, _cTrial, _aTrial, _daTrial;
    private readonly double[] _dc;
    // Per-coordinate state.
    private double[] _lambda, _lambdaTrial;
    private readonly double[] _r, _d, _h, _rowCurvature, _rowPositive, _rowNegative;
    // A by columns, nonzero entries only (rows ascending within a column): muscle i owns entries
    // i·m .. i·m + _colCount[i] − 1. Built once per solve by one contiguous pass over A; moment matrices of the
    // hip–lumbar model are sparse (a muscle crosses a few of the coordinates), so products with the columns and the
    // Newton matrix cost O(nonzeros) instead of O(m·n).
    private readonly int[] _colCount, _colRow;
    private readonly double[] _colValue, _curvatureReference;

    // Mode of the Newton iteration (set before RunNewton).
    private bool _quadratic;      // p = 2 form: a = clamp(offset + slope·c, 0, u)
    private double _p;            // exponent for the general form
    private double _rho;          // dual ridge: gradient b − A·a − ρλ (0 for the recruitment problem, 1 for the closest point)
    private bool _capSteps;
    private double _largestRowMoment; // max over rows of Σᵢ |Aₖᵢ|·uᵢ + |bₖ|, N·m

    /// <summary>Creates a workspace for problems with <paramref name="coordinateCount"/> constraints and
    /// <paramref name="muscleCount"/> muscles.</summary>
    /// <param name="coordinateCount">m, 1 to <see cref="RecruitmentProblem.MaxCoordinateCount"/>.</param>
    /// <param name="muscleCount">n ≥ 1.</param>
    /// <param name="options">Tolerance and iteration budget; <see cref="RecruitmentSolverOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or an option is out of range.</exception>
    public StaticOptimizationSolver(int coordinateCount, int muscleCount, RecruitmentSolverOptions? options = null)
    {
        if (coordinateCount < 1 || coordinateCount > RecruitmentProblem.MaxCoordinateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(coordinateCount), coordinateCount,
                $"coordinateCount should be in range [1, {RecruitmentProblem.MaxCoordinateCount}], was {coordinateCount}.");
        }
        if (muscleCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(muscleCount), muscleCount, $"muscleCount should be ≥ 1, was {muscleCount}.");
        }
        _options = options ?? RecruitmentSolverOptions.Default;
        _options.Validate();
        _m = coordinateCount;
        _n = muscleCount;
        double[] N() => new double[muscleCount];
        double[] M() => new double[coordinateCount];
        (_u, _w, _slope, _offset, _halfInvSlope, _invPw, _inverseCRange) = (N(), N(), N(), N(), N(), N(), N());
        (_c, _a, _da, _cTrial, _aTrial, _daTrial, _dc) = (N(), N(), N(), N(), N(), N(), N());
        (_lambda, _lambdaTrial, _r, _d, _rowCurvature, _rowPositive, _rowNegative) = (M(), M(), M(), M(), M(), M(), M());
        _h = new double[coordinateCount * coordinateCount];
        _colCount = new int[muscleCount];
        _colRow = new int[coordinateCount * muscleCount];
        _colValue = new double[coordinateCount * muscleCount];
        _curvatureReference = N();
    }

    /// <summary>m, the number of coordinates this workspace is sized for.</summary>
    public int CoordinateCount => _m;

    /// <summary>n, the number of muscles this workspace is sized for.</summary>
    public int MuscleCount => _n;

    /// <summary>The settings in use.</summary>
    public RecruitmentSolverOptions Options => _options;

    /// <summary>Solves one frame from a cold start (λ = 0).</summary>
    /// <param name="problem">The frame; its m and n must match this workspace.</param>
    /// <param name="activations">Output, n entries: the activations (within [0, uᵢ] always; for an infeasible frame
    /// the closest achievable point).</param>
    /// <returns>Status, iterations, residual, cost and, if infeasible, the diagnosis.</returns>
    /// <exception cref="ArgumentException">Sizes do not match.</exception>
    public RecruitmentSolution Solve(RecruitmentProblem problem, Span<double> activations)
    {
        CheckSizes(problem, activations);
        _lambda.AsSpan().Clear();
        return SolveCore(problem, activations, warm: false);
    }

    /// <summary>Solves one frame, optionally warm-started, and returns the Lagrange multipliers.</summary>
    /// <param name="problem">The frame; its m and n must match this workspace.</param>
    /// <param name="activations">Output, n entries (see <see cref="Solve(RecruitmentProblem, Span{double})"/>).</param>
    /// <param name="multipliers">m entries. Input when <paramref name="warmStart"/> is true: the multipliers of a nearby
    /// problem (e.g. the previous frame); output: λ at the solution, the marginal cost of each required moment,
    /// ∂(Σ wᵢaᵢᵖ)/∂bₖ, in 1/(N·m). Left unchanged for an infeasible frame.</param>
    /// <param name="warmStart">Start from <paramref name="multipliers"/> instead of λ = 0. The solution does not depend on
    /// the start (the problem has a unique optimum); only the iteration count does.</param>
    /// <exception cref="ArgumentException">Sizes do not match, or a warm-start multiplier is not finite.</exception>
    public RecruitmentSolution Solve(RecruitmentProblem problem, Span<double> activations, Span<double> multipliers, bool warmStart)
    {
        CheckSizes(problem, activations);
        if (multipliers.Length != _m)
        {
            throw new ArgumentException($"multipliers should have m = {_m} entries, had {multipliers.Length}.", nameof(multipliers));
        }
        if (warmStart)
        {
            for (var k = 0; k < _m; k++)
            {
                if (!double.IsFinite(multipliers[k]))
                {
                    throw new ArgumentException($"multipliers[{k}] should be finite for a warm start, was {multipliers[k]}.", nameof(multipliers));
                }
            }
            multipliers.CopyTo(_lambda);
        }
        else
        {
            _lambda.AsSpan().Clear();
        }
        var solution = SolveCore(problem, activations, warmStart);
        if (solution.Status != SolverStatus.Infeasible) _lambda.AsSpan().CopyTo(multipliers);
        return solution;
    }

    private void CheckSizes(RecruitmentProblem problem, Span<double> activations)
    {
        if (problem.CoordinateCount != _m || problem.MuscleCount != _n)
        {
            throw new ArgumentException(
                $"problem is {problem.CoordinateCount}×{problem.MuscleCount} (m×n) but this solver is sized for {_m}×{_n}.", nameof(problem));
        }
        if (activations.Length != _n)
        {
            throw new ArgumentException($"activations should have n = {_n} entries, had {activations.Length}.", nameof(activations));
        }
    }

    private RecruitmentSolution SolveCore(RecruitmentProblem problem, Span<double> activations, bool warm)
    {
        var tol = _options.MomentToleranceNewtonMetres;
        // The iteration aims at half the tolerance so that the residual recomputed row by row from the returned
        // activations (a different summation order, differing by rounding only) is within the tolerance.
        var target = 0.5 * tol;
        var p = problem.Exponent;
        var A = problem.MomentMatrix;
        var b = problem.RequiredMoments;
        var rowBoundsViolated = Prepare(problem, tol);
        var iterations = 0;
        var exit = NewtonExit.Diverging;
        if (!rowBoundsViolated)
        {
            if (p != 2.0 && !warm)
            {
                // Cold start for p ≠ 2: solve the p = 2 problem, then rescale λ so that a typical active muscle keeps
                // its activation ā (c = p·w·a^{p−1} versus 2·w·a).
                SetRecruitmentMode(A, 2.0);
                exit = RunNewton(A, b, Math.Max(target, StartingSolveRelativeTolerance * _largestRowMoment), _options.MaxIterations,
                    earlyDivergenceStop: true, ref iterations);
                if (exit == NewtonExit.Converged)
                {
                    double num = 0, den = 0;
                    for (var i = 0; i < _n; i++)
                    {
                        num += _w[i] * _a[i] * _a[i];
                        den += _w[i] * _a[i];
                    }
                    var typical = den > 0 ? num / den : 0;
                    var scale = p / 2 * (p == 3.0 ? typical : Math.Pow(typical, p - 2));
                    for (var k = 0; k < _m; k++) _lambda[k] *= scale;
                }
            }
            if (p == 2.0 || warm || exit == NewtonExit.Converged)
            {
                SetRecruitmentMode(A, p);
                exit = RunNewton(A, b, target, _options.MaxIterations, earlyDivergenceStop: true, ref iterations);
            }
            if (exit == NewtonExit.Converged) return Finish(problem, SolverStatus.Converged, iterations, activations, null);
        }

        // Not converged: find the closest achievable moments to decide between infeasible and merely unfinished.
        Span<double> keepLambda = stackalloc double[_m];
        _lambda.AsSpan().CopyTo(keepLambda);
        var recruitmentIterations = iterations;
        var missingMax = ClosestPoint(problem, ref iterations);
        if (rowBoundsViolated || missingMax > tol)
        {
            var diagnosis = Diagnose(problem, tol, rowBoundsViolated);
            return Finish(problem, SolverStatus.Infeasible, iterations, activations, diagnosis);
        }

        // Feasible after all: resume the recruitment iteration from where it stopped, without the early exit.
        keepLambda.CopyTo(_lambda);
        SetRecruitmentMode(A, p);
        var remaining = _options.MaxIterations - recruitmentIterations;
        if (exit == NewtonExit.Diverging && remaining > 0)
        {
            exit = RunNewton(A, b, target, iterations + remaining, earlyDivergenceStop: false, ref iterations);
        }
        else
        {
            RunNewton(A, b, target, iterations, earlyDivergenceStop: false, ref iterations); // evaluates a(λ) at the kept λ
        }
        var status = exit switch
        {
            NewtonExit.Converged => SolverStatus.Converged,
            NewtonExit.Stalled => SolverStatus.Stalled,
            _ => SolverStatus.IterationLimit,
        };
        return Finish(problem, status, iterations, activations, null);
    }

    private RecruitmentSolution Finish(RecruitmentProblem problem, SolverStatus status, int iterations, Span<double> activations,
        InfeasibilityDiagnosis? diagnosis)
    {
        _a.AsSpan().CopyTo(activations);
        return new RecruitmentSolution(status, iterations, problem.MaxResidual(activations), problem.Cost(activations), diagnosis);
    }

    /// <summary>
    /// Copies bounds and weights, builds the column store of A, and per row the largest positive and negative moments
    /// all muscles give at capacity. Returns true if some bₖ lies beyond them (infeasible by a single row).
    /// </summary>
    private bool Prepare(RecruitmentProblem problem, double tol)
    {
        var (m, n) = (_m, _n);
        var A = problem.MomentMatrix;
        var capacities = problem.Capacities;
        capacities.CopyTo(_u);
        if (problem.Weights.IsEmpty) _w.AsSpan().Fill(1.0); else problem.Weights.CopyTo(_w);
        Array.Clear(_colCount);
        var counts = _colCount;
        var rows = _colRow;
        var values = _colValue;
        for (var k = 0; k < m; k++)
        {
            var row = A.Slice(k * n, n);
            for (var i = 0; i < n; i++)
            {
                var v = row[i];
                if (v == 0) continue;
                var position = i * m + counts[i]++;
                rows[position] = k;
                values[position] = v;
            }
        }
        for (var k = 0; k < m; k++) (_rowPositive[k], _rowNegative[k]) = Kernels.SignedSums(A.Slice(k * n, n), _u);
        var violated = false;
        _largestRowMoment = 1e-300;
        for (var k = 0; k < m; k++)
        {
            var bk = problem.RequiredMoments[k];
            if (bk > _rowPositive[k] + tol || bk < _rowNegative[k] - tol) violated = true;
            _largestRowMoment = Math.Max(_largestRowMoment, _rowPositive[k] - _rowNegative[k] + Math.Abs(bk));
        }
        return violated;
    }

    /// <summary>y ← Aᵀx (one entry per muscle).</summary>
    private void TransposeProduct(ReadOnlySpan<double> x, Span<double> y)
    {
        var counts = _colCount;
        var rows = _colRow;
        var values = _colValue;
        var m = _m;
        for (var i = 0; i < _n; i++)
        {
            var sum = 0.0;
            var start = i * m;
            for (var j = start; j < start + counts[i]; j++) sum += values[j] * x[rows[j]];
            y[i] = sum;
        }
    }

    private void SetRecruitmentMode(ReadOnlySpan<double> A, double p)
    {
        _p = p;
        _quadratic = p == 2.0;
        _rho = 0;
        _capSteps = true;
        var n = _n;
        Array.Clear(_offset);
        if (_quadratic)
        {
            // slope = 1/(2w); 1/(span of c from 0 to capacity) = 1/(2wu); reference curvature = slope (0 if u = 0).
            _w.AsSpan().CopyTo(_halfInvSlope);
            var vw = MemoryMarshal.Cast<double, Vector<double>>(_w.AsSpan(0, n));
            var vu = MemoryMarshal.Cast<double, Vector<double>>(_u.AsSpan(0, n));
            var vslope = MemoryMarshal.Cast<double, Vector<double>>(_slope.AsSpan(0, n));
            var vrange = MemoryMarshal.Cast<double, Vector<double>>(_inverseCRange.AsSpan(0, n));
            var vref = MemoryMarshal.Cast<double, Vector<double>>(_curvatureReference.AsSpan(0, n));
            var half = new Vector<double>(0.5);
            for (var j = 0; j < vw.Length; j++)
            {
                var slope = half / vw[j];
                var usable = Vector.GreaterThan(vu[j], Vector<double>.Zero);
                vslope[j] = slope;
                vrange[j] = Vector.ConditionalSelect(usable, slope / vu[j], Vector<double>.Zero);
                vref[j] = Vector.ConditionalSelect(usable, slope, Vector<double>.Zero);
            }
            for (var i = vw.Length * Vector<double>.Count; i < n; i++)
            {
                var slope = 0.5 / _w[i];
                _slope[i] = slope;
                _inverseCRange[i] = _u[i] > 0 ? slope / _u[i] : 0;
                _curvatureReference[i] = _u[i] > 0 ? slope : 0;
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var w = _w[i];
                var u = _u[i];
                _invPw[i] = 1 / (p * w);
                _inverseCRange[i] = u > 0 ? 1 / (p * w * (p == 3.0 ? u * u : Math.Pow(u, p - 1))) : 0;
                // Curvature a′ at half capacity.
                _curvatureReference[i] = u <= 0 ? 0
                    : p == 3.0 ? _invPw[i] / u
                    : Math.Pow(0.5 * u, 2 - p) * _invPw[i] / (p - 1);
            }
        }
        // Row curvature with every usable muscle free at half capacity: the scale of the Newton matrix, for regularisation.
        for (var k = 0; k < _m; k++)
        {
            var row = A.Slice(k * _n, _n);
            var s = Kernels.Dot(row, row, _curvatureReference);
            _rowCurvature[k] = s > 0 ? RelativeRegularisation * s : 1.0;
        }
    }

    private enum NewtonExit { Converged, IterationLimit, Stalled, Diverging }

    /// <summary>
    /// Newton iteration on the dual from the current λ. Stops when max |b − A·a − ρλ| ≤ <paramref name="tol"/>, the
    /// shared iteration budget is spent, no step increases the dual, or (optionally) steps keep being shortened.
    /// </summary>
    private NewtonExit RunNewton(ReadOnlySpan<double> A, ReadOnlySpan<double> b, double tol, int maxIterations,
        bool earlyDivergenceStop, ref int iterations)
    {
        var m = _m;
        var n = _n;
        TransposeProduct(_lambda, _c);
        var g = Activate(_c, _a, _da, out var gScale) + DualLinear(_lambda, b, ref gScale);
        var residual = Residual(A, b);
        var capped = 0;
        var best = residual;
        var sinceBest = 0;
        while (true)
        {
            if (residual <= tol) return NewtonExit.Converged;
            if (iterations >= maxIterations) return NewtonExit.IterationLimit;
            iterations++;

            if (!_quadratic) Curvature(residual);

            // Newton matrix H = Σ a′ᵢ·AᵢAᵢᵀ + ρI + regularisation, lower triangle.
            var regFactor = 0.0;
            while (true)
            {
                BuildNewtonMatrix(regFactor);
                if (Kernels.Cholesky(_h, m)) break;
                regFactor = regFactor == 0 ? 1 : regFactor * 1e3;
                if (regFactor > 1e12) return NewtonExit.Stalled;
            }
            Kernels.CholeskySolve(_h, m, _r, _d);

            TransposeProduct(_d, _dc);
            var wasCapped = false;
            if (_capSteps)
            {
                // Largest move of any cᵢ in units of the span over which muscle i goes from 0 to its capacity, among the
                // muscles whose activation the step can change: one that stays at its capacity (or at 0) throughout
                // the step may move any distance (an inhibited muscle saturated at the optimum would otherwise hold
                // every step to a crawl).
                var tau = StepInRanges(n);
                if (tau > StepCapInRanges)
                {
                    var shrink = StepCapInRanges / tau;
                    for (var k = 0; k < m; k++) _d[k] *= shrink;
                    for (var i = 0; i < n; i++) _dc[i] *= shrink;
                    wasCapped = true;
                }
            }
            var slope = 0.0;
            for (var k = 0; k < m; k++) slope += _d[k] * _r[k];

            // Line search on the concave dual φ(t) = g(λ + t·d). φ′(t) = dᵀ(b − A·a(t) − ρ(λ + t·d)) costs O(n) given
            // Aᵀd, so the step is accepted only where φ′ has not turned strongly negative (strong Wolfe curvature
            // condition) and g rose enough (Armijo; the slack absorbs rounding of g near the optimum). Otherwise the
            // root of φ′ is bracketed and approached by safeguarded regula falsi. This stops the overshoot across the
            // kink at aᵢ = 0 that makes plain Newton cycle for p > 2.
            double db = 0, dl = 0, dd = 0;
            for (var k = 0; k < m; k++)
            {
                db += _d[k] * b[k];
                dl += _d[k] * _lambda[k];
                dd += _d[k] * _d[k];
            }
            var t = 1.0;
            double lo = 0, dphiLo = slope, hi = double.PositiveInfinity, dphiHi = 0;
            var accepted = false;
            double gTrial = 0, gTrialScale = 0;
            for (var attempt = 0; attempt < 60; attempt++)
            {
                for (var i = 0; i < n; i++) _cTrial[i] = _c[i] + t * _dc[i];
                for (var k = 0; k < m; k++) _lambdaTrial[k] = _lambda[k] + t * _d[k];
                gTrial = Activate(_cTrial, _aTrial, _daTrial, out gTrialScale) + DualLinear(_lambdaTrial, b, ref gTrialScale);
                var dphi = db - Kernels.Dot(_dc, _aTrial) - _rho * (dl + t * dd);
                var slack = 1e-13 * (gScale + gTrialScale);
                var armijo = gTrial >= g + ArmijoFraction * t * slope - slack;
                // Accept where |φ′| is small (strong Wolfe), or a full step that still ascends (no overshoot seen).
                if (armijo && (Math.Abs(dphi) <= CurvatureFraction * slope || (dphi > 0 && double.IsPositiveInfinity(hi))))
                {
                    accepted = true;
                    break;
                }
                if (dphi > 0)
                {
                    lo = t;
                    dphiLo = dphi;
                }
                else
                {
                    hi = t;
                    dphiHi = dphi;
                }
                var secant = lo + (hi - lo) * dphiLo / (dphiLo - dphiHi);
                var margin = 0.1 * (hi - lo);
                t = Math.Clamp(secant, lo + margin, hi - margin);
            }
            if (!accepted) return NewtonExit.Stalled;

            (_c, _cTrial) = (_cTrial, _c);
            (_a, _aTrial) = (_aTrial, _a);
            (_da, _daTrial) = (_daTrial, _da);
            (_lambda, _lambdaTrial) = (_lambdaTrial, _lambda);
            g = gTrial;
            gScale = gTrialScale;
            residual = Residual(A, b);

            capped = wasCapped ? capped + 1 : 0;
            if (earlyDivergenceStop && capped >= DivergenceCheckAfter) return NewtonExit.Diverging;
            if (!wasCapped)
            {
                if (residual < 0.5 * best)
                {
                    best = residual;
                    sinceBest = 0;
                }
                else if (++sinceBest >= 12)
                {
                    return NewtonExit.Stalled;
                }
            }
        }
    }

    /// <summary>
    /// max over muscles of |Δcᵢ|/(span of cᵢ from 0 to capacity), leaving out muscles at their capacity (cᵢ at or beyond
    /// the span's end) or at 0 (cᵢ ≤ 0) both before and after the step (recruitment mode: the offset is 0).
    /// </summary>
    private double StepInRanges(int n)
    {
        var tau = 0.0;
        for (var i = 0; i < n; i++)
        {
            var inverse = _inverseCRange[i];
            if (inverse == 0) continue;
            var before = _c[i] * inverse;
            var after = before + _dc[i] * inverse;
            if ((before >= 1 && after >= 1) || (before <= 0 && after <= 0)) continue;
            tau = Math.Max(tau, Math.Abs(after - before));
        }
        return tau;
    }

    /// <summary>λᵀb − ρ/2·‖λ‖², adding magnitudes to <paramref name="scale"/>.</summary>
    private double DualLinear(ReadOnlySpan<double> lambda, ReadOnlySpan<double> b, ref double scale)
    {
        var value = 0.0;
        for (var k = 0; k < _m; k++)
        {
            var term = lambda[k] * b[k] - 0.5 * _rho * lambda[k] * lambda[k];
            value += term;
            scale += Math.Abs(term);
        }
        return value;
    }

    /// <summary>r ← b − A·a − ρλ (row-wise dot products: no scatter); returns max |rₖ|.</summary>
    private double Residual(ReadOnlySpan<double> A, ReadOnlySpan<double> b)
    {
        var worst = 0.0;
        for (var k = 0; k < _m; k++)
        {
            var rk = b[k] - _rho * _lambda[k] - Kernels.Dot(A.Slice(k * _n, _n), _a);
            _r[k] = rk;
            worst = Math.Max(worst, Math.Abs(rk));
        }
        return worst;
    }

    /// <summary>
    /// Lower triangle of H = Σᵢ a′ᵢ·AᵢAᵢᵀ + ρI + regularisation over the muscles with a′ᵢ &gt; 0. With
    /// <paramref name="regFactor"/> 0 only rows whose curvature is below 1e-6 of their full curvature are regularised
    /// (so a well-posed step stays exact); otherwise every row gets <paramref name="regFactor"/> × 1e-12 × its full curvature.
    /// </summary>
    private void BuildNewtonMatrix(double regFactor)
    {
        var m = _m;
        var h = _h;
        for (var k = 0; k < m; k++)
        {
            for (var l = 0; l <= k; l++) h[k * m + l] = 0;
        }
        var rows = _colRow;
        var values = _colValue;
        for (var i = 0; i < _n; i++)
        {
            var di = _da[i];
            if (di == 0) continue;
            var start = i * m;
            var end = start + _colCount[i];
            for (var j1 = start; j1 < end; j1++)
            {
                var scaled = di * values[j1];
                var rowOffset = rows[j1] * m;
                for (var j2 = start; j2 <= j1; j2++) h[rowOffset + rows[j2]] += scaled * values[j2];
            }
        }
        for (var k = 0; k < m; k++)
        {
            // Regularise rows that no free muscle (nearly) crosses; all rows, increasingly, if factorisation failed.
            var diagonal = h[k * m + k];
            var reg = _rho > 0 ? 0
                : regFactor > 0 ? regFactor * _rowCurvature[k]
                : diagonal < 1e6 * _rowCurvature[k] ? _rowCurvature[k] : 0;
            h[k * m + k] = diagonal + _rho + reg;
        }
    }

    /// <summary>
    /// Minimiser of the Lagrangian term per muscle for predictors c: a(c), its derivative a′(c) (the semismooth choice
    /// counts cᵢ at the lower kink as free for p = 2), and Σ (costᵢ(a) − cᵢ·aᵢ). <paramref name="scale"/> is Σ of |terms|.
    /// </summary>
    private double Activate(ReadOnlySpan<double> c, Span<double> a, Span<double> da, out double scale)
    {
        var n = _n;
        var u = _u.AsSpan(0, n);
        double sum = 0, abs = 0;
        if (_quadratic)
        {
            var slope = _slope.AsSpan(0, n);
            var offset = _offset.AsSpan(0, n);
            var half = _halfInvSlope.AsSpan(0, n);
            // Branch-free and vectorised: a = min(max(t, 0), u), a′ = slope where 0 ≤ t < u.
            var vc = MemoryMarshal.Cast<double, Vector<double>>(c.Slice(0, n));
            var va = MemoryMarshal.Cast<double, Vector<double>>(a.Slice(0, n));
            var vda = MemoryMarshal.Cast<double, Vector<double>>(da.Slice(0, n));
            var vu = MemoryMarshal.Cast<double, Vector<double>>(u);
            var vslope = MemoryMarshal.Cast<double, Vector<double>>(slope);
            var voffset = MemoryMarshal.Cast<double, Vector<double>>(offset);
            var vhalf = MemoryMarshal.Cast<double, Vector<double>>(half);
            Vector<double> vsum = Vector<double>.Zero, vabs = Vector<double>.Zero;
            for (var j = 0; j < vc.Length; j++)
            {
                var t = voffset[j] + vc[j] * vslope[j];
                var ai = Vector.Min(Vector.Max(t, Vector<double>.Zero), vu[j]);
                var free = Vector.GreaterThanOrEqual(t, Vector<double>.Zero) & Vector.LessThan(t, vu[j]);
                va[j] = ai;
                vda[j] = Vector.ConditionalSelect(free, vslope[j], Vector<double>.Zero);
                var e = ai - voffset[j];
                var q = e * e * vhalf[j];
                var lin = vc[j] * ai;
                vsum += q - lin;
                vabs += q + Vector.Abs(lin);
            }
            sum = Vector.Sum(vsum);
            abs = Vector.Sum(vabs);
            for (var i = vc.Length * Vector<double>.Count; i < n; i++)
            {
                var t = offset[i] + c[i] * slope[i];
                var ai = Math.Min(Math.Max(t, 0), u[i]);
                a[i] = ai;
                da[i] = t >= 0 && t < u[i] ? slope[i] : 0;
                var e = ai - offset[i];
                var q = e * e * half[i];
                var lin = c[i] * ai;
                sum += q - lin;
                abs += q + Math.Abs(lin);
            }
        }
        else if (_p == 3.0)
        {
            // a = min(√(max(c, 0)/(3w)), u), vectorised; a′ is set by Curvature() before each Newton matrix.
            var vc = MemoryMarshal.Cast<double, Vector<double>>(c.Slice(0, n));
            var va = MemoryMarshal.Cast<double, Vector<double>>(a.Slice(0, n));
            var vu = MemoryMarshal.Cast<double, Vector<double>>(u);
            var vinv = MemoryMarshal.Cast<double, Vector<double>>(_invPw.AsSpan(0, n));
            var vw = MemoryMarshal.Cast<double, Vector<double>>(_w.AsSpan(0, n));
            Vector<double> vsum = Vector<double>.Zero, vabs = Vector<double>.Zero;
            for (var j = 0; j < vc.Length; j++)
            {
                var ai = Vector.Min(Vector.SquareRoot(Vector.Max(vc[j], Vector<double>.Zero) * vinv[j]), vu[j]);
                va[j] = ai;
                var q = vw[j] * ai * ai * ai;
                var lin = vc[j] * ai;
                vsum += q - lin;
                vabs += q + Vector.Abs(lin);
            }
            sum = Vector.Sum(vsum);
            abs = Vector.Sum(vabs);
            for (var i = vc.Length * Vector<double>.Count; i < n; i++)
            {
                var ai = Math.Min(Math.Sqrt(Math.Max(c[i], 0) * _invPw[i]), u[i]);
                a[i] = ai;
                var q = _w[i] * ai * ai * ai;
                var lin = c[i] * ai;
                sum += q - lin;
                abs += q + Math.Abs(lin);
            }
        }
        else
        {
            var p = _p;
            var invRoot = 1 / (p - 1);
            for (var i = 0; i < n; i++)
            {
                var ci = c[i];
                var ai = ci <= 0 ? 0 : Math.Min(Math.Pow(ci * _invPw[i], invRoot), u[i]);
                a[i] = ai;
                var q = _w[i] * Math.Pow(ai, p);
                var lin = ci * ai;
                sum += q - lin;
                abs += q + Math.Abs(lin);
            }
        }
        scale = abs;
        return sum;
    }

    /// <summary>Slopes a′ᵢ for the Newton matrix when p ≠ 2 (see <see cref="CurvatureFloorMin"/>).</summary>
    private void Curvature(double residual)
    {
        var p = _p;
        var n = _n;
        var floor = Math.Clamp(residual / _largestRowMoment, CurvatureFloorMin, CurvatureFloorMax);
        var floorPower = Math.Pow(floor, p - 1);
        var start = 0;
        if (p == 3.0)
        {
            // a′ = 1/(6w·max(a, a_f)) where 0 ≤ a < u and c > −3w·a_f².
            var vc = MemoryMarshal.Cast<double, Vector<double>>(_c.AsSpan(0, n));
            var va = MemoryMarshal.Cast<double, Vector<double>>(_a.AsSpan(0, n));
            var vu = MemoryMarshal.Cast<double, Vector<double>>(_u.AsSpan(0, n));
            var vw = MemoryMarshal.Cast<double, Vector<double>>(_w.AsSpan(0, n));
            var vda = MemoryMarshal.Cast<double, Vector<double>>(_da.AsSpan(0, n));
            var vfloor = new Vector<double>(floor);
            var vlimit = new Vector<double>(-3 * floorPower);
            var six = new Vector<double>(6.0);
            for (var j = 0; j < vc.Length; j++)
            {
                var active = Vector.LessThan(va[j], vu[j]) & Vector.GreaterThan(vc[j], vlimit * vw[j]);
                vda[j] = Vector.ConditionalSelect(active, Vector<double>.One / (six * vw[j] * Vector.Max(va[j], vfloor)), Vector<double>.Zero);
            }
            start = vc.Length * Vector<double>.Count;
        }
        var floorSlopeFactor = Math.Pow(floor, 2 - p) / (p - 1);
        for (var i = start; i < n; i++)
        {
            var ui = _u[i];
            var ai = _a[i];
            if (ui <= 0 || ai >= ui) { _da[i] = 0; continue; }
            var pw = p * _w[i];
            if (_c[i] <= -pw * floorPower) { _da[i] = 0; continue; }
            _da[i] = ai > floor ? (p == 3.0 ? 1 / ai : Math.Pow(ai, 2 - p)) / ((p - 1) * pw) : floorSlopeFactor / pw;
        }
    }

    /// <summary>
    /// Closest achievable moments: minimises ½‖A·a − b‖² over 0 ≤ a ≤ u by proximal-point iterations
    /// aʲ⁺¹ = argmin ½‖A·a − b‖² + ε/2·Σ wᵢ(aᵢ − aʲᵢ)², each solved by the same dual Newton method (with ridge ρ = 1,
    /// the dual variable is the missing moment). Leaves the point in _a and returns max |b − A·a|.
    /// </summary>
    private double ClosestPoint(RecruitmentProblem problem, ref int iterations)
    {
        var A = problem.MomentMatrix;
        var b = problem.RequiredMoments;
        var largestRow = 0.0;
        var momentScale = 0.0;
        for (var k = 0; k < _m; k++)
        {
            var row = problem.Row(k);
            double s = 0, reach = Math.Abs(b[k]);
            for (var i = 0; i < _n; i++)
            {
                if (_u[i] <= 0) continue;
                s += row[i] * row[i] / _w[i];
                reach += Math.Abs(row[i]) * _u[i];
            }
            largestRow = Math.Max(largestRow, s);
            momentScale = Math.Max(momentScale, reach);
        }
        var ridge = largestRow > 0 ? ProximalRelativeRidge * largestRow : 1.0;

        _quadratic = true;
        _rho = 1;
        _capSteps = false;
        for (var i = 0; i < _n; i++)
        {
            _offset[i] = 0;
            _slope[i] = 1 / (ridge * _w[i]);
            _halfInvSlope[i] = 0.5 * ridge * _w[i];
        }
        _lambda.AsSpan().Clear();
        var innerTol = 1e-13 * Math.Max(1, momentScale);
        var budget = iterations + DiagnosisMaxIterations;
        for (var outer = 0; outer < ProximalMaxOuter; outer++)
        {
            RunNewton(A, b, innerTol, budget, earlyDivergenceStop: false, ref iterations);
            var change = 0.0;
            for (var i = 0; i < _n; i++)
            {
                change = Math.Max(change, Math.Abs(_a[i] - _offset[i]));
                _offset[i] = _a[i];
            }
            if (change <= 1e-14 || iterations >= budget) break;
        }
        var worst = 0.0;
        for (var k = 0; k < _m; k++) worst = Math.Max(worst, Math.Abs(b[k] - Kernels.Dot(problem.Row(k), _a)));
        return worst;
    }

    private InfeasibilityDiagnosis Diagnose(RecruitmentProblem problem, double tol, bool rowBoundsViolated)
    {
        var missing = new double[_m];
        for (var k = 0; k < _m; k++) missing[k] = problem.RequiredMoments[k] - Kernels.Dot(problem.Row(k), _a);
        var shortfalls = new List<CoordinateShortfall>();
        for (var k = 0; k < _m; k++)
        {
            if (Math.Abs(missing[k]) <= tol) continue;
            var sign = Math.Sign(missing[k]);
            var row = problem.Row(k);
            var limiting = new List<int>();
            var unavailable = new List<int>();
            for (var i = 0; i < _n; i++)
            {
                if (row[i] * sign <= 0) continue;
                if (_u[i] == 0) unavailable.Add(i);
                else if (_a[i] >= _u[i] * (1 - 1e-9)) limiting.Add(i);
            }
            var u = _u;
            var rowCopy = row.ToArray();
            limiting.Sort((x, y) => CompareDescending(Math.Abs(rowCopy[x]) * u[x], Math.Abs(rowCopy[y]) * u[y], x, y));
            unavailable.Sort((x, y) => CompareDescending(Math.Abs(rowCopy[x]), Math.Abs(rowCopy[y]), x, y));
            shortfalls.Add(new CoordinateShortfall(
                k,
                problem.RequiredMoments[k],
                missing[k],
                sign > 0 ? _rowPositive[k] : _rowNegative[k],
                limiting.ToArray(),
                unavailable.ToArray()));
        }
        shortfalls.Sort((x, y) => CompareDescending(Math.Abs(x.MissingNewtonMetres), Math.Abs(y.MissingNewtonMetres), x.Coordinate, y.Coordinate));
        return new InfeasibilityDiagnosis(missing, shortfalls.ToArray(), rowBoundsViolated);
    }

    private static int CompareDescending(double x, double y, int tieX, int tieY)
    {
        var byValue = y.CompareTo(x);
        return byValue != 0 ? byValue : tieX.CompareTo(tieY);
    }
}
