namespace GluteLab.Signals.C3d;

/// <summary>The data type of a C3D parameter (type byte of a parameter record; C3D docs, "Parameter format").</summary>
public enum C3dParameterType : sbyte
{
    /// <summary>Characters (1 byte each); a 2-D array holds strings of the first dimension's length.</summary>
    Char = -1,

    /// <summary>Unsigned bytes.</summary>
    Byte = 1,

    /// <summary>Signed 16-bit integers (some parameters, e.g. <c>POINT:FRAMES</c>, are read as unsigned).</summary>
    Int16 = 2,

    /// <summary>32-bit floats.</summary>
    Float = 4,
}
