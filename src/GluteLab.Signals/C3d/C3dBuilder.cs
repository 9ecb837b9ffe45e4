using System.Collections.Immutable;
using System.Globalization;

namespace GluteLab.Signals.C3d;

/// <summary>
/// Builds a new <see cref="C3dFile"/> from labels, rates and sample arrays (e.g. synthetic EMG and markers), with
/// every parameter the spec requires: POINT (USED, SCALE, RATE, DATA_START, FRAMES, LABELS, DESCRIPTIONS, UNITS),
/// ANALOG (USED, LABELS, DESCRIPTIONS, GEN_SCALE, SCALE, OFFSET, UNITS, RATE, FORMAT, BITS), TRIAL and, when events
/// are added, EVENT. Samples are stored as floats (scale 1, offset 0), so they are kept to float precision.
/// </summary>
/// <example>
/// <code>
/// var file = new C3dBuilder(pointRateHz: 100)
///     .WithAnalogRate(1000)
///     .AddMarker("LASI", x, y, z)                 // file units (default "mm"); NaN = not visible
///     .AddAnalogChannel("EMG_GMAX_L", emg, "V")   // 10 samples per frame
///     .AddEvent("Foot Strike", 0.52, "Left")
///     .Build();
/// C3dWriter.Write(file, stream, new C3dWriteOptions(C3dProcessor.Intel));
/// </code>
/// </example>
/// <remarks>A builder is mutable and not thread-safe; the file it builds is immutable.</remarks>
public sealed class C3dBuilder
{
    private readonly double _pointRateHz;
    private double _analogRateHz;
    private string _pointUnits = "mm";
    private readonly List<(string Label, string Description, double[] X, double[] Y, double[] Z)> _markers = [];
    private readonly List<(string Label, string Description, string Units, double[] Values)> _channels = [];
    private readonly List<(string Label, string Context, string Description, double TimeSeconds)> _events = [];

    /// <summary>Starts a file with the given 3D frame rate.</summary>
    /// <param name="pointRateHz">3D frame rate, Hz (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">Rate not finite and positive.</exception>
    public C3dBuilder(double pointRateHz)
    {
        _pointRateHz = Anatomy.Preconditions.CheckPositive(nameof(pointRateHz), pointRateHz);
        _analogRateHz = pointRateHz;
    }

    /// <summary>Sets the analog rate; it must be a whole multiple of the point rate (C3D stores samples per frame).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive or not a whole multiple of the point rate.</exception>
    public C3dBuilder WithAnalogRate(double analogRateHz)
    {
        Anatomy.Preconditions.CheckPositive(nameof(analogRateHz), analogRateHz);
        double ratio = analogRateHz / _pointRateHz;
        if (Math.Abs(ratio - Math.Round(ratio)) > 1e-9 * ratio || Math.Round(ratio) < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(analogRateHz), analogRateHz, $"analogRateHz should be a whole multiple of the point rate {_pointRateHz} Hz, was {analogRateHz}.");
        }
        _analogRateHz = analogRateHz;
        return this;
    }

    /// <summary>Sets the units of marker coordinates (<c>POINT:UNITS</c>, default "mm").</summary>
    public C3dBuilder WithPointUnits(string units)
    {
        _pointUnits = Anatomy.Preconditions.CheckNotNull(units);
        return this;
    }

    /// <summary>Adds a marker trajectory: one coordinate per frame in the point units; NaN in any coordinate marks the frame invalid.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a coordinate is infinite, or the label is empty or taken.</exception>
    public C3dBuilder AddMarker(string label, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, string description = "")
    {
        CheckLabel(label, _markers.Select(m => m.Label), "marker");
        if (x.Length != y.Length || y.Length != z.Length)
        {
            throw new ArgumentException($"Marker {label}: x, y and z have {x.Length}, {y.Length} and {z.Length} samples; they must match.", nameof(x));
        }
        CheckNoInfinity(label, x);
        CheckNoInfinity(label, y);
        CheckNoInfinity(label, z);
        _markers.Add((label, description, x.ToArray(), y.ToArray(), z.ToArray()));
        return this;
    }

    /// <summary>Adds an analog channel in physical units at the analog rate (frames × samples per frame values).</summary>
    /// <exception cref="ArgumentException">A value is not finite, or the label is empty or taken.</exception>
    public C3dBuilder AddAnalogChannel(string label, ReadOnlySpan<double> samples, string units = "V", string description = "")
    {
        CheckLabel(label, _channels.Select(c => c.Label), "analog channel");
        for (int i = 0; i < samples.Length; i++)
        {
            if (!double.IsFinite(samples[i]) || Math.Abs(samples[i]) > float.MaxValue)
            {
                throw new ArgumentException($"Analog channel {label}: sample {i} is {samples[i]}; samples must be finite floats.", nameof(samples));
            }
        }
        _channels.Add((label, description, units, samples.ToArray()));
        return this;
    }

    /// <summary>Adds an event (stored in the EVENT group).</summary>
    /// <param name="label">Event label (e.g. "Foot Strike").</param>
    /// <param name="timeSeconds">Time from the first frame, seconds (≥ 0).</param>
    /// <param name="context">Context (e.g. "Left", "Right", "General").</param>
    /// <param name="description">Description.</param>
    public C3dBuilder AddEvent(string label, double timeSeconds, string context = "General", string description = "")
    {
        Anatomy.Preconditions.CheckRange(nameof(timeSeconds), timeSeconds, 0, 1e9);
        _events.Add((Anatomy.Preconditions.CheckNotNull(label), Anatomy.Preconditions.CheckNotNull(context), description, timeSeconds));
        return this;
    }

    /// <summary>Builds the file (Intel, float storage; choose others when writing).</summary>
    /// <exception cref="InvalidOperationException">Markers and channels disagree on the number of frames, or there is no data.</exception>
    public C3dFile Build()
    {
        int samplesPerFrame = (int)Math.Round(_analogRateHz / _pointRateHz);
        int frames = FrameCount(samplesPerFrame);

        double maxAbs = 0;
        var values = new float[(long)frames * _markers.Count * 4];
        for (int m = 0; m < _markers.Count; m++)
        {
            var (_, _, x, y, z) = _markers[m];
            for (int f = 0; f < frames; f++)
            {
                int i = (f * _markers.Count + m) * 4;
                bool valid = !double.IsNaN(x[f]) && !double.IsNaN(y[f]) && !double.IsNaN(z[f]);
                values[i] = valid ? (float)x[f] : 0f;
                values[i + 1] = valid ? (float)y[f] : 0f;
                values[i + 2] = valid ? (float)z[f] : 0f;
                values[i + 3] = valid ? 0f : -1f;
                if (valid) maxAbs = Math.Max(maxAbs, Math.Max(Math.Abs(x[f]), Math.Max(Math.Abs(y[f]), Math.Abs(z[f]))));
            }
        }
        // POINT:SCALE magnitude: max |coordinate| / 32000 (C3D docs, "POINT:SCALE"); negative selects float storage.
        float scale = maxAbs > 0 ? (float)(maxAbs / 32000) : 1f;

        int channels = _channels.Count;
        var raw = new float[(long)frames * samplesPerFrame * channels];
        for (int c = 0; c < channels; c++)
        {
            var v = _channels[c].Values;
            for (int s = 0; s < v.Length; s++) raw[(long)s * channels + c] = (float)v[s];
        }

        var parameters = Parameters(frames, scale, samplesPerFrame);
        var pointLabels = _markers.Select(m => m.Label).ToList();
        var points = new C3dPointData(frames, (float)_pointRateHz, pointLabels, _markers.Select(m => m.Description).ToList(), _pointUnits, scale, values);
        var analog = channels == 0
            ? C3dAnalogData.None((float)_analogRateHz)
            : new C3dAnalogData(samplesPerFrame, (float)_analogRateHz, _channels.Select(c => c.Label).ToList(), _channels.Select(c => c.Description).ToList(),
                _channels.Select(c => c.Units).ToList(), new int[channels], Enumerable.Repeat(1f, channels).ToList(), 1f, false, raw);
        var header = C3dHeaderInfo.Default;
        var events = C3dReader.ReadEvents(header, parameters, []);
        return new C3dFile(C3dProcessor.Intel, C3dStorageFormat.Float, header, parameters, points, analog, events);
    }

    private int FrameCount(int samplesPerFrame)
    {
        int? frames = null;
        string? source = null;
        foreach (var m in _markers)
        {
            if (frames is null) { frames = m.X.Length; source = $"marker {m.Label}"; }
            else if (m.X.Length != frames) throw new InvalidOperationException($"Marker {m.Label} has {m.X.Length} frames but {source} has {frames}.");
        }
        foreach (var c in _channels)
        {
            if (c.Values.Length % samplesPerFrame != 0)
            {
                throw new InvalidOperationException($"Analog channel {c.Label} has {c.Values.Length} samples, not a whole number of frames of {samplesPerFrame} samples.");
            }
            int channelFrames = c.Values.Length / samplesPerFrame;
            if (frames is null) { frames = channelFrames; source = $"analog channel {c.Label}"; }
            else if (channelFrames != frames)
            {
                throw new InvalidOperationException($"Analog channel {c.Label} covers {channelFrames} frames ({c.Values.Length} samples at {samplesPerFrame} per frame) but {source} has {frames}.");
            }
        }
        if (frames is null) throw new InvalidOperationException("Add at least one marker or analog channel before building.");
        if (frames > ushort.MaxValue) throw new InvalidOperationException($"{frames} frames; at most {ushort.MaxValue} can be written.");
        return frames.Value;
    }

    private C3dParameters Parameters(int frames, float scale, int samplesPerFrame)
    {
        int channels = _channels.Count;
        var point = new List<C3dParameter>
        {
            C3dParameter.Scalar("USED", (short)_markers.Count, "Number of 3D points"),
            C3dParameter.Scalar("SCALE", -scale, "Negative: float storage; magnitude scales residuals"),
            C3dParameter.Scalar("RATE", (float)_pointRateHz, "3D frame rate, Hz"),
            C3dParameter.Scalar("DATA_START", (short)0, "First block of the data section"),
            C3dParameter.Scalar("FRAMES", unchecked((short)(ushort)frames), "Number of 3D frames"),
            C3dParameter.Text("UNITS", _pointUnits, "Units of the coordinates"),
        };
        var analog = new List<C3dParameter>
        {
            C3dParameter.Scalar("USED", (short)channels, "Number of analog channels"),
            C3dParameter.Scalar("GEN_SCALE", 1f, "General scale factor"),
            C3dParameter.Array("SCALE", Enumerable.Repeat(1f, channels).ToArray()),
            C3dParameter.Array("OFFSET", new short[channels]),
            C3dParameter.Scalar("RATE", (float)_analogRateHz, "Analog rate, Hz"),
            C3dParameter.Text("FORMAT", "SIGNED"),
            C3dParameter.Array("BITS", [(short)16]),
        };
        var trial = new List<C3dParameter>
        {
            C3dParameter.Array("ACTUAL_START_FIELD", [(short)1, (short)0]),
            C3dParameter.Array("ACTUAL_END_FIELD", [unchecked((short)(ushort)(frames & 0xFFFF)), (short)(frames >> 16)]),
            C3dParameter.Scalar("CAMERA_RATE", (float)_pointRateHz),
        };
        var groups = new List<C3dGroup>
        {
            new(1, "POINT", "3D point parameters", false, point),
            new(2, "ANALOG", "Analog data parameters", false, analog),
            new(3, "TRIAL", "Trial parameters", false, trial),
            new(4, "MANUFACTURER", "Software that wrote the file", false, [C3dParameter.Text("COMPANY", "GluteLab"), C3dParameter.Text("SOFTWARE", "GluteLab")]),
        };
        if (_events.Count > 0)
        {
            var times = new float[2 * _events.Count];
            for (int i = 0; i < _events.Count; i++)
            {
                // EVENT:TIMES holds minutes then seconds for each event (C3D docs, "EVENT group").
                double minutes = Math.Floor(_events[i].TimeSeconds / 60);
                times[2 * i] = (float)minutes;
                times[2 * i + 1] = (float)(_events[i].TimeSeconds - 60 * minutes);
            }
            groups.Add(new C3dGroup(5, "EVENT", "Events", false,
            [
                C3dParameter.Scalar("USED", (short)_events.Count),
                C3dParameter.FromFloats("TIMES", [2, _events.Count], times),
                C3dParameter.Strings("LABELS", _events.Select(e => e.Label).ToList()),
                C3dParameter.Strings("CONTEXTS", _events.Select(e => e.Context).ToList()),
                C3dParameter.Strings("DESCRIPTIONS", _events.Select(e => e.Description).ToList()),
            ]));
        }
        var parameters = new C3dParameters(groups);
        parameters = C3dWriter.WithStrings(parameters, "POINT", "LABELS", _markers.Select(m => m.Label).ToList());
        parameters = C3dWriter.WithStrings(parameters, "POINT", "DESCRIPTIONS", _markers.Select(m => m.Description).ToList());
        parameters = C3dWriter.WithStrings(parameters, "ANALOG", "LABELS", _channels.Select(c => c.Label).ToList());
        parameters = C3dWriter.WithStrings(parameters, "ANALOG", "DESCRIPTIONS", _channels.Select(c => c.Description).ToList());
        parameters = C3dWriter.WithStrings(parameters, "ANALOG", "UNITS", _channels.Select(c => c.Units).ToList());
        return parameters;
    }

    private static void CheckLabel(string label, IEnumerable<string> taken, string what)
    {
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException($"A {what} label must not be empty.", nameof(label));
        if (taken.Contains(label.Trim(), StringComparer.OrdinalIgnoreCase)) throw new ArgumentException($"The {what} label {label} is already used.", nameof(label));
    }

    private static void CheckNoInfinity(string label, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]) || Math.Abs(values[i]) > float.MaxValue)
            {
                throw new ArgumentException($"Marker {label}: frame {i} has coordinate {values[i]}; coordinates must be finite floats (NaN marks a gap).");
            }
        }
    }
}
