namespace GluteLab.Signals.C3d;

/// <summary>
/// The processor type a C3D file was written for (byte 4 of the parameter section header). It decides how every
/// integer and float in the file is encoded. Source: C3D community docs, "The Parameter Section / parameter header".
/// </summary>
public enum C3dProcessor
{
    /// <summary>Intel (code 84): little-endian integers, IEEE 754 little-endian floats.</summary>
    Intel = 84,

    /// <summary>DEC VAX/PDP-11 (code 85): little-endian integers, DEC F_floating floats (16-bit halves swapped, exponent bias 128 with a 0.1f mantissa).</summary>
    Dec = 85,

    /// <summary>SGI/MIPS (code 86): big-endian integers and big-endian IEEE 754 floats.</summary>
    Mips = 86,
}

/// <summary>
/// How 3D point and analog samples are stored in the data section. The sign of <c>POINT:SCALE</c> selects it
/// (C3D docs, "POINT:SCALE"): positive → 16-bit integers multiplied by the scale, negative → 32-bit floats.
/// </summary>
public enum C3dStorageFormat
{
    /// <summary>16-bit integers; coordinates are multiplied by |POINT:SCALE|.</summary>
    Integer,

    /// <summary>32-bit floats stored as-is; |POINT:SCALE| still scales the residual.</summary>
    Float,
}
