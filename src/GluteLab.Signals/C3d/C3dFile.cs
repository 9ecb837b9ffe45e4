using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>
/// A C3D file in memory: header values, parameters, 3D point data, analog data and events. Read one with
/// <see cref="C3dReader"/>, create one with <see cref="C3dBuilder"/>, write one with <see cref="C3dWriter"/>.
/// </summary>
/// <remarks>
/// The parameters are what gets written; <see cref="Points"/>, <see cref="Analog"/> and <see cref="Events"/> are the
/// reader's interpretation of them (with tolerated gaps filled in) plus the samples. The writer keeps the
/// parameters and only rewrites those that describe the data layout (<c>POINT:USED</c>, <c>POINT:FRAMES</c>,
/// <c>POINT:DATA_START</c>, <c>POINT:SCALE</c>, <c>ANALOG:USED</c>, and <c>ANALOG:SCALE</c>/<c>OFFSET</c> when converting
/// float samples to integers).
/// </remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dFile
{
    /// <summary>Creates a file model.</summary>
    /// <exception cref="ArgumentException">Analog samples are not <c>FrameCount × SamplesPerFrame</c>.</exception>
    public C3dFile(C3dProcessor processor, C3dStorageFormat storageFormat, C3dHeaderInfo header, C3dParameters parameters,
        C3dPointData points, C3dAnalogData analog, IEnumerable<C3dEvent> events, C3dRawSection? rotation = null)
    {
        if (analog.ChannelCount > 0 && analog.SampleCount != (long)points.FrameCount * analog.SamplesPerFrame)
        {
            throw new ArgumentException($"Analog data has {analog.SampleCount} samples per channel; {points.FrameCount} frames × {analog.SamplesPerFrame} per frame = {(long)points.FrameCount * analog.SamplesPerFrame} expected.", nameof(analog));
        }
        Processor = processor;
        StorageFormat = storageFormat;
        Header = header;
        Parameters = parameters;
        Points = points;
        Analog = analog;
        Events = [.. events];
        Rotation = rotation;
    }

    /// <summary>Processor type the file was read from (or built for).</summary>
    public C3dProcessor Processor { get; }

    /// <summary>Storage format of point and analog samples.</summary>
    public C3dStorageFormat StorageFormat { get; }

    /// <summary>Header values not derived from the parameters.</summary>
    public C3dHeaderInfo Header { get; }

    /// <summary>All parameter groups.</summary>
    public C3dParameters Parameters { get; }

    /// <summary>3D point data.</summary>
    public C3dPointData Points { get; }

    /// <summary>Analog data.</summary>
    public C3dAnalogData Analog { get; }

    /// <summary>Events from the header and the EVENT group, in time order.</summary>
    public ImmutableArray<C3dEvent> Events { get; }

    /// <summary>Rotation data as stored (not interpreted), or null. Kept on rewrite for the same processor and storage format.</summary>
    public C3dRawSection? Rotation { get; }

    /// <summary>Number of 3D frames.</summary>
    public int FrameCount => Points.FrameCount;

    /// <summary>3D frame rate, Hz.</summary>
    public double PointRateHz => Points.RateHz;

    /// <summary>Analog rate, Hz.</summary>
    public double AnalogRateHz => Analog.RateHz;

    /// <summary>The trajectory of the marker labelled <paramref name="label"/> (NaN where invalid).</summary>
    /// <exception cref="KeyNotFoundException">No such marker.</exception>
    public C3dTrajectory Trajectory(string label) => Points.Trajectory(label);

    /// <summary>The analog channel labelled <paramref name="label"/> in physical units, with its rate.</summary>
    /// <exception cref="KeyNotFoundException">No such channel.</exception>
    public C3dAnalogChannel AnalogChannel(string label) => Analog.Channel(label);

    /// <summary>
    /// Whether both files hold the same header values, parameters (optionally ignoring some <c>GROUP:NAME</c>),
    /// point and analog data and events. The processor type is not compared.
    /// </summary>
    public bool ContentEquals(C3dFile other, params string[] ignoredParameters) =>
        StorageFormat == other.StorageFormat && Header.ContentEquals(other.Header)
        && Parameters.ContentEquals(other.Parameters, ignoredParameters)
        && Points.ContentEquals(other.Points) && Analog.ContentEquals(other.Analog) && Events.SequenceEqual(other.Events)
        && (Rotation is null ? other.Rotation is null : Rotation.ContentEquals(other.Rotation));
}
