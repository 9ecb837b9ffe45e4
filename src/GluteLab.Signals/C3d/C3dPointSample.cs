namespace GluteLab.Signals.C3d;

/// <summary>
/// One 3D point in one frame: coordinates in the file's units (<c>POINT:UNITS</c>, usually mm) and the fourth
/// word, which packs the residual (low byte × |POINT:SCALE|) and the camera mask (high byte); a negative fourth
/// word means the point is invalid (C3D docs, "3D point data").
/// </summary>
/// <param name="X">X coordinate, file units.</param>
/// <param name="Y">Y coordinate, file units.</param>
/// <param name="Z">Z coordinate, file units.</param>
/// <param name="ResidualWord">The fourth word as stored (an integer value, kept exactly).</param>
/// <param name="ResidualScale">|POINT:SCALE|, the unit of the residual's low byte.</param>
public readonly record struct C3dPointSample(float X, float Y, float Z, float ResidualWord, float ResidualScale)
{
    /// <summary>Whether the point was measured (fourth word ≥ 0).</summary>
    public bool IsValid => !(ResidualWord < 0) && !float.IsNaN(ResidualWord);

    /// <summary>Residual in file units (low byte × |scale|), or NaN for an invalid point.</summary>
    public double Residual => IsValid ? (WordAsInt & 0xFF) * (double)ResidualScale : double.NaN;

    /// <summary>Bit mask of the cameras that saw the point (high byte), 0 for an invalid point.</summary>
    public byte CameraMask => IsValid ? (byte)((WordAsInt >> 8) & 0x7F) : (byte)0;

    private int WordAsInt => ResidualWord >= short.MinValue && ResidualWord <= ushort.MaxValue ? (int)ResidualWord : 0;
}
