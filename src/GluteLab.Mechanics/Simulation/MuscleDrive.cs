using GluteLab.Anatomy;
using GluteLab.Anatomy.Muscles;
using GluteLab.Mechanics.People;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// A person's muscles ready for recruitment: the muscle set scaled to the person, and per muscle the neural capacity,
/// strength factor and resting-length shortening that their <see cref="Condition"/> gives. One strength factor reaches
/// every force term (active and passive), so weakness is never half-applied.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MuscleDrive
{
    private readonly double[] _capacity;
    private readonly double[] _strength;
    private readonly double[] _shortening;

    private MuscleDrive(MuscleSet muscles, Condition condition, double[] capacity, double[] strength, double[] shortening)
    {
        Muscles = muscles;
        Condition = condition;
        _capacity = capacity;
        _strength = strength;
        _shortening = shortening;
    }

    /// <summary>The muscles, already scaled to the person.</summary>
    public MuscleSet Muscles { get; }

    /// <summary>The condition the factors come from.</summary>
    public Condition Condition { get; }

    /// <summary>Number of muscles.</summary>
    public int Count => Muscles.Count;

    /// <summary>Upper bound of each muscle's activation, in [0, 1].</summary>
    public ReadOnlySpan<double> Capacity => _capacity;

    /// <summary>Each muscle's strength factor (multiplies Fmax).</summary>
    public ReadOnlySpan<double> Strength => _strength;

    /// <summary>Each muscle's resting-length shortening fraction (tightness), in [0, 0.3].</summary>
    public ReadOnlySpan<double> RestingLengthShortening => _shortening;

    /// <summary>
    /// Maps a condition onto a muscle set. Hip-flexor tightness shortens iliacus, psoas, rectus femoris and tensor fasciae
    /// latae on that side (the muscles Janda's Lower Crossed Syndrome names as short and tight, EVIDENCE.md §2).
    /// </summary>
    public static MuscleDrive Create(MuscleSet muscles, Condition condition)
    {
        ArgumentNullException.ThrowIfNull(muscles);
        ArgumentNullException.ThrowIfNull(condition);
        var n = muscles.Count;
        var capacity = new double[n];
        var strength = new double[n];
        var shortening = new double[n];
        for (var i = 0; i < n; i++)
        {
            var muscle = muscles[i];
            capacity[i] = condition.NeuralCapacity[muscle.Group, muscle.Side];
            strength[i] = condition.Strength[muscle.Group, muscle.Side];
            shortening[i] = IsHipFlexor(muscle.Group) ? condition.HipFlexorTightness(muscle.Side) : 0.0;
        }
        return new MuscleDrive(muscles, condition, capacity, strength, shortening);
    }

    /// <summary>True for the groups whose resting length hip-flexor tightness shortens.</summary>
    public static bool IsHipFlexor(MuscleGroup group) =>
        group is MuscleGroup.Iliopsoas or MuscleGroup.RectusFemoris or MuscleGroup.TensorFasciaeLatae;
}
