namespace GluteLab.Mechanics.Recruitment;

/// <summary>How a recruitment solve ended.</summary>
public enum SolverStatus
{
    /// <summary>
    /// The activations are within their bounds, satisfy the optimality conditions of the cost by construction, and
    /// match every required moment: max |A·a − b| ≤ the moment tolerance (N·m), as recomputed from the returned activations.
    /// </summary>
    Converged,

    /// <summary>
    /// No activations within the bounds produce the required moments. The returned activations are the closest
    /// achievable point (least squares over the bounds) and <see cref="RecruitmentSolution.Diagnosis"/> says which
    /// moments are missing, by how much, and which muscles limit them. No reserve actuator hides the deficit.
    /// </summary>
    Infeasible,

    /// <summary>
    /// The iteration budget ran out before the moment tolerance was met although the problem was not shown to be
    /// infeasible (a closest point within the tolerance exists). The activations are the last iterate, within bounds;
    /// the residual reported is theirs.
    /// </summary>
    IterationLimit,

    /// <summary>
    /// No step improved the dual objective any more (the floating-point floor was reached) before the moment tolerance
    /// was met; happens only with extreme magnitudes or a tolerance below the attainable precision. The activations are
    /// the last iterate, within bounds; the residual reported is theirs.
    /// </summary>
    Stalled,
}
