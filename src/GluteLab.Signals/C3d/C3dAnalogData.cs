using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>
/// The analog data of a file: <see cref="SampleCount"/> samples × <see cref="ChannelCount"/> channels of raw
/// stored values (sample-major, as in the file), with the per-channel conversion to physical units:
/// value = (raw − OFFSET[ch]) × SCALE[ch] × GEN_SCALE (C3D docs, "ANALOG:OFFSET", "ANALOG:SCALE", "ANALOG:GEN_SCALE").
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dAnalogData
{
    private readonly float[] _raw;

    /// <summary>Creates analog data.</summary>
    /// <param name="samplesPerFrame">Analog samples per 3D frame (≥ 0).</param>
    /// <param name="rateHz">Analog rate, Hz (≥ 0).</param>
    /// <param name="labels">One label per channel.</param>
    /// <param name="descriptions">Descriptions (missing ones read as "").</param>
    /// <param name="units">Units per channel (missing ones read as "").</param>
    /// <param name="offsets">OFFSET per channel (one per label).</param>
    /// <param name="scales">SCALE per channel (one per label).</param>
    /// <param name="generalScale">GEN_SCALE.</param>
    /// <param name="isUnsigned">Whether raw integers are unsigned (<c>ANALOG:FORMAT = UNSIGNED</c>).</param>
    /// <param name="raw">sampleCount × channels raw values; taken, not copied.</param>
    /// <exception cref="ArgumentException">Lengths do not match.</exception>
    public C3dAnalogData(int samplesPerFrame, double rateHz, IReadOnlyList<string> labels, IReadOnlyList<string> descriptions,
        IReadOnlyList<string> units, IReadOnlyList<int> offsets, IReadOnlyList<float> scales, float generalScale, bool isUnsigned, float[] raw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samplesPerFrame);
        if (!double.IsFinite(rateHz) || rateHz < 0) throw new ArgumentOutOfRangeException(nameof(rateHz), rateHz, $"rateHz should be a finite number ≥ 0, was {rateHz}.");
        if (offsets.Count != labels.Count || scales.Count != labels.Count)
        {
            throw new ArgumentException($"Analog data has {labels.Count} labels but {offsets.Count} offsets and {scales.Count} scales.", nameof(offsets));
        }
        if (labels.Count > 0 && raw.Length % labels.Count != 0)
        {
            throw new ArgumentException($"{raw.Length} raw values is not a whole number of samples of {labels.Count} channels.", nameof(raw));
        }
        if (labels.Count == 0 && raw.Length != 0) throw new ArgumentException("Raw analog values without channels.", nameof(raw));
        SamplesPerFrame = samplesPerFrame;
        RateHz = rateHz;
        Labels = [.. labels];
        Descriptions = [.. Enumerable.Range(0, labels.Count).Select(i => i < descriptions.Count ? descriptions[i] : "")];
        Units = [.. Enumerable.Range(0, labels.Count).Select(i => i < units.Count ? units[i] : "")];
        Offsets = [.. offsets];
        Scales = [.. scales];
        GeneralScale = generalScale;
        IsUnsigned = isUnsigned;
        _raw = raw;
    }

    /// <summary>No channels.</summary>
    public static C3dAnalogData None(double rateHz = 0) => new(0, rateHz, [], [], [], [], [], 1f, false, []);

    /// <summary>Analog samples per 3D frame.</summary>
    public int SamplesPerFrame { get; }

    /// <summary>Analog rate, Hz.</summary>
    public double RateHz { get; }

    /// <summary>Channel labels.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Channel descriptions.</summary>
    public ImmutableArray<string> Descriptions { get; }

    /// <summary>Channel units.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary><c>ANALOG:OFFSET</c> per channel (read unsigned when <see cref="IsUnsigned"/>).</summary>
    public ImmutableArray<int> Offsets { get; }

    /// <summary><c>ANALOG:SCALE</c> per channel.</summary>
    public ImmutableArray<float> Scales { get; }

    /// <summary><c>ANALOG:GEN_SCALE</c>.</summary>
    public float GeneralScale { get; }

    /// <summary>Whether integer samples are unsigned 16-bit (<c>ANALOG:FORMAT = UNSIGNED</c>).</summary>
    public bool IsUnsigned { get; }

    /// <summary>Number of channels.</summary>
    public int ChannelCount => Labels.Length;

    /// <summary>Samples per channel.</summary>
    public int SampleCount => ChannelCount == 0 ? 0 : _raw.Length / ChannelCount;

    /// <summary>Raw stored values, sample-major: [sample][channel].</summary>
    public ReadOnlySpan<float> RawValues => _raw;

    /// <summary>Raw value of one sample of one channel.</summary>
    public float Raw(int sample, int channel) => _raw[sample * ChannelCount + channel];

    /// <summary>Physical value of one sample of one channel.</summary>
    public double Value(int sample, int channel) => ToPhysical(_raw[sample * ChannelCount + channel], channel);

    /// <summary>Converts a raw value of <paramref name="channel"/> to physical units.</summary>
    public double ToPhysical(float raw, int channel) => (raw - (double)Offsets[channel]) * Scales[channel] * GeneralScale;

    /// <summary>Index of the channel labelled <paramref name="label"/> (trimmed, case-insensitive), or −1.</summary>
    public int IndexOf(string label)
    {
        var wanted = label.Trim();
        for (int i = 0; i < Labels.Length; i++)
        {
            if (string.Equals(Labels[i].Trim(), wanted, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>Raw values of one channel.</summary>
    public float[] RawChannel(int channel)
    {
        CheckChannel(channel);
        var result = new float[SampleCount];
        for (int s = 0, i = channel; s < result.Length; s++, i += ChannelCount) result[s] = _raw[i];
        return result;
    }

    /// <summary>One channel in physical units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such channel.</exception>
    public C3dAnalogChannel Channel(int channel)
    {
        CheckChannel(channel);
        var values = new double[SampleCount];
        double offset = Offsets[channel];
        double factor = (double)Scales[channel] * GeneralScale;
        for (int s = 0, i = channel; s < values.Length; s++, i += ChannelCount) values[s] = (_raw[i] - offset) * factor;
        return new C3dAnalogChannel(Labels[channel], Descriptions[channel], Units[channel], RateHz, values);
    }

    /// <summary>The channel labelled <paramref name="label"/> in physical units.</summary>
    /// <exception cref="KeyNotFoundException">No channel has that label; the message lists the labels.</exception>
    public C3dAnalogChannel Channel(string label)
    {
        int index = IndexOf(label);
        if (index < 0) throw new KeyNotFoundException($"No analog channel labelled \"{label}\"; the file has: {string.Join(", ", Labels.Take(40))}{(Labels.Length > 40 ? ", …" : "")}.");
        return Channel(index);
    }

    /// <summary>Tries to get the channel labelled <paramref name="label"/>.</summary>
    public bool TryGetChannel(string label, out C3dAnalogChannel channel)
    {
        int index = IndexOf(label);
        channel = index >= 0 ? Channel(index) : null!;
        return index >= 0;
    }

    /// <summary>Whether both hold the same layout, conversion and raw values (float equality; NaN equals NaN).</summary>
    public bool ContentEquals(C3dAnalogData other) =>
        SamplesPerFrame == other.SamplesPerFrame && RateHz.Equals(other.RateHz) && Labels.SequenceEqual(other.Labels)
        && Descriptions.SequenceEqual(other.Descriptions) && Units.SequenceEqual(other.Units) && Offsets.SequenceEqual(other.Offsets)
        && Scales.SequenceEqual(other.Scales) && GeneralScale.Equals(other.GeneralScale) && IsUnsigned == other.IsUnsigned
        && C3dPointData.ValuesEqual(_raw, other._raw);

    private void CheckChannel(int channel)
    {
        if ((uint)channel >= (uint)ChannelCount) throw new ArgumentOutOfRangeException(nameof(channel), channel, $"channel should be in [0, {ChannelCount - 1}].");
    }
}
