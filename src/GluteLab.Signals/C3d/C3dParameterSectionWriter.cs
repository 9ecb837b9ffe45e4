using System.Text;

namespace GluteLab.Signals.C3d;

/// <summary>Encodes parameter records: each group followed by its parameters; the last record's next-offset is 0.</summary>
internal static class C3dParameterSectionWriter
{
    /// <summary>Bytes of all records (without the 4-byte section header).</summary>
    public static byte[] Encode(C3dParameters parameters, C3dProcessor processor)
    {
        var records = new List<byte[]>();
        foreach (var group in parameters.Groups)
        {
            records.Add(GroupRecord(group, processor));
            foreach (var p in group.Parameters) records.Add(ParameterRecord(group, p, processor));
        }
        using var output = new MemoryStream();
        for (int i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (i == records.Count - 1)
            {
                int nameLength = Math.Abs((sbyte)record[0]);
                C3dBinary.WriteUInt16(record.AsSpan(2 + nameLength), 0, processor);
            }
            output.Write(record);
        }
        return output.ToArray();
    }

    private static byte[] GroupRecord(C3dGroup group, C3dProcessor processor)
    {
        var name = EncodeName(group.Name);
        var description = EncodeDescription(group.Description);
        var record = new byte[2 + name.Length + 2 + 1 + description.Length];
        record[0] = (byte)(sbyte)(group.IsLocked ? -name.Length : name.Length);
        record[1] = (byte)(sbyte)(-group.Id);
        name.CopyTo(record, 2);
        int offsetPos = 2 + name.Length;
        C3dBinary.WriteUInt16(record.AsSpan(offsetPos), checked((ushort)(record.Length - offsetPos)), processor);
        record[offsetPos + 2] = (byte)description.Length;
        description.CopyTo(record, offsetPos + 3);
        return record;
    }

    private static byte[] ParameterRecord(C3dGroup group, C3dParameter p, C3dProcessor processor)
    {
        var name = EncodeName(p.Name);
        var description = EncodeDescription(p.Description);
        int elementSize = Math.Abs((int)p.Type);
        int dataLength = p.ElementCount * elementSize;
        int length = 2 + name.Length + 2 + 2 + p.Dimensions.Length + dataLength + 1 + description.Length;
        int offsetPos = 2 + name.Length;
        if (length - offsetPos > short.MaxValue)
        {
            throw new ArgumentException($"Parameter {group.Name}:{p.Name} needs {length} bytes; a C3D parameter record holds at most {short.MaxValue}. Split it (e.g. LABELS, LABELS2, …).");
        }
        var record = new byte[length];
        record[0] = (byte)(sbyte)(p.IsLocked ? -name.Length : name.Length);
        record[1] = (byte)(sbyte)group.Id;
        name.CopyTo(record, 2);
        C3dBinary.WriteUInt16(record.AsSpan(offsetPos), (ushort)(length - offsetPos), processor);
        int pos = offsetPos + 2;
        record[pos++] = (byte)(sbyte)p.Type;
        record[pos++] = (byte)p.Dimensions.Length;
        foreach (var d in p.Dimensions) record[pos++] = (byte)d;
        var data = record.AsSpan(pos, dataLength);
        switch (p.Type)
        {
            case C3dParameterType.Int16:
                for (int i = 0; i < p.Int16Values.Length; i++) C3dBinary.WriteInt16(data[(2 * i)..], p.Int16Values[i], processor);
                break;
            case C3dParameterType.Float:
                for (int i = 0; i < p.FloatValues.Length; i++)
                {
                    float v = p.FloatValues[i];
                    if (processor == C3dProcessor.Dec && !DecFloat.IsRepresentable(v))
                    {
                        throw new ArgumentException($"Parameter {group.Name}:{p.Name}[{i}] = {v} cannot be written as a DEC float.");
                    }
                    C3dBinary.WriteSingle(data[(4 * i)..], v, processor);
                }
                break;
            default:
                p.Bytes.CopyTo(data);
                break;
        }
        pos += dataLength;
        record[pos++] = (byte)description.Length;
        description.CopyTo(record, pos);
        return record;
    }

    private static byte[] EncodeName(string name)
    {
        var bytes = Encoding.Latin1.GetBytes(name);
        return bytes.Length > 127 ? bytes[..127] : bytes;
    }

    private static byte[] EncodeDescription(string description)
    {
        var bytes = Encoding.UTF8.GetBytes(description);
        if (bytes.Length <= 255) return bytes;
        int end = 255;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) end--; // do not cut a UTF-8 sequence
        return bytes[..end];
    }
}
