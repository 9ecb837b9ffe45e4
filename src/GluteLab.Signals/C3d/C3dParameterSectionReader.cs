using System.Collections.Immutable;
using System.Text;

namespace GluteLab.Signals.C3d;

/// <summary>Parses the parameter section's records into groups (C3D docs, "The Parameter Section").</summary>
internal static class C3dParameterSectionReader
{
    private sealed record GroupRecord(int Id, string Name, string Description, bool IsLocked, long Offset);

    private sealed record ParameterRecord(int GroupId, C3dParameter Parameter, long Offset);

    public static C3dParameters Read(ReadOnlySpan<byte> file, int sectionStart, int declaredBlocks, C3dProcessor processor, List<C3dDiagnostic> diagnostics)
    {
        var groups = new List<GroupRecord>();
        var parameters = new List<ParameterRecord>();
        long declaredEnd = sectionStart + (long)declaredBlocks * 512;
        bool warnedBeyondDeclared = false;
        int pos = sectionStart + 4;
        while (true)
        {
            if (pos + 2 > file.Length)
            {
                diagnostics.Add(new(pos, null, "The parameter section runs to the end of the file without a closing record; read what was there.", C3dSeverity.Warning));
                break;
            }
            int nameLength = (sbyte)file[pos];
            int id = (sbyte)file[pos + 1];
            if (nameLength == 0 || id == 0)
            {
                break; // zero-filled remainder: end of records
            }
            if (!warnedBeyondDeclared && pos >= declaredEnd)
            {
                warnedBeyondDeclared = true;
                diagnostics.Add(new(pos, null, $"Parameter records continue beyond the {declaredBlocks} block(s) the section header declares; read on.", C3dSeverity.Warning));
            }
            bool isLocked = nameLength < 0;
            int n = Math.Abs(nameLength);
            int offsetPos = pos + 2 + n;
            if (offsetPos + 2 > file.Length) throw new C3dFormatException(pos, "parameter record name runs past the end of the file");
            string name = Encoding.Latin1.GetString(file.Slice(pos + 2, n));
            int next = C3dBinary.ReadUInt16(file[offsetPos..], processor);
            int body = offsetPos + 2;
            if (id < 0)
            {
                string description = ReadDescription(file, body, next == 0 ? int.MaxValue : offsetPos + next, out _);
                groups.Add(new GroupRecord(-id, name, description, isLocked, pos));
            }
            else
            {
                parameters.Add(new ParameterRecord(id, ReadParameter(file, pos, body, name, isLocked, next == 0 ? int.MaxValue : offsetPos + next, processor), pos));
            }
            if (next == 0) break;
            int nextPos = offsetPos + next;
            if (nextPos <= body)
            {
                throw new C3dFormatException(offsetPos, $"offset to the next parameter record ({next}) points back into record \"{name}\"");
            }
            if (nextPos >= file.Length)
            {
                diagnostics.Add(new(offsetPos, null, $"Record \"{name}\" points past the end of the file for the next record; treated as the last record.", C3dSeverity.Warning));
                break;
            }
            pos = nextPos;
        }
        return Assemble(groups, parameters, diagnostics);
    }

    private static C3dParameter ReadParameter(ReadOnlySpan<byte> file, int recordStart, int body, string name, bool isLocked, int recordEnd, C3dProcessor processor)
    {
        if (body + 2 > file.Length) throw new C3dFormatException(body, "parameter record runs past the end of the file", name);
        int typeCode = (sbyte)file[body];
        int dimensionCount = file[body + 1];
        if (typeCode is not (-1 or 1 or 2 or 4))
        {
            throw new C3dFormatException(body, $"unknown parameter type {typeCode} (expected -1 char, 1 byte, 2 int16 or 4 float)", name);
        }
        if (dimensionCount > 7) throw new C3dFormatException(body + 1, $"{dimensionCount} dimensions (at most 7 allowed)", name);
        if (body + 2 + dimensionCount > file.Length) throw new C3dFormatException(body, "parameter dimensions run past the end of the file", name);
        var dimensions = ImmutableArray.CreateBuilder<int>(dimensionCount);
        long count = 1;
        for (int i = 0; i < dimensionCount; i++)
        {
            int d = file[body + 2 + i];
            dimensions.Add(d);
            count *= d;
        }
        int elementSize = Math.Abs(typeCode);
        long dataStart = body + 2 + dimensionCount;
        long dataEnd = dataStart + count * elementSize;
        if (dataEnd > file.Length)
        {
            throw new C3dFormatException(dataStart, $"parameter data ({count} × {elementSize} bytes) runs past the end of the file", name);
        }
        var data = file[(int)dataStart..(int)dataEnd];
        var type = (C3dParameterType)typeCode;
        byte[]? bytes = null;
        short[]? integers = null;
        float[]? floats = null;
        switch (type)
        {
            case C3dParameterType.Int16:
                integers = new short[count];
                for (int i = 0; i < integers.Length; i++) integers[i] = C3dBinary.ReadInt16(data[(2 * i)..], processor);
                break;
            case C3dParameterType.Float:
                floats = new float[count];
                for (int i = 0; i < floats.Length; i++) floats[i] = C3dBinary.ReadSingle(data[(4 * i)..], processor);
                break;
            default:
                bytes = data.ToArray();
                break;
        }
        string description = ReadDescription(file, (int)dataEnd, recordEnd, out _);
        return C3dParameter.FromFile(name, description, isLocked, type, dimensions.MoveToImmutable(), bytes, integers, floats);
    }

    private static string ReadDescription(ReadOnlySpan<byte> file, int at, int recordEnd, out bool truncated)
    {
        truncated = false;
        if (at >= file.Length || at >= recordEnd) return "";
        int length = file[at];
        int end = Math.Min(Math.Min(at + 1 + length, file.Length), Math.Max(recordEnd, at + 1));
        truncated = end < at + 1 + length;
        return Encoding.UTF8.GetString(file[(at + 1)..end]);
    }

    private static C3dParameters Assemble(List<GroupRecord> groups, List<ParameterRecord> parameters, List<C3dDiagnostic> diagnostics)
    {
        var byId = new Dictionary<int, GroupRecord>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<GroupRecord>();
        foreach (var g in groups)
        {
            if (byId.ContainsKey(g.Id))
            {
                diagnostics.Add(new(g.Offset, g.Name, $"A second group with id {g.Id} was ignored.", C3dSeverity.Warning));
                continue;
            }
            if (!names.Add(g.Name))
            {
                diagnostics.Add(new(g.Offset, g.Name, $"A second group named {g.Name} (id {g.Id}) was ignored with its parameters.", C3dSeverity.Warning));
                byId[g.Id] = g with { Name = "" };
                continue;
            }
            byId[g.Id] = g;
            order.Add(g);
        }
        var members = order.ToDictionary(g => g.Id, _ => new List<C3dParameter>());
        foreach (var p in parameters)
        {
            if (!byId.TryGetValue(p.GroupId, out var group))
            {
                var orphanName = "GROUP" + p.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                diagnostics.Add(new(p.Offset, $"{orphanName}:{p.Parameter.Name}", $"Parameter belongs to group id {p.GroupId}, which has no group record; kept in a group named {orphanName}.", C3dSeverity.Warning));
                group = new GroupRecord(p.GroupId, orphanName, "", false, p.Offset);
                if (!names.Add(orphanName))
                {
                    byId[p.GroupId] = group with { Name = "" };
                    continue;
                }
                byId[p.GroupId] = group;
                order.Add(group);
                members[group.Id] = [];
            }
            if (group.Name.Length == 0) continue;
            var list = members[group.Id];
            if (list.Any(q => string.Equals(q.Name, p.Parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(new(p.Offset, $"{group.Name}:{p.Parameter.Name}", "Duplicate parameter ignored; the first one is kept.", C3dSeverity.Warning));
                continue;
            }
            list.Add(p.Parameter);
        }
        return new C3dParameters(order.Select(g => C3dGroup.FromFile(g.Id, g.Name, g.Description, g.IsLocked, [.. members[g.Id]])));
    }
}
