namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// Where an abscissa falls among a spline's knots: the segment and the offset into it, found once and reused by every
/// spline tabulated on the same knots (the moment-arm tables share a handful of angle grids).
/// </summary>
/// <remarks>Only abscissae strictly inside the knot range are located; at or beyond the end knots the splines fall back
/// to their own evaluation, so a located evaluation gives exactly the numbers of the unlocated one.</remarks>
internal readonly struct KnotLocation
{
    private KnotLocation(double x, int segment, double offset)
    {
        X = x;
        Segment = segment;
        Offset = offset;
    }

    /// <summary>The abscissa.</summary>
    public double X { get; }

    /// <summary>Segment index i with knots[i] ≤ x &lt; knots[i + 1], or −1 when x is not strictly inside the knots.</summary>
    public int Segment { get; }

    /// <summary>x − knots[i] (0 when not inside).</summary>
    public double Offset { get; }

    /// <summary>True when x lies strictly between the first and last knot.</summary>
    public bool IsInside => Segment >= 0;

    /// <summary>Locates <paramref name="x"/> among <paramref name="knots"/> (strictly increasing, at least two).</summary>
    public static KnotLocation Find(ReadOnlySpan<double> knots, double x)
    {
        if (knots.Length < 2 || !(x > knots[0]) || !(x < knots[^1])) return new KnotLocation(x, -1, 0);
        // Tables here have ≤ 12 knots: a linear scan beats a binary search (the same scan as NaturalCubicSpline's).
        var i = 0;
        while (i < knots.Length - 2 && x >= knots[i + 1]) i++;
        return new KnotLocation(x, i, x - knots[i]);
    }
}
