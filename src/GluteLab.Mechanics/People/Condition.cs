using GluteLab.Anatomy;

namespace GluteLab.Mechanics.People;

/// <summary>
/// A person's neuromuscular condition: the mutable-over-time state that the adaptation model advances day by day,
/// kept apart from the immutable <c>Body</c> (model / state split, as MuJoCo's mjModel / mjData).
/// Each instance is an immutable value; the pseudomutators return changed copies.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Condition
{
    /// <summary>Standing anterior pelvic tilt of the model's reference pelvis, degrees (ASIS–PSIS line).</summary>
    /// <remarks>
    /// Named assumption: 12°, the CGM23 normative mean pelvic tilt in walking (KINEMATICS.md §2.2, 10.7–12.3°) and close to
    /// the 13 ± 5° bony ASIS–PSIS angle of Preece 2008 (EVIDENCE.md §2). A person's tilt is expressed relative to it.
    /// </remarks>
    public const double ReferencePelvicTiltDegrees = 12.0;

    /// <summary>Largest accepted hip-flexor tightness (fraction of resting length lost).</summary>
    public const double MaxHipFlexorTightness = 0.3;

    /// <summary>The healthy default: full capacity and strength everywhere, no tightness, reference pelvic tilt.</summary>
    public static Condition Healthy { get; } = new();

    /// <summary>
    /// Neural capacity per group and side in [0, 1]: the highest activation the nervous system can reach
    /// (1 = fully available, lower = inhibited). It is the upper bound of each activation in recruitment.
    /// </summary>
    public GroupFactors NeuralCapacity { get; init; } = GroupFactors.Ones;

    /// <summary>
    /// Strength per group and side (&gt; 0, 1 = the model's published maximum isometric force): scales the force a
    /// muscle produces at full activation (atrophy or hypertrophy), as distinct from capacity.
    /// </summary>
    public GroupFactors Strength { get; init; } = GroupFactors.Ones;

    /// <summary>
    /// Hip-flexor tightness per side, as the fraction by which the resting length of the one-joint hip flexors
    /// (iliacus, psoas) and of rectus femoris and TFL is shortened, in [0, 0.3]. 0 = normal length.
    /// </summary>
    public double HipFlexorTightnessLeft { get; init; }

    /// <inheritdoc cref="HipFlexorTightnessLeft"/>
    public double HipFlexorTightnessRight { get; init; }

    /// <summary>Standing anterior pelvic tilt, degrees, in [−10, 40]. Default <see cref="ReferencePelvicTiltDegrees"/>.</summary>
    public double PelvicTiltDegrees { get; init; } = ReferencePelvicTiltDegrees;

    /// <summary>Tightness of <paramref name="side"/>'s hip flexors.</summary>
    public double HipFlexorTightness(Side side) => side == Side.Left ? HipFlexorTightnessLeft : HipFlexorTightnessRight;

    /// <summary>The pelvic tilt relative to the model's reference pelvis, radians (positive = more anterior).</summary>
    public double PelvicTiltOffsetRadians => (PelvicTiltDegrees - ReferencePelvicTiltDegrees) * Math.PI / 180.0;

    /// <summary>A copy with <paramref name="group"/>'s neural capacity on <paramref name="side"/> set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is NaN or outside [0, 1].</exception>
    public Condition WithCapacity(MuscleGroup group, Side side, double capacity) =>
        this with { NeuralCapacity = NeuralCapacity.With(group, side, Preconditions.CheckRange("capacity", capacity, 0, 1)) };

    /// <summary>A copy with <paramref name="group"/>'s strength on <paramref name="side"/> set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The strength is NaN, not positive, or above 3.</exception>
    public Condition WithStrength(MuscleGroup group, Side side, double strength)
    {
        Preconditions.CheckPositive("strength", strength);
        return this with { Strength = Strength.With(group, side, Preconditions.CheckRange("strength", strength, 0, 3)) };
    }

    /// <summary>A copy with <paramref name="side"/>'s hip-flexor tightness set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The tightness is NaN or outside [0, 0.3].</exception>
    public Condition WithHipFlexorTightness(Side side, double tightness)
    {
        Preconditions.CheckRange("hip flexor tightness", tightness, 0, MaxHipFlexorTightness);
        return side == Side.Left ? this with { HipFlexorTightnessLeft = tightness } : this with { HipFlexorTightnessRight = tightness };
    }

    /// <summary>A copy with the standing pelvic tilt set, degrees.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The tilt is NaN or outside [−10, 40].</exception>
    public Condition WithPelvicTiltDegrees(double degrees) =>
        this with { PelvicTiltDegrees = Preconditions.CheckRange("pelvic tilt", degrees, -10, 40) };
}
