using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>
/// The 3D point data of a file: <see cref="FrameCount"/> × <see cref="PointCount"/> × (x, y, z, fourth word),
/// frame-major. Coordinates are in file units (integer storage already multiplied by |POINT:SCALE|, float storage
/// exactly as stored); the fourth word is kept as stored so rewriting is exact.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dPointData
{
    private readonly float[] _values;

    /// <summary>Creates point data.</summary>
    /// <param name="frameCount">Frames (≥ 0).</param>
    /// <param name="rateHz">Frame rate, Hz (≥ 0; 0 only when unknown).</param>
    /// <param name="labels">One label per point.</param>
    /// <param name="descriptions">One description per point (may be shorter; missing ones read as "").</param>
    /// <param name="units">Units of the coordinates (e.g. "mm").</param>
    /// <param name="residualScale">|POINT:SCALE| (&gt; 0): residual unit and, for integer storage, coordinate unit.</param>
    /// <param name="values">frameCount × labels.Count × 4 values; the array is taken, not copied.</param>
    /// <exception cref="ArgumentException">The value count does not match, or a count/rate/scale is out of range.</exception>
    public C3dPointData(int frameCount, double rateHz, IReadOnlyList<string> labels, IReadOnlyList<string> descriptions, string units,
        float residualScale, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        if (!double.IsFinite(rateHz) || rateHz < 0) throw new ArgumentOutOfRangeException(nameof(rateHz), rateHz, $"rateHz should be a finite number ≥ 0, was {rateHz}.");
        if (!float.IsFinite(residualScale) || residualScale <= 0) throw new ArgumentOutOfRangeException(nameof(residualScale), residualScale, $"residualScale should be > 0, was {residualScale}.");
        if (values.Length != (long)frameCount * labels.Count * 4)
        {
            throw new ArgumentException($"Point data needs {frameCount} frames × {labels.Count} points × 4 = {(long)frameCount * labels.Count * 4} values, got {values.Length}.", nameof(values));
        }
        FrameCount = frameCount;
        RateHz = rateHz;
        Labels = [.. labels];
        Descriptions = [.. Enumerable.Range(0, labels.Count).Select(i => i < descriptions.Count ? descriptions[i] : "")];
        Units = units;
        ResidualScale = residualScale;
        _values = values;
    }

    /// <summary>Number of frames.</summary>
    public int FrameCount { get; }

    /// <summary>Number of points per frame.</summary>
    public int PointCount => Labels.Length;

    /// <summary>Frame rate, Hz.</summary>
    public double RateHz { get; }

    /// <summary>Point labels.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Point descriptions.</summary>
    public ImmutableArray<string> Descriptions { get; }

    /// <summary>Coordinate units (e.g. "mm").</summary>
    public string Units { get; }

    /// <summary>|POINT:SCALE| (&gt; 0).</summary>
    public float ResidualScale { get; }

    /// <summary>All values, frame-major: [frame][point][x, y, z, fourth word].</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>One point in one frame.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Frame or point out of range.</exception>
    public C3dPointSample this[int frame, int point]
    {
        get
        {
            if ((uint)frame >= (uint)FrameCount) throw new ArgumentOutOfRangeException(nameof(frame), frame, $"frame should be in [0, {FrameCount - 1}].");
            if ((uint)point >= (uint)PointCount) throw new ArgumentOutOfRangeException(nameof(point), point, $"point should be in [0, {PointCount - 1}].");
            int i = (frame * PointCount + point) * 4;
            return new C3dPointSample(_values[i], _values[i + 1], _values[i + 2], _values[i + 3], ResidualScale);
        }
    }

    /// <summary>Index of the point labelled <paramref name="label"/> (trimmed, case-insensitive), or −1.</summary>
    public int IndexOf(string label)
    {
        var wanted = label.Trim();
        for (int i = 0; i < Labels.Length; i++)
        {
            if (string.Equals(Labels[i].Trim(), wanted, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>The trajectory of point <paramref name="point"/> (NaN where invalid).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such point.</exception>
    public C3dTrajectory Trajectory(int point)
    {
        if ((uint)point >= (uint)PointCount) throw new ArgumentOutOfRangeException(nameof(point), point, $"point should be in [0, {PointCount - 1}].");
        var x = new double[FrameCount];
        var y = new double[FrameCount];
        var z = new double[FrameCount];
        var r = new double[FrameCount];
        for (int f = 0; f < FrameCount; f++)
        {
            var s = this[f, point];
            bool valid = s.IsValid;
            x[f] = valid ? s.X : double.NaN;
            y[f] = valid ? s.Y : double.NaN;
            z[f] = valid ? s.Z : double.NaN;
            r[f] = s.Residual;
        }
        return new C3dTrajectory(Labels[point], Units, RateHz, x, y, z, r);
    }

    /// <summary>The trajectory of the marker labelled <paramref name="label"/>.</summary>
    /// <exception cref="KeyNotFoundException">No point has that label; the message lists the closest labels.</exception>
    public C3dTrajectory Trajectory(string label)
    {
        int index = IndexOf(label);
        if (index < 0) throw new KeyNotFoundException($"No marker labelled \"{label}\"; the file has: {string.Join(", ", Labels.Take(40))}{(Labels.Length > 40 ? ", …" : "")}.");
        return Trajectory(index);
    }

    /// <summary>Tries to get the trajectory of the marker labelled <paramref name="label"/>.</summary>
    public bool TryGetTrajectory(string label, out C3dTrajectory trajectory)
    {
        int index = IndexOf(label);
        trajectory = index >= 0 ? Trajectory(index) : null!;
        return index >= 0;
    }

    /// <summary>Whether both hold the same frames, labels, units, scale and values (float equality; NaN equals NaN).</summary>
    public bool ContentEquals(C3dPointData other) =>
        FrameCount == other.FrameCount && RateHz.Equals(other.RateHz) && Labels.SequenceEqual(other.Labels)
        && Descriptions.SequenceEqual(other.Descriptions) && Units == other.Units && ResidualScale.Equals(other.ResidualScale)
        && ValuesEqual(_values, other._values);

    internal static bool ValuesEqual(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i])) return false; // float.Equals: NaN equals NaN
        }
        return true;
    }
}
