using GluteLab.Anatomy;

namespace GluteLab.Mechanics.People;

/// <summary>A person to simulate: their size and their neuromuscular condition.</summary>
/// <param name="Anthropometry">Body mass, stature and de Leva table.</param>
/// <param name="Condition">Capacity, strength, tightness and pelvic tilt.</param>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed record Person(Anthropometry Anthropometry, Condition Condition)
{
    /// <summary>The default healthy person: de Leva's male reference (73 kg, 1.741 m), <see cref="Condition.Healthy"/>.</summary>
    public static Person Default { get; } = new(Anthropometry.Default, Condition.Healthy);
}
