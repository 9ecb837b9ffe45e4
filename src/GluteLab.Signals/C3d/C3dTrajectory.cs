namespace GluteLab.Signals.C3d;

/// <summary>
/// The trajectory of one marker: one sample per 3D frame, NaN where the point is invalid. Coordinates are in
/// the file's units (<see cref="Units"/>); multiply by <see cref="MetresPerUnit"/> for metres.
/// </summary>
/// <param name="Label">Marker label (e.g. "LASI").</param>
/// <param name="Units">Units of the coordinates as stored in <c>POINT:UNITS</c> (e.g. "mm").</param>
/// <param name="RateHz">Sampling rate, Hz (<c>POINT:RATE</c>).</param>
/// <param name="X">X per frame, file units, NaN when invalid.</param>
/// <param name="Y">Y per frame, file units, NaN when invalid.</param>
/// <param name="Z">Z per frame, file units, NaN when invalid.</param>
/// <param name="Residual">Residual per frame, file units, NaN when invalid.</param>
public sealed record C3dTrajectory(string Label, string Units, double RateHz, double[] X, double[] Y, double[] Z, double[] Residual)
{
    /// <summary>Number of frames.</summary>
    public int FrameCount => X.Length;

    /// <summary>Metres per file unit: 0.001 for "mm", 0.01 for "cm", 1 for "m"; NaN when the units are not recognised.</summary>
    public double MetresPerUnit => UnitsToMetres(Units);

    /// <summary>Metres per unit for a length unit name ("mm", "cm", "m", "dm", "in"), NaN otherwise.</summary>
    public static double UnitsToMetres(string units) => units.Trim().ToLowerInvariant() switch
    {
        "mm" => 1e-3,
        "cm" => 1e-2,
        "dm" => 1e-1,
        "m" => 1.0,
        "in" => 0.0254, // exact by definition of the international inch
        _ => double.NaN,
    };
}
