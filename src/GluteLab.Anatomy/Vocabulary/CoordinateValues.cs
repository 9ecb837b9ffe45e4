using System.Runtime.CompilerServices;

namespace GluteLab.Anatomy;

/// <summary>One value per <see cref="Coordinate"/>, stored inline (no heap allocation).</summary>
[InlineArray(Coordinates.Count)]
public struct CoordinateValues
{
    private double _element0;
}
