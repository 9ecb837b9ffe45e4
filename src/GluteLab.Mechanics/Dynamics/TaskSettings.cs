using GluteLab.Anatomy;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// Who performs a task and how: the person's size, their pelvic tilt offset, the movement strategy, and optionally
/// the working side.
/// </summary>
/// <param name="Anthropometry">RigidBody mass, stature and de Leva table.</param>
/// <param name="PelvicTiltOffsetRadians">
/// Extra anterior pelvic tilt Δ of this person relative to the model's reference pelvis, rad, in [−0.5, 0.5]
/// (≈ ±29°). The task's segment goals stay in the world, so the pelvis is rotated anteriorly by Δ: hip flexion on both
/// sides += Δ and lumbar flexion −= Δ (more lordosis). External moments barely change; muscle moment arms do.
/// </param>
/// <param name="Strategy">The movement strategy; must belong to the exercise's family and range.</param>
/// <param name="WorkingSide">The side that does the work; null = the exercise's own working side.</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record TaskSettings(Anthropometry Anthropometry, double PelvicTiltOffsetRadians, MovementStrategy Strategy, Side? WorkingSide = null)
{
    /// <summary>Largest accepted |pelvic tilt offset|, rad (≈ 29°, beyond the 0–23° morphological range of Preece 2008).</summary>
    public const double MaxPelvicTiltOffsetRadians = 0.5;

    /// <summary>The default person (de Leva male, 73 kg, 1.741 m), no tilt offset, the exercise's nominal strategy.</summary>
    public static TaskSettings Nominal(Exercise exercise) => new(Anthropometry.Default, 0, exercise.NominalStrategy);
}
