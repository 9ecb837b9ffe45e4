using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// How one frame's required joint moments respond to the exercise's friction pair (<see cref="Tasks.ShearPair"/>):
/// the change per newton of pair force, and how large the pair may be. The required moments with pair force F are
/// M + F·<see cref="MomentsPerNewton"/>, |F| ≤ <see cref="LimitNewtons"/>. The default value is "no pair".
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct ShearResponse
{
    private readonly CoordinateValues _momentsPerNewton;

    internal ShearResponse(CoordinateValues momentsPerNewton, double lumbarAxialLoadPerNewton, double limitNewtons)
    {
        _momentsPerNewton = momentsPerNewton;
        LumbarAxialLoadPerNewton = lumbarAxialLoadPerNewton;
        LimitNewtons = limitNewtons;
    }

    /// <summary>Change of each required internal joint moment per newton of pair force, N·m/N (m).</summary>
    public CoordinateValues MomentsPerNewton => _momentsPerNewton;

    /// <summary>Change of the L4/L5 axial load per newton of pair force (dimensionless).</summary>
    public double LumbarAxialLoadPerNewton { get; }

    /// <summary>Largest pair force friction allows in either direction, N (0: no pair in this frame).</summary>
    public double LimitNewtons { get; }
}
