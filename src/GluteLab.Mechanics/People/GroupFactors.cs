using GluteLab.Anatomy;

namespace GluteLab.Mechanics.People;

/// <summary>
/// One dimensionless factor per muscle group and side (e.g. neural capacity or strength), all 1 by default.
/// An immutable value; the <c>With</c> methods return changed copies.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GroupFactors : IEquatable<GroupFactors>
{
    private static readonly int GroupCount = MuscleGroups.All.Count;
    private readonly double[] _values;

    private GroupFactors(double[] values) => _values = values;

    /// <summary>Every group on both sides at 1.</summary>
    public static GroupFactors Ones { get; } = new(Enumerable.Repeat(1.0, 2 * GroupCount).ToArray());

    /// <summary>The factor for <paramref name="group"/> on <paramref name="side"/>.</summary>
    public double this[MuscleGroup group, Side side] => _values[Index(group, side)];

    /// <summary>A copy with the factor of <paramref name="group"/> on <paramref name="side"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public GroupFactors With(MuscleGroup group, Side side, double value)
    {
        Preconditions.CheckRange(nameof(value), value, 0, double.MaxValue);
        var copy = (double[])_values.Clone();
        copy[Index(group, side)] = value;
        return new GroupFactors(copy);
    }

    /// <summary>A copy with the factor of <paramref name="group"/> on both sides set to <paramref name="value"/>.</summary>
    public GroupFactors With(MuscleGroup group, double value) => With(group, Side.Left, value).With(group, Side.Right, value);

    /// <summary>The groups and sides whose factor is not 1, for reports.</summary>
    public IEnumerable<(MuscleGroup Group, Side Side, double Value)> Changed()
    {
        foreach (var group in MuscleGroups.All)
        {
            foreach (var side in Sides.All)
            {
                var value = this[group, side];
                if (value != 1.0) yield return (group, side, value);
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(GroupFactors? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupFactors);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values) hash.Add(value);
        return hash.ToHashCode();
    }

    private static int Index(MuscleGroup group, Side side) => (int)side * GroupCount + (int)group;
}
