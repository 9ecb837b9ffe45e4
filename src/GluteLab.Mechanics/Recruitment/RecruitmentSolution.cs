namespace GluteLab.Mechanics.Recruitment;

/// <summary>
/// Summary of one recruitment solve. The activations themselves are written into the caller's span.
/// </summary>
/// <param name="Status">How the solve ended; only <see cref="SolverStatus.Converged"/> means the moments are matched.</param>
/// <param name="Iterations">Newton iterations used, including the p = 2 starting solve for p ≠ 2 and, when the
/// solve did not converge, the closest-point computation.</param>
/// <param name="MaxResidualNewtonMetres">max over coordinates of |(A·a − b)ₖ| at the returned activations, N·m.
/// For an infeasible frame, the largest missing moment.</param>
/// <param name="Cost">Σᵢ wᵢ·aᵢᵖ at the returned activations (dimensionless).</param>
/// <param name="Diagnosis">Set when <paramref name="Status"/> is <see cref="SolverStatus.Infeasible"/>, otherwise null.</param>
public readonly record struct RecruitmentSolution(
    SolverStatus Status,
    int Iterations,
    double MaxResidualNewtonMetres,
    double Cost,
    InfeasibilityDiagnosis? Diagnosis)
{
    /// <summary>True when <see cref="Status"/> is <see cref="SolverStatus.Converged"/>.</summary>
    public bool IsConverged => Status == SolverStatus.Converged;
}
