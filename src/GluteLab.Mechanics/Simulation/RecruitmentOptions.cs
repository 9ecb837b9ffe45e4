using GluteLab.Mechanics.Recruitment;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>How an exercise is simulated.</summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record RecruitmentOptions
{
    /// <summary>The defaults: p = 2, capacity-relative effort, strategy chosen by effort, 1e-9 N·m moment tolerance.</summary>
    public static RecruitmentOptions Default { get; } = new();

    /// <summary>Activation exponent p of the cost: 2 (default, as OpenSim) or 3.</summary>
    public int Exponent { get; init; } = 2;

    /// <summary>How neural capacity enters the cost.</summary>
    public EffortModel Effort { get; init; } = EffortModel.CapacityRelative;

    /// <summary>Solver tolerances.</summary>
    public RecruitmentSolverOptions Solver { get; init; } = RecruitmentSolverOptions.Default;

    /// <summary>
    /// A fixed movement strategy, or null (default) to choose, among the exercise's candidates, the one with the least
    /// total effort Σₜ Σᵢ wᵢ aᵢᵖ: the same criterion that recruits the muscles chooses the movement.
    /// </summary>
    public MovementStrategy? FixedStrategy { get; init; }

    /// <summary>Golden-section refinement steps around the best candidate strategy (0 = candidates only).</summary>
    public int StrategyRefinementSteps { get; init; } = 5;

    /// <summary>
    /// While choosing the strategy, the effort is summed over every k-th frame only (default 3); the chosen strategy is
    /// then recruited at every frame. 1 evaluates every frame.
    /// </summary>
    public int StrategyFrameStride { get; init; } = 3;
}
