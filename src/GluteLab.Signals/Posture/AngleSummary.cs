namespace GluteLab.Signals.Pelvis;

/// <summary>Mean, sample SD, minimum and maximum of an angle over the valid frames of a phase, degrees.</summary>
/// <param name="MeanDegrees">Mean, degrees.</param>
/// <param name="SdDegrees">Sample standard deviation (n − 1), degrees; 0 for one frame.</param>
/// <param name="MinDegrees">Minimum, degrees.</param>
/// <param name="MaxDegrees">Maximum, degrees.</param>
public sealed record AngleSummary(double MeanDegrees, double SdDegrees, double MinDegrees, double MaxDegrees)
{
    /// <summary>Excursion max − min, degrees.</summary>
    public double RangeDegrees => MaxDegrees - MinDegrees;

    /// <summary>The summary of the finite values of <paramref name="radians"/>, or null when there are none.</summary>
    public static AngleSummary? Of(IEnumerable<double> radians)
    {
        var degrees = radians.Where(double.IsFinite).Select(r => r * 180 / Math.PI).ToArray();
        if (degrees.Length == 0) return null;
        var mean = degrees.Average();
        var sd = degrees.Length > 1 ? Math.Sqrt(degrees.Sum(d => (d - mean) * (d - mean)) / (degrees.Length - 1)) : 0;
        return new AngleSummary(mean, sd, degrees.Min(), degrees.Max());
    }
}

/// <summary>Pelvic tilt and obliquity over one movement phase.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Frames">Frames in the phase.</param>
/// <param name="ValidFrames">Frames with every pelvis marker visible.</param>
/// <param name="Tilt">Tilt over the valid frames (anterior positive), or null when none is valid.</param>
/// <param name="Obliquity">Obliquity over the valid frames (right side up positive), or null.</param>
public sealed record PelvicPhaseSummary(MovementPhase Phase, int Frames, int ValidFrames, AngleSummary? Tilt, AngleSummary? Obliquity);
