using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Recruitment;

/// <summary>Settings of <see cref="StaticOptimizationSolver"/>. Immutable.</summary>
public sealed record RecruitmentSolverOptions
{
    /// <summary>Defaults: 1e-9 N·m moment tolerance, 100 Newton iterations.</summary>
    public static RecruitmentSolverOptions Default { get; } = new();

    /// <summary>
    /// Absolute tolerance on every moment constraint, N·m: a solve converges when max |(A·a − b)ₖ| ≤ this value,
    /// computed in double precision from the returned activations. Default 1e-9 N·m. The attainable floor is about
    /// 1e-16 × Σᵢ |Aₖᵢ|·aᵢ (≈ 1e-13 N·m for moments of a few thousand N·m), so the default is reachable by a wide margin.
    /// </summary>
    public double MomentToleranceNewtonMetres { get; init; } = 1e-9;

    /// <summary>Budget of Newton iterations per solve (≥ 1). Default 100; typical frames use 3 to 10.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Checks every field; called by the solver's constructor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        Preconditions.CheckPositive(nameof(MomentToleranceNewtonMetres), MomentToleranceNewtonMetres);
        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, $"MaxIterations should be ≥ 1, was {MaxIterations}.");
        }
    }
}
