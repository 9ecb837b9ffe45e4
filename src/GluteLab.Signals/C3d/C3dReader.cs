using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace GluteLab.Signals.C3d;

/// <summary>
/// Reads C3D files of all three processor types (Intel, DEC, MIPS) in integer or float storage. Deviations seen in
/// real files are tolerated and reported as <see cref="C3dDiagnostic"/>s (zero bytes before the header, header
/// counts that disagree with the parameters, missing <c>ANALOG:RATE</c>, zero or missing scales, missing labels,
/// truncated data); input that cannot be read throws <see cref="C3dFormatException"/> naming the byte offset and
/// the reason. Nothing else is thrown for any input.
/// </summary>
public static class C3dReader
{
    private const int BlockSize = 512;

    /// <summary>Reads a whole C3D file from a stream (from its current position to the end).</summary>
    /// <exception cref="C3dFormatException">The content cannot be read as C3D.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static C3dReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream is MemoryStream ms && ms.TryGetBuffer(out var segment))
        {
            return Read(segment.AsSpan((int)ms.Position));
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    /// <summary>Reads a C3D file held in memory.</summary>
    /// <exception cref="C3dFormatException">The content cannot be read as C3D.</exception>
    public static C3dReadResult Read(ReadOnlySpan<byte> file)
    {
        var diagnostics = new List<C3dDiagnostic>();
        var c3d = ReadFile(file, diagnostics);
        return new C3dReadResult(c3d, [.. diagnostics]);
    }

    private static C3dFile ReadFile(ReadOnlySpan<byte> all, List<C3dDiagnostic> diagnostics)
    {
        // Zero-filled starts: some writers leave zero bytes before the header (ezc3d issue #26 "iostream error").
        int start = 0;
        while (start < all.Length && all[start] == 0) start++;
        if (start == all.Length) throw new C3dFormatException(0, all.Length == 0 ? "the file is empty" : "the file holds only zero bytes");
        if (start > 0) diagnostics.Add(new(0, null, $"{start} zero byte(s) before the header were skipped; block numbers count from byte {start}.", C3dSeverity.Warning));
        var file = all[start..];
        long Abs(long offset) => offset + start;

        if (file.Length < BlockSize) throw new C3dFormatException(Abs(0), $"the file ends inside the 512-byte header ({file.Length} bytes after the start)");
        if (file[1] != 0x50) throw new C3dFormatException(Abs(1), $"byte 2 of the header is 0x{file[1]:X2}, not 0x50: this is not a C3D file");
        int parameterBlock = file[0];
        long sectionStart = (long)(parameterBlock - 1) * BlockSize;
        if (parameterBlock < 2 || sectionStart + 4 > file.Length)
        {
            throw new C3dFormatException(Abs(0), $"the header puts the parameter section at block {parameterBlock}, which is {(parameterBlock < 2 ? "inside the header" : "beyond the end of the file")}");
        }
        int processorCode = file[(int)sectionStart + 3];
        if (!C3dBinary.IsProcessorCode(processorCode))
        {
            throw new C3dFormatException(Abs(sectionStart + 3), $"processor type is {processorCode}; expected 84 (Intel), 85 (DEC) or 86 (MIPS)");
        }
        var processor = (C3dProcessor)processorCode;
        int declaredBlocks = file[(int)sectionStart + 2];

        var header = ReadHeader(file, processor);
        var parameterDiagnostics = new List<C3dDiagnostic>();
        var parameters = C3dParameterSectionReader.Read(file, (int)sectionStart, declaredBlocks, processor, parameterDiagnostics);
        diagnostics.AddRange(parameterDiagnostics.Select(d => d with { ByteOffset = d.ByteOffset + start }));
        var layout = C3dLayout.Resolve(header, parameters, processor, file.Length, (int)sectionStart, declaredBlocks, diagnostics, start);

        var points = ReadPoints(file, layout, parameters, diagnostics);
        var analog = ReadAnalog(file, layout, parameters, processor, diagnostics);
        var events = ReadEvents(header.Info, parameters, diagnostics);
        var rotation = ReadRotation(file, layout, parameters, diagnostics);
        return new C3dFile(processor, layout.Storage, header.Info with { ParameterBlockCount = declaredBlocks }, parameters, points, analog, events, rotation);
    }

    private static C3dRawSection? ReadRotation(ReadOnlySpan<byte> file, C3dLayout layout, C3dParameters parameters, List<C3dDiagnostic> diagnostics)
    {
        if (parameters.Find("ROTATION", "DATA_START")?.FirstUnsignedCount() is not { } block) return null;
        int dataStartBlock = (int)(layout.DataOffset / BlockSize) + 1;
        long offset = (long)(block - 1) * BlockSize;
        if (block < dataStartBlock || offset >= file.Length)
        {
            diagnostics.Add(new(null, "ROTATION:DATA_START", $"Block {block} is not inside the data part of the file; rotation data is not kept.", C3dSeverity.Warning));
            return null;
        }
        return new C3dRawSection("ROTATION", block - dataStartBlock, file[(int)offset..].ToArray());
    }

    private static C3dReaderHeader ReadHeader(ReadOnlySpan<byte> file, C3dProcessor processor)
    {
        var words = new ushort[257];
        var floats = new float[257];
        for (int w = 1; w <= 256; w++) words[w] = C3dBinary.ReadUInt16(file[(2 * (w - 1))..], processor);
        foreach (int w in (ReadOnlySpan<int>)[7, 11]) floats[w] = C3dBinary.ReadSingle(file[(2 * (w - 1))..], processor);
        for (int e = 0; e < 18; e++) floats[153 + 2 * e] = C3dBinary.ReadSingle(file[(2 * (152 + 2 * e))..], processor);
        int W(int word) => words[word];
        float F(int word) => floats[word];

        var reserved = new ushort[C3dHeaderInfo.ReservedWordCount];
        int r = 0;
        for (int w = 13; w <= 147; w++) reserved[r++] = (ushort)W(w);
        reserved[r++] = (ushort)W(152);
        reserved[r++] = (ushort)W(198);
        for (int w = 235; w <= 256; w++) reserved[r++] = (ushort)W(w);

        int eventCount = Math.Min(W(151), 18);
        var events = ImmutableArray.CreateBuilder<C3dHeaderEvent>(eventCount);
        for (int e = 0; e < eventCount; e++)
        {
            float time = F(153 + 2 * e);
            bool displayed = file[376 + e] != 0;
            string label = Encoding.Latin1.GetString(file.Slice(396 + 4 * e, 4)).TrimEnd(' ', '\0');
            events.Add(new C3dHeaderEvent(time, displayed, label));
        }
        var info = new C3dHeaderInfo(W(4), W(6), W(148), W(149), W(150) == 0x3039, events.MoveToImmutable(), ImmutableArray.Create(reserved), 0);
        return new C3dReaderHeader(info, W(2), W(3), W(4), W(5), F(7), W(9), W(10), F(11));
    }

    private static C3dPointData ReadPoints(ReadOnlySpan<byte> file, C3dLayout layout, C3dParameters parameters, List<C3dDiagnostic> diagnostics)
    {
        var labels = Labels(parameters, "POINT", layout.PointCount, diagnostics);
        var descriptions = parameters.StringsWithContinuations("POINT", "DESCRIPTIONS");
        string units = parameters.Strings("POINT", "UNITS").FirstOrDefault() ?? "";
        var values = new float[(long)layout.Frames * layout.PointCount * 4];
        int wordSize = layout.WordSize;
        int pointWords = layout.PointCount * 4;
        var processor = layout.Processor;
        for (int f = 0; f < layout.Frames && pointWords > 0; f++)
        {
            var source = file.Slice((int)(layout.DataOffset + (long)f * layout.FrameBytes), pointWords * wordSize);
            var target = values.AsSpan(f * pointWords, pointWords);
            if (layout.Storage == C3dStorageFormat.Float)
            {
                if (processor == C3dProcessor.Intel && BitConverter.IsLittleEndian)
                {
                    MemoryMarshal.Cast<byte, float>(source).CopyTo(target);
                }
                else
                {
                    for (int i = 0; i < target.Length; i++) target[i] = C3dBinary.ReadSingle(source[(4 * i)..], processor);
                }
            }
            else
            {
                float scale = layout.PointScale;
                for (int i = 0; i < target.Length; i += 4)
                {
                    target[i] = (float)(C3dBinary.ReadInt16(source[(2 * i)..], processor) * (double)scale);
                    target[i + 1] = (float)(C3dBinary.ReadInt16(source[(2 * i + 2)..], processor) * (double)scale);
                    target[i + 2] = (float)(C3dBinary.ReadInt16(source[(2 * i + 4)..], processor) * (double)scale);
                    target[i + 3] = C3dBinary.ReadInt16(source[(2 * i + 6)..], processor);
                }
            }
        }
        return new C3dPointData(layout.Frames, layout.PointRateHz, labels, descriptions, units, layout.PointScale, values);
    }

    private static C3dAnalogData ReadAnalog(ReadOnlySpan<byte> file, C3dLayout layout, C3dParameters parameters, C3dProcessor processor, List<C3dDiagnostic> diagnostics)
    {
        int channels = layout.AnalogChannels;
        if (channels == 0) return C3dAnalogData.None(layout.AnalogRateHz);
        var labels = Labels(parameters, "ANALOG", channels, diagnostics);
        var descriptions = parameters.StringsWithContinuations("ANALOG", "DESCRIPTIONS");
        var units = parameters.StringsWithContinuations("ANALOG", "UNITS");
        bool isUnsigned = parameters.Strings("ANALOG", "FORMAT").FirstOrDefault()?.Trim().Equals("UNSIGNED", StringComparison.OrdinalIgnoreCase) == true;

        var scales = new float[channels];
        var scaleParameter = parameters.Find("ANALOG", "SCALE");
        var scaleValues = scaleParameter?.AsDoubles() ?? [];
        if (scaleValues.Length < channels)
        {
            diagnostics.Add(new(null, "ANALOG:SCALE", scaleParameter is null
                ? $"Missing; {channels} channel(s) read with scale 1."
                : $"Has {scaleValues.Length} value(s) for {channels} channels; the missing ones read as 1.", C3dSeverity.Warning));
        }
        for (int c = 0; c < channels; c++)
        {
            scales[c] = c < scaleValues.Length ? (float)scaleValues[c] : 1f;
        }
        var zeroScaled = Enumerable.Range(0, channels).Where(c => scales[c] == 0).ToList();
        if (zeroScaled.Count > 0)
        {
            diagnostics.Add(new(null, "ANALOG:SCALE", $"Scale is 0 for {zeroScaled.Count} channel(s) ({string.Join(", ", zeroScaled.Take(8).Select(c => labels[c]))}): they read as 0 in physical units; raw values are kept.", C3dSeverity.Warning));
        }

        var offsets = new int[channels];
        var offsetParameter = parameters.Find("ANALOG", "OFFSET");
        if (offsetParameter is null)
        {
            diagnostics.Add(new(null, "ANALOG:OFFSET", $"Missing; {channels} channel(s) read with offset 0.", C3dSeverity.Info));
        }
        else
        {
            var offsetValues = offsetParameter.Type == C3dParameterType.Int16 ? offsetParameter.Int16Values.ToArray().Select(v => isUnsigned ? (int)(ushort)v : v).ToArray()
                : offsetParameter.AsDoubles().Select(v => (int)Math.Round(v)).ToArray();
            if (offsetValues.Length < channels)
            {
                diagnostics.Add(new(null, "ANALOG:OFFSET", $"Has {offsetValues.Length} value(s) for {channels} channels; the missing ones read as 0.", C3dSeverity.Warning));
            }
            for (int c = 0; c < channels && c < offsetValues.Length; c++) offsets[c] = offsetValues[c];
        }

        float generalScale = 1f;
        var gen = parameters.Number("ANALOG", "GEN_SCALE");
        if (gen is null) diagnostics.Add(new(null, "ANALOG:GEN_SCALE", "Missing; read as 1.", C3dSeverity.Info));
        else if (gen.Value == 0) diagnostics.Add(new(null, "ANALOG:GEN_SCALE", "Is 0: every channel reads as 0 in physical units; raw values are kept.", C3dSeverity.Warning));
        if (gen is { } g) generalScale = (float)g;

        int perFrame = channels * layout.AnalogSamplesPerFrame;
        var raw = new float[(long)layout.Frames * perFrame];
        int wordSize = layout.WordSize;
        int pointBytes = layout.PointCount * 4 * wordSize;
        for (int f = 0; f < layout.Frames; f++)
        {
            var source = file.Slice((int)(layout.DataOffset + (long)f * layout.FrameBytes + pointBytes), perFrame * wordSize);
            var target = raw.AsSpan(f * perFrame, perFrame);
            if (layout.Storage == C3dStorageFormat.Float)
            {
                if (processor == C3dProcessor.Intel && BitConverter.IsLittleEndian)
                {
                    MemoryMarshal.Cast<byte, float>(source).CopyTo(target);
                }
                else
                {
                    for (int i = 0; i < target.Length; i++) target[i] = C3dBinary.ReadSingle(source[(4 * i)..], processor);
                }
            }
            else if (isUnsigned)
            {
                for (int i = 0; i < target.Length; i++) target[i] = C3dBinary.ReadUInt16(source[(2 * i)..], processor);
            }
            else
            {
                for (int i = 0; i < target.Length; i++) target[i] = C3dBinary.ReadInt16(source[(2 * i)..], processor);
            }
        }
        return new C3dAnalogData(layout.AnalogSamplesPerFrame, layout.AnalogRateHz, labels, descriptions, units, offsets, scales, generalScale, isUnsigned, raw);
    }

    private static List<string> Labels(C3dParameters parameters, string group, int count, List<C3dDiagnostic> diagnostics)
    {
        var labels = parameters.StringsWithContinuations(group, "LABELS");
        if (labels.Count < count)
        {
            diagnostics.Add(new(null, $"{group}:LABELS", $"Has {labels.Count} label(s) for {count} {(group == "POINT" ? "points" : "channels")}; the others are named {group}{labels.Count + 1}….", C3dSeverity.Warning));
            for (int i = labels.Count; i < count; i++) labels.Add(group + (i + 1).ToString(CultureInfo.InvariantCulture));
        }
        if (labels.Count > count) labels.RemoveRange(count, labels.Count - count);
        return labels;
    }

    internal static List<C3dEvent> ReadEvents(C3dHeaderInfo header, C3dParameters parameters, List<C3dDiagnostic> diagnostics)
    {
        var events = new List<C3dEvent>();
        foreach (var e in header.Events)
        {
            events.Add(new C3dEvent(e.Label, "", e.TimeSeconds, C3dEventSource.Header));
        }
        var eventGroup = parameters.Group("EVENT");
        if (eventGroup is not null)
        {
            var times = eventGroup.Find("TIMES");
            int used = (int)(eventGroup.Find("USED")?.FirstUnsignedCount() ?? 0);
            var labels = parameters.StringsWithContinuations("EVENT", "LABELS");
            var contexts = parameters.StringsWithContinuations("EVENT", "CONTEXTS");
            var values = times?.AsDoubles() ?? [];
            bool twoRows = times is not null && times.Dimensions.Length >= 2 && times.Dimensions[0] == 2;
            int available = twoRows ? values.Length / 2 : values.Length;
            if (used > available)
            {
                diagnostics.Add(new(null, "EVENT:TIMES", $"EVENT:USED is {used} but only {available} time(s) are stored; read {available}.", C3dSeverity.Warning));
                used = available;
            }
            for (int i = 0; i < used; i++)
            {
                // EVENT:TIMES is [2, n]: minutes then seconds (C3D docs, "EVENT group").
                double seconds = twoRows ? values[2 * i] * 60 + values[2 * i + 1] : values[i];
                events.Add(new C3dEvent(i < labels.Count ? labels[i] : "", i < contexts.Count ? contexts[i] : "", seconds, C3dEventSource.Parameters));
            }
        }
        return [.. events.OrderBy(e => e.TimeSeconds)];
    }
}
