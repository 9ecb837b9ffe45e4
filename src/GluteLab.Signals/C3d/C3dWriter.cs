using System.Collections.Immutable;
using System.Text;

namespace GluteLab.Signals.C3d;

/// <summary>
/// Writes a <see cref="C3dFile"/> to the spec (C3D docs, "The Header Section", "The Parameter Section"): header block,
/// parameter section at block 2 padded to whole 512-byte blocks, data section from <c>DATA_START</c>, file padded to
/// a whole block. Header words are written from the parameters, so they always agree. Any processor type and either
/// storage format can be chosen; reading the output gives back the same model when the processor is the only change.
/// </summary>
/// <remarks>
/// Rotation data (<see cref="C3dFile.Rotation"/>) is copied as stored when the processor and storage format do not
/// change; otherwise the <c>ROTATION</c> group is dropped, because its data cannot be converted.
/// Converting float samples to integer storage chooses a new <c>POINT:SCALE</c> (max |coordinate| / 32000, the
/// spec's recommendation) and new per-channel <c>ANALOG:SCALE</c> with offset 0 when the stored values do not fit,
/// which is lossy by nature.
/// </remarks>
public static class C3dWriter
{
    private const int BlockSize = 512;

    /// <summary>Writes <paramref name="file"/> to <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">A value cannot be represented in the chosen processor/storage (e.g. NaN as a DEC float), or the file exceeds a format limit (65535 frames, 255 parameter blocks).</exception>
    public static void Write(C3dFile file, Stream destination, C3dWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(ToBytes(file, options));
    }

    /// <summary>Encodes <paramref name="file"/> as C3D bytes.</summary>
    /// <exception cref="ArgumentException">See <see cref="Write"/>.</exception>
    public static byte[] ToBytes(C3dFile file, C3dWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        options ??= new C3dWriteOptions();
        var processor = options.Processor;
        if (!C3dBinary.IsProcessorCode((int)processor)) throw new ArgumentException($"Unknown processor {processor}.", nameof(options));
        var storage = options.StorageFormat ?? file.StorageFormat;
        var points = file.Points;
        var analog = file.Analog;
        int frames = points.FrameCount;
        if (frames > ushort.MaxValue) throw new ArgumentException($"The file has {frames} frames; the writer supports at most {ushort.MaxValue}.", nameof(file));
        if (points.PointCount > short.MaxValue || analog.ChannelCount > short.MaxValue)
        {
            throw new ArgumentException($"At most {short.MaxValue} points and channels can be written.", nameof(file));
        }

        float scale = PointScaleFor(points, file.StorageFormat, storage);
        var analogRaw = AnalogRawFor(analog, storage, out var newAnalogScales);
        // Rotation data is kept as stored, so only when its encoding does not change.
        var rotation = file.Rotation is { } r && processor == file.Processor && storage == file.StorageFormat ? r : null;
        var parameters = SyncParameters(file, storage, scale, newAnalogScales);
        if (rotation is null) parameters = parameters.WithoutGroup(file.Rotation?.Group ?? "ROTATION");

        // Parameter section: size first (DATA_START has a fixed size), then the real DATA_START.
        parameters = Set(parameters, "POINT", "DATA_START", 0);
        int blocks = BlocksFor(C3dParameterSectionWriter.Encode(parameters, processor).Length, file.Header.ParameterBlockCount);
        int dataStart = 2 + blocks;
        if (dataStart > ushort.MaxValue) throw new ArgumentException("The parameter section is too large.", nameof(file));
        parameters = Set(parameters, "POINT", "DATA_START", dataStart);
        var records = C3dParameterSectionWriter.Encode(parameters, processor);

        int wordSize = storage == C3dStorageFormat.Float ? 4 : 2;
        long frameWords = (long)points.PointCount * 4 + (long)analog.ChannelCount * analog.SamplesPerFrame;
        long dataBytes = frameWords * wordSize * frames;
        long total = (long)(dataStart - 1) * BlockSize + dataBytes;
        total = (total + BlockSize - 1) / BlockSize * BlockSize;
        long rotationBlock = 0;
        if (rotation is not null)
        {
            rotationBlock = Math.Max(total / BlockSize + 1, (long)dataStart + rotation.BlocksAfterDataStart);
            if (rotationBlock > ushort.MaxValue) throw new ArgumentException("The rotation data would start beyond block 65535.", nameof(file));
            parameters = Set(parameters, rotation.Group, "DATA_START", (int)rotationBlock);
            records = C3dParameterSectionWriter.Encode(parameters, processor);
            total = (rotationBlock - 1) * BlockSize + rotation.Bytes.Length;
            total = (total + BlockSize - 1) / BlockSize * BlockSize;
        }
        if (total > Array.MaxLength) throw new ArgumentException("The file would be too large to write in one piece.", nameof(file));
        var bytes = new byte[total];

        WriteHeader(bytes, file, processor, storage, scale, dataStart);
        var section = bytes.AsSpan(BlockSize, blocks * BlockSize);
        section[0] = 1;
        section[1] = 0x50;
        section[2] = (byte)blocks;
        section[3] = (byte)processor;
        records.CopyTo(section[4..]);

        WriteData(bytes.AsSpan((dataStart - 1) * BlockSize), points, analog, analogRaw, processor, storage, scale);
        rotation?.Bytes.Span.CopyTo(bytes.AsSpan((int)((rotationBlock - 1) * BlockSize)));
        return bytes;
    }

    private static int BlocksFor(int recordBytes, int minimumBlocks)
    {
        int blocks = (4 + recordBytes + BlockSize - 1) / BlockSize;
        blocks = Math.Max(blocks, Math.Min(minimumBlocks, 255));
        if (blocks > 255) throw new ArgumentException($"The parameters need {blocks} blocks; a C3D parameter section holds at most 255.");
        return Math.Max(blocks, 1);
    }

    /// <summary>|POINT:SCALE| to write: the model's, unless float samples must become integers that would not fit.</summary>
    private static float PointScaleFor(C3dPointData points, C3dStorageFormat from, C3dStorageFormat to)
    {
        float scale = points.ResidualScale;
        if (to == C3dStorageFormat.Float || from == C3dStorageFormat.Integer) return scale;
        double max = 0;
        var v = points.Values;
        for (int i = 0; i < v.Length; i += 4)
        {
            if (!(v[i + 3] >= 0)) continue;
            max = Math.Max(max, Math.Max(Math.Abs((double)v[i]), Math.Max(Math.Abs((double)v[i + 1]), Math.Abs((double)v[i + 2]))));
        }
        if (double.IsNaN(max) || double.IsInfinity(max)) throw new ArgumentException("A valid point has a non-finite coordinate; it cannot be stored as an integer.");
        // Recommended scale: max |coordinate| / 32000 (C3D docs, "POINT:SCALE").
        return max / scale > 32000 ? (float)(max / 32000) : scale;
    }

    /// <summary>Raw analog values to write, rescaled per channel when float samples do not fit 16-bit integers.</summary>
    private static float[] AnalogRawFor(C3dAnalogData analog, C3dStorageFormat storage, out float[]? newScales)
    {
        newScales = null;
        var raw = analog.RawValues;
        if (storage == C3dStorageFormat.Float || analog.ChannelCount == 0) return raw.ToArray();
        int min = analog.IsUnsigned ? 0 : short.MinValue;
        int max = analog.IsUnsigned ? ushort.MaxValue : short.MaxValue;
        bool fits = true;
        foreach (var v in raw)
        {
            if (!(v >= min && v <= max) || v != MathF.Round(v)) { fits = false; break; }
        }
        if (fits) return raw.ToArray();

        int channels = analog.ChannelCount;
        newScales = new float[channels];
        var result = new float[raw.Length];
        for (int c = 0; c < channels; c++)
        {
            double peak = 0;
            for (int i = c; i < raw.Length; i += channels) peak = Math.Max(peak, Math.Abs(analog.ToPhysical(raw[i], c)));
            if (!double.IsFinite(peak)) throw new ArgumentException($"Analog channel {analog.Labels[c]} has non-finite values; they cannot be stored as integers.");
            double general = analog.GeneralScale == 0 ? 1 : analog.GeneralScale;
            float channelScale = peak == 0 ? 1f : (float)(peak / 32000 / general);
            newScales[c] = channelScale;
            double factor = (double)channelScale * general;
            for (int i = c; i < raw.Length; i += channels) result[i] = (float)Math.Round(analog.ToPhysical(raw[i], c) / factor);
        }
        return result;
    }

    private static C3dParameters SyncParameters(C3dFile file, C3dStorageFormat storage, float scale, float[]? newAnalogScales)
    {
        var p = file.Parameters;
        var points = file.Points;
        var analog = file.Analog;
        p = Set(p, "POINT", "USED", points.PointCount);
        p = SetFloat(p, "POINT", "SCALE", storage == C3dStorageFormat.Float ? -scale : scale);
        if (p.Find("POINT", "RATE") is null) p = p.With("POINT", C3dParameter.Scalar("RATE", (float)points.RateHz));
        p = Set(p, "POINT", "FRAMES", points.FrameCount);
        if (p.Find("POINT", "LABELS") is null && points.PointCount > 0) p = WithStrings(p, "POINT", "LABELS", points.Labels);
        if (analog.ChannelCount > 0 || p.Group("ANALOG") is not null)
        {
            p = Set(p, "ANALOG", "USED", analog.ChannelCount);
            if (p.Find("ANALOG", "RATE") is null && analog.ChannelCount > 0) p = p.With("ANALOG", C3dParameter.Scalar("RATE", (float)analog.RateHz));
            if (p.Find("ANALOG", "LABELS") is null && analog.ChannelCount > 0) p = WithStrings(p, "ANALOG", "LABELS", analog.Labels);
        }
        if (newAnalogScales is not null)
        {
            p = p.With("ANALOG", Like(p.Find("ANALOG", "SCALE"), C3dParameter.Array("SCALE", newAnalogScales)));
            p = p.With("ANALOG", Like(p.Find("ANALOG", "OFFSET"), C3dParameter.Array("OFFSET", new short[analog.ChannelCount])));
            if (analog.IsUnsigned) p = p.With("ANALOG", Like(p.Find("ANALOG", "FORMAT"), C3dParameter.Text("FORMAT", "SIGNED")));
        }
        return p;
    }

    internal static C3dParameters WithStrings(C3dParameters p, string group, string name, IReadOnlyList<string> values)
    {
        for (int chunk = 0; chunk * 255 < values.Count; chunk++)
        {
            string chunkName = chunk == 0 ? name : name + (chunk + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            p = p.With(group, C3dParameter.Strings(chunkName, values.Skip(chunk * 255).Take(255).ToList()));
        }
        return p;
    }

    /// <summary>Copies description and lock flag of <paramref name="existing"/> onto <paramref name="replacement"/>.</summary>
    private static C3dParameter Like(C3dParameter? existing, C3dParameter replacement)
    {
        if (existing is null) return replacement;
        return replacement.Type switch
        {
            C3dParameterType.Float => C3dParameter.FromFloats(existing.Name, replacement.Dimensions, replacement.FloatValues.ToArray(), existing.Description, existing.IsLocked),
            C3dParameterType.Int16 => C3dParameter.FromInt16(existing.Name, replacement.Dimensions, replacement.Int16Values.ToArray(), existing.Description, existing.IsLocked),
            C3dParameterType.Byte => C3dParameter.FromBytes(existing.Name, replacement.Dimensions, replacement.Bytes.ToArray(), existing.Description, existing.IsLocked),
            _ => C3dParameter.FromChars(existing.Name, replacement.Dimensions, replacement.Bytes.ToArray(), existing.Description, existing.IsLocked),
        };
    }

    /// <summary>Sets an integer count (0–65535, stored in a signed word) unless it already holds that value; keeps the existing type and dimensions.</summary>
    private static C3dParameters Set(C3dParameters p, string group, string name, int value)
    {
        var existing = p.Find(group, name);
        if (existing is not null && existing.ElementCount >= 1 && existing.FirstUnsignedCount() == value
            && (existing.Type != C3dParameterType.Float || existing.FloatValues[0] == value)) return p;
        ImmutableArray<int> dims = existing is { ElementCount: 1 } ? existing.Dimensions : [];
        C3dParameter replacement = existing?.Type switch
        {
            C3dParameterType.Float => C3dParameter.FromFloats(name, dims, [value]),
            _ => C3dParameter.FromInt16(name, dims, [unchecked((short)(ushort)value)]),
        };
        return p.With(group, Like(existing, replacement));
    }

    private static C3dParameters SetFloat(C3dParameters p, string group, string name, float value)
    {
        var existing = p.Find(group, name);
        if (existing is { Type: C3dParameterType.Float, ElementCount: >= 1 } && existing.FloatValues[0].Equals(value)) return p;
        ImmutableArray<int> dims = existing is { ElementCount: 1 } ? existing.Dimensions : [];
        return p.With(group, Like(existing, C3dParameter.FromFloats(name, dims, [value])));
    }

    private static void WriteHeader(byte[] h, C3dFile file, C3dProcessor processor, C3dStorageFormat storage, float scale, int dataStart)
    {
        var info = file.Header;
        int frames = file.Points.FrameCount;
        void W(int word, int value) => C3dBinary.WriteUInt16(h.AsSpan(2 * (word - 1)), unchecked((ushort)value), processor);
        void F(int word, float value) => C3dBinary.WriteSingle(h.AsSpan(2 * (word - 1)), DecSafe(value, processor), processor);

        h[0] = 2;
        h[1] = 0x50;
        W(2, file.Points.PointCount);
        W(3, file.Analog.ChannelCount * file.Analog.SamplesPerFrame);
        int first = Math.Clamp(info.FirstFrame, 0, ushort.MaxValue);
        // Words 4–5 are 1-based; a first frame of 0 (seen in the wild) is kept and the last counted from it.
        int last = frames == 0 ? first : (int)Math.Min(ushort.MaxValue, (long)Math.Max(first, 1) + frames - 1 - (first == 0 ? 1 : 0));
        W(4, first);
        W(5, last);
        W(6, info.MaxInterpolationGap);
        F(7, storage == C3dStorageFormat.Float ? -scale : scale);
        W(9, dataStart);
        W(10, file.Analog.ChannelCount > 0 ? file.Analog.SamplesPerFrame : 0);
        F(11, (float)file.Points.RateHz);
        int r = 0;
        var reserved = info.ReservedWords.IsDefaultOrEmpty ? new ushort[C3dHeaderInfo.ReservedWordCount].ToImmutableArray() : info.ReservedWords;
        ushort Next() => r < reserved.Length ? reserved[r++] : (ushort)0;
        for (int w = 13; w <= 147; w++) W(w, Next());
        W(148, info.KeyLabelPresent);
        W(149, info.FirstLabelBlock);
        W(150, info.EventLabelsAreFourCharacters ? 0x3039 : 0);
        int events = Math.Min(info.Events.Length, 18);
        W(151, events);
        W(152, Next());
        for (int e = 0; e < events; e++)
        {
            var ev = info.Events[e];
            F(153 + 2 * e, ev.TimeSeconds);
            h[376 + e] = ev.IsDisplayed ? (byte)1 : (byte)0;
            var label = Encoding.Latin1.GetBytes(ev.Label.PadRight(4));
            label.AsSpan(0, 4).CopyTo(h.AsSpan(396 + 4 * e));
        }
        W(198, Next());
        for (int w = 235; w <= 256; w++) W(w, Next());
    }

    private static float DecSafe(float value, C3dProcessor processor) =>
        processor == C3dProcessor.Dec && !DecFloat.IsRepresentable(value) ? 0f : value;

    private static void WriteData(Span<byte> data, C3dPointData points, C3dAnalogData analog, float[] analogRaw, C3dProcessor processor,
        C3dStorageFormat storage, float scale)
    {
        var values = points.Values;
        int pointWords = points.PointCount * 4;
        int analogWords = analog.ChannelCount * analog.SamplesPerFrame;
        int wordSize = storage == C3dStorageFormat.Float ? 4 : 2;
        int pos = 0;
        for (int f = 0; f < points.FrameCount; f++)
        {
            var frame = values.Slice(f * pointWords, pointWords);
            for (int i = 0; i < frame.Length; i += 4)
            {
                bool valid = frame[i + 3] >= 0;
                for (int k = 0; k < 3; k++)
                {
                    float v = frame[i + k];
                    if (storage == C3dStorageFormat.Float)
                    {
                        if (processor == C3dProcessor.Dec && !DecFloat.IsRepresentable(v))
                        {
                            if (valid) throw new ArgumentException($"Frame {f}, point {points.Labels[i / 4]}: coordinate {v} cannot be written as a DEC float.");
                            v = 0;
                        }
                        C3dBinary.WriteSingle(data[pos..], v, processor);
                    }
                    else
                    {
                        double q = Math.Round(v / (double)scale);
                        if (!(q >= short.MinValue && q <= short.MaxValue))
                        {
                            if (valid) throw new ArgumentException($"Frame {f}, point {points.Labels[i / 4]}: coordinate {v} does not fit a 16-bit integer at scale {scale}.");
                            q = 0;
                        }
                        C3dBinary.WriteInt16(data[pos..], (short)q, processor);
                    }
                    pos += wordSize;
                }
                float word = frame[i + 3];
                if (storage == C3dStorageFormat.Float)
                {
                    if (processor == C3dProcessor.Dec && !DecFloat.IsRepresentable(word)) word = -1;
                    C3dBinary.WriteSingle(data[pos..], word, processor);
                }
                else
                {
                    short w = word >= short.MinValue && word <= short.MaxValue ? (short)word : (word >= 0 ? short.MaxValue : (short)-1);
                    C3dBinary.WriteInt16(data[pos..], w, processor);
                }
                pos += wordSize;
            }
            var samples = analogRaw.AsSpan(f * analogWords, analogWords);
            for (int i = 0; i < samples.Length; i++)
            {
                float v = samples[i];
                if (storage == C3dStorageFormat.Float)
                {
                    if (processor == C3dProcessor.Dec && !DecFloat.IsRepresentable(v))
                    {
                        throw new ArgumentException($"Frame {f}, analog value {v} cannot be written as a DEC float.");
                    }
                    C3dBinary.WriteSingle(data[pos..], v, processor);
                }
                else if (analog.IsUnsigned && v >= 0)
                {
                    C3dBinary.WriteUInt16(data[pos..], (ushort)v, processor);
                }
                else
                {
                    C3dBinary.WriteInt16(data[pos..], (short)v, processor);
                }
                pos += wordSize;
            }
        }
    }
}
