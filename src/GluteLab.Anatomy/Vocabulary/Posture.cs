namespace GluteLab.Anatomy;

/// <summary>
/// Joint angles of the whole model at one instant, in radians, one per <see cref="Coordinate"/>.
/// An immutable value; <see cref="With"/> returns a changed copy.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct Posture : IEquatable<Posture>
{
    private readonly CoordinateValues _angles;

    private Posture(CoordinateValues angles) => _angles = angles;

    /// <summary>Every angle zero: the anatomical neutral posture.</summary>
    public static Posture Neutral => default;

    /// <summary>The angle of <paramref name="coordinate"/> in radians.</summary>
    public double this[Coordinate coordinate] => _angles[(int)coordinate];

    /// <summary>The angle of <paramref name="coordinate"/> in degrees.</summary>
    public double Degrees(Coordinate coordinate) => _angles[(int)coordinate] * (180.0 / Math.PI);

    /// <summary>A copy with <paramref name="coordinate"/> set to <paramref name="radians"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The angle is NaN, infinite, or beyond ±π.</exception>
    public Posture With(Coordinate coordinate, double radians)
    {
        Preconditions.CheckRange(nameof(radians), radians, -Math.PI, Math.PI);
        var copy = _angles;
        copy[(int)coordinate] = radians;
        return new Posture(copy);
    }

    /// <summary>A copy with <paramref name="coordinate"/> set to <paramref name="degrees"/>.</summary>
    public Posture WithDegrees(Coordinate coordinate, double degrees) => With(coordinate, degrees * (Math.PI / 180.0));

    /// <summary>A copy with <paramref name="deltaRadians"/> added to <paramref name="coordinate"/>.</summary>
    public Posture Plus(Coordinate coordinate, double deltaRadians) => With(coordinate, this[coordinate] + deltaRadians);

    /// <inheritdoc />
    public bool Equals(Posture other)
    {
        for (var i = 0; i < Coordinates.Count; i++)
        {
            if (!_angles[i].Equals(other._angles[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Posture other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Coordinates.Count; i++) hash.Add(_angles[i]);
        return hash.ToHashCode();
    }

    public static bool operator ==(Posture left, Posture right) => left.Equals(right);
    public static bool operator !=(Posture left, Posture right) => !left.Equals(right);
}
