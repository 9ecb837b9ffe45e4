namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// A 3-D vector in the model's world frame: X forward (anterior), Y up, Z to the right (OpenSim's ground frame).
/// Units are whatever the caller stores (m, N, N·m).
/// </summary>
internal readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 Zero => default;
    public static Vec3 UnitX => new(1, 0, 0);
    public static Vec3 UnitY => new(0, 1, 0);
    public static Vec3 UnitZ => new(0, 0, 1);

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec3 operator -(Vec3 a) => new(-a.X, -a.Y, -a.Z);
    public static Vec3 operator *(double s, Vec3 a) => new(s * a.X, s * a.Y, s * a.Z);
    public static Vec3 operator *(Vec3 a, double s) => new(s * a.X, s * a.Y, s * a.Z);

    public double Dot(Vec3 b) => X * b.X + Y * b.Y + Z * b.Z;

    public Vec3 Cross(Vec3 b) => new(Y * b.Z - Z * b.Y, Z * b.X - X * b.Z, X * b.Y - Y * b.X);

    public double Length => Math.Sqrt(Dot(this));

    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y) && double.IsFinite(Z);
}

/// <summary>A 3×3 rotation matrix (row-major). Columns are the rotated frame's axes in the parent frame.</summary>
internal readonly struct Rot3
{
    public readonly double M00, M01, M02, M10, M11, M12, M20, M21, M22;

    public Rot3(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21, double m22)
    {
        M00 = m00; M01 = m01; M02 = m02;
        M10 = m10; M11 = m11; M12 = m12;
        M20 = m20; M21 = m21; M22 = m22;
    }

    public static Rot3 Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Rotation by <paramref name="angle"/> (rad, right-handed) about X.</summary>
    public static Rot3 AboutX(double angle)
    {
        var (s, c) = Math.SinCos(angle);
        return new Rot3(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /// <summary>Rotation by <paramref name="angle"/> (rad, right-handed) about Y.</summary>
    public static Rot3 AboutY(double angle)
    {
        var (s, c) = Math.SinCos(angle);
        return new Rot3(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /// <summary>Rotation by <paramref name="angle"/> (rad, right-handed) about Z.</summary>
    public static Rot3 AboutZ(double angle)
    {
        var (s, c) = Math.SinCos(angle);
        return new Rot3(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    public static Rot3 operator *(Rot3 a, Rot3 b) => new(
        a.M00 * b.M00 + a.M01 * b.M10 + a.M02 * b.M20, a.M00 * b.M01 + a.M01 * b.M11 + a.M02 * b.M21, a.M00 * b.M02 + a.M01 * b.M12 + a.M02 * b.M22,
        a.M10 * b.M00 + a.M11 * b.M10 + a.M12 * b.M20, a.M10 * b.M01 + a.M11 * b.M11 + a.M12 * b.M21, a.M10 * b.M02 + a.M11 * b.M12 + a.M12 * b.M22,
        a.M20 * b.M00 + a.M21 * b.M10 + a.M22 * b.M20, a.M20 * b.M01 + a.M21 * b.M11 + a.M22 * b.M21, a.M20 * b.M02 + a.M21 * b.M12 + a.M22 * b.M22);

    public static Vec3 operator *(Rot3 a, Vec3 v) => new(
        a.M00 * v.X + a.M01 * v.Y + a.M02 * v.Z,
        a.M10 * v.X + a.M11 * v.Y + a.M12 * v.Z,
        a.M20 * v.X + a.M21 * v.Y + a.M22 * v.Z);

    public Rot3 Transposed => new(M00, M10, M20, M01, M11, M21, M02, M12, M22);

    public Vec3 AxisX => new(M00, M10, M20);
    public Vec3 AxisY => new(M01, M11, M21);
    public Vec3 AxisZ => new(M02, M12, M22);

    /// <summary>The rotation vector of a small rotation (the skew part of the matrix), rad.</summary>
    public Vec3 SmallAngle => new(0.5 * (M21 - M12), 0.5 * (M02 - M20), 0.5 * (M10 - M01));
}
