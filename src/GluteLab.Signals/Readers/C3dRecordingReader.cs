using GluteLab.Signals.C3d;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Readers;

/// <summary>
/// Reads the analog channels and events of a C3D file (<see cref="C3dReader"/>) into a <see cref="Recording"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every analog channel becomes an <see cref="AnalogChannel"/> in physical units
/// ((raw − <c>ANALOG:OFFSET</c>) × <c>ANALOG:SCALE</c> × <c>ANALOG:GEN_SCALE</c>) at <c>ANALOG:RATE</c>; channels in mV or µV
/// are converted to volts, as the text readers do.</item>
/// <item>Events keep their label; their time is from the first frame. Events before the first frame are dropped with a warning.</item>
/// <item>Every reader diagnostic (what the C3D reader tolerated, with byte offset and parameter) becomes a
/// <see cref="Recording.Warnings"/> entry.</item>
/// <item>Unreadable files raise <see cref="RecordingFormatException"/> whose message gives the file, the byte offset,
/// the parameter when one is involved, and the reason.</item>
/// </list>
/// Marker trajectories are not part of a <see cref="Recording"/>; read them with <see cref="C3dReader"/>.
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
/// </remarks>
public sealed class C3dRecordingReader : IRecordingReader
{
    /// <inheritdoc />
    public string FormatName => "C3D";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".c3d"];

    /// <summary>True when the second byte is 0x50, the C3D key (C3D docs, "The Header Section", word 1).</summary>
    public bool Recognises(ReadOnlySpan<byte> head) => head.Length >= 2 && head[1] == 0x50;

    /// <inheritdoc />
    public Recording Read(Stream stream, string sourceName, RecordingReadOptions options)
    {
        Anatomy.Preconditions.CheckNotNull(stream);
        Anatomy.Preconditions.CheckNotNull(sourceName);
        C3dReadResult result;
        try
        {
            result = C3dReader.Read(stream);
        }
        catch (C3dFormatException e)
        {
            throw new RecordingFormatException(sourceName, null, null, e.Message);
        }
        return ToRecording(result, sourceName, options);
    }

    /// <summary>The recording of an already read C3D file (analog channels, events, diagnostics as warnings).</summary>
    /// <exception cref="RecordingFormatException">The file has no analog channels, a channel holds NaN or infinite values, or labels repeat.</exception>
    public static Recording ToRecording(C3dReadResult result, string sourceName, RecordingReadOptions? options = null)
    {
        Anatomy.Preconditions.CheckNotNull(result);
        var file = result.File;
        var warnings = result.Diagnostics.Select(d => d.ToString()).ToList();
        var analog = file.Analog;
        if (analog.ChannelCount == 0 || analog.SampleCount == 0)
        {
            throw new RecordingFormatException(sourceName, null, null,
                $"no analog channels (parameter ANALOG:USED is {analog.ChannelCount}, {analog.SampleCount} samples); the file holds {file.Points.PointCount} marker(s) only.");
        }
        if (!(analog.RateHz > 0) || !double.IsFinite(analog.RateHz))
        {
            throw new RecordingFormatException(sourceName, null, null, $"parameter ANALOG:RATE is {analog.RateHz}; expected a rate in Hz > 0.");
        }
        if (options?.RateHz is { } given && Math.Abs(given - analog.RateHz) > 1e-3 * analog.RateHz)
        {
            throw new RecordingFormatException(sourceName, null, null, $"--rate {given} Hz disagrees with ANALOG:RATE {analog.RateHz} Hz.");
        }
        var channels = new List<AnalogChannel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < analog.ChannelCount; c++)
        {
            var channel = analog.Channel(c);
            var label = channel.Label.Trim();
            if (label.Length == 0) label = $"ANALOG{c + 1}";
            if (!seen.Add(label))
            {
                throw new RecordingFormatException(sourceName, null, null, $"parameter ANALOG:LABELS: channel {c + 1} repeats the label '{label}'.");
            }
            var (factor, unit) = TextNumbers.ToSi(channel.Units);
            var values = channel.Values;
            var samples = new double[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    throw new RecordingFormatException(sourceName, null, null,
                        $"analog channel '{label}' (ANALOG:LABELS {c + 1}): sample {i} is {values[i]}; samples must be finite.");
                }
                samples[i] = values[i] * factor;
            }
            channels.Add(new AnalogChannel(label, analog.RateHz, samples, unit));
        }
        var events = new List<RecordingEvent>();
        foreach (var e in file.Events)
        {
            if (!double.IsFinite(e.TimeSeconds) || e.TimeSeconds < 0)
            {
                warnings.Add($"event '{e.Label}' ({e.Context}) at {e.TimeSeconds} s is before the first frame; dropped.");
                continue;
            }
            events.Add(new RecordingEvent(e.Label.Trim(), e.TimeSeconds));
        }
        return new Recording(sourceName, channels, events, warnings);
    }
}
