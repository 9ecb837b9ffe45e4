namespace GluteLab.Mechanics.Tasks;

/// <summary>Families of redundant ways to perform a task (see docs/inverse-dynamics.md, "Strategies").</summary>
public enum MovementStrategyFamily
{
    /// <summary>A single way to perform the task.</summary>
    None,
    /// <summary>
    /// Trunk lean offset, degrees, added to the task's trunk inclination at full depth (positive = more forward lean).
    /// The working leg's shank and thigh are re-solved to keep the hip height and the whole-body centre of mass
    /// over the same point of the base of support: more lean is hip-dominant, less lean knee-dominant.
    /// </summary>
    TrunkLean,
    /// <summary>
    /// Share s ∈ [0, 1] of the task's hip extension obtained instead by anterior pelvic rotation with lumbar extension
    /// (s = 0: pure hip extension, lumbar neutral; s = 1: maximal lumbar substitution).
    /// </summary>
    LumbarPelvic,
}

/// <summary>
/// One way of performing a task: a family and its parameter (degrees of extra trunk lean for
/// <see cref="MovementStrategyFamily.TrunkLean"/>; the lumbar share s ∈ [0, 1] for
/// <see cref="MovementStrategyFamily.LumbarPelvic"/>; 0 for <see cref="MovementStrategyFamily.None"/>).
/// </summary>
/// <param name="Family">The strategy family.</param>
/// <param name="Parameter">Trunk lean offset in degrees, or lumbar share (0–1), or 0.</param>
/// <param name="Name">A readable identifier, e.g. <c>trunk-lean+10deg</c>, <c>lumbar-share-0.3</c>, <c>nominal</c>.</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record MovementStrategy(MovementStrategyFamily Family, double Parameter, string Name)
{
    /// <summary>The single strategy of tasks without alternatives.</summary>
    public static MovementStrategy Nominal { get; } = new(MovementStrategyFamily.None, 0, "nominal");

    /// <summary>A trunk-lean strategy with <paramref name="offsetDegrees"/> of extra forward lean at full depth.</summary>
    public static MovementStrategy TrunkLean(double offsetDegrees) =>
        new(MovementStrategyFamily.TrunkLean, offsetDegrees,
            FormattableString.Invariant($"trunk-lean{(offsetDegrees >= 0 ? "+" : "")}{offsetDegrees:0.#}deg"));

    /// <summary>A lumbar–pelvic strategy with lumbar share <paramref name="share"/> ∈ [0, 1].</summary>
    public static MovementStrategy LumbarPelvic(double share) =>
        new(MovementStrategyFamily.LumbarPelvic, share, FormattableString.Invariant($"lumbar-share-{share:0.##}"));
}
