using System.Collections.Immutable;
using System.Text;

namespace GluteLab.Signals.C3d;

/// <summary>
/// One C3D parameter: a name, a description, a locked flag, a type and 0–7 dimensions of values (C3D docs,
/// "Parameter format"). Values keep their stored representation (bytes, 16-bit integers or floats) so that
/// writing them back is exact.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dParameter
{
    /// <summary>Most strings <see cref="AsStrings"/> returns for zero-width character arrays (the largest count C3D can describe).</summary>
    private const long MaxStringCount = ushort.MaxValue;

    private readonly byte[] _bytes;
    private readonly short[] _integers;
    private readonly float[] _floats;

    private C3dParameter(string name, string description, bool isLocked, C3dParameterType type, ImmutableArray<int> dimensions,
        byte[]? bytes, short[]? integers, float[]? floats)
    {
        Name = name;
        Description = description;
        IsLocked = isLocked;
        Type = type;
        Dimensions = dimensions;
        _bytes = bytes ?? [];
        _integers = integers ?? [];
        _floats = floats ?? [];
    }

    /// <summary>Parameter name as stored (case kept; comparisons are case-insensitive).</summary>
    public string Name { get; }

    /// <summary>Free-text description (UTF-8 in the file, at most 255 bytes).</summary>
    public string Description { get; }

    /// <summary>Whether the record was marked locked (negative name length).</summary>
    public bool IsLocked { get; }

    /// <summary>Stored data type.</summary>
    public C3dParameterType Type { get; }

    /// <summary>Dimensions (0–7 entries, each 0–255). Empty means a scalar.</summary>
    public ImmutableArray<int> Dimensions { get; }

    /// <summary>Number of stored elements (product of the dimensions; 1 for a scalar).</summary>
    public int ElementCount => Type switch
    {
        C3dParameterType.Int16 => _integers.Length,
        C3dParameterType.Float => _floats.Length,
        _ => _bytes.Length,
    };

    /// <summary>Raw bytes of a <see cref="C3dParameterType.Char"/> or <see cref="C3dParameterType.Byte"/> parameter (empty otherwise).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Values of an <see cref="C3dParameterType.Int16"/> parameter (empty otherwise).</summary>
    public ReadOnlySpan<short> Int16Values => _integers;

    /// <summary>Values of a <see cref="C3dParameterType.Float"/> parameter (empty otherwise).</summary>
    public ReadOnlySpan<float> FloatValues => _floats;

    /// <summary>Number of elements implied by <paramref name="dimensions"/> (1 for none).</summary>
    public static int CountOf(ReadOnlySpan<int> dimensions)
    {
        long count = 1;
        foreach (var d in dimensions) count *= d;
        return checked((int)count);
    }

    /// <summary>Creates a character parameter from raw bytes.</summary>
    /// <exception cref="ArgumentException">The byte count does not match the dimensions, or a dimension is outside 0–255.</exception>
    public static C3dParameter FromChars(string name, ImmutableArray<int> dimensions, byte[] bytes, string description = "", bool isLocked = false) =>
        Create(name, description, isLocked, C3dParameterType.Char, dimensions, bytes.Length, bytes, null, null);

    /// <summary>Creates a byte parameter.</summary>
    /// <exception cref="ArgumentException">The value count does not match the dimensions, or a dimension is outside 0–255.</exception>
    public static C3dParameter FromBytes(string name, ImmutableArray<int> dimensions, byte[] values, string description = "", bool isLocked = false) =>
        Create(name, description, isLocked, C3dParameterType.Byte, dimensions, values.Length, values, null, null);

    /// <summary>Creates a 16-bit integer parameter.</summary>
    /// <exception cref="ArgumentException">The value count does not match the dimensions, or a dimension is outside 0–255.</exception>
    public static C3dParameter FromInt16(string name, ImmutableArray<int> dimensions, short[] values, string description = "", bool isLocked = false) =>
        Create(name, description, isLocked, C3dParameterType.Int16, dimensions, values.Length, null, values, null);

    /// <summary>Creates a float parameter.</summary>
    /// <exception cref="ArgumentException">The value count does not match the dimensions, or a dimension is outside 0–255.</exception>
    public static C3dParameter FromFloats(string name, ImmutableArray<int> dimensions, float[] values, string description = "", bool isLocked = false) =>
        Create(name, description, isLocked, C3dParameterType.Float, dimensions, values.Length, null, null, values);

    /// <summary>A scalar 16-bit integer parameter.</summary>
    public static C3dParameter Scalar(string name, short value, string description = "") => FromInt16(name, [], [value], description);

    /// <summary>A scalar float parameter.</summary>
    public static C3dParameter Scalar(string name, float value, string description = "") => FromFloats(name, [], [value], description);

    /// <summary>A 1-D float parameter.</summary>
    public static C3dParameter Array(string name, float[] values, string description = "") => FromFloats(name, [values.Length], values, description);

    /// <summary>A 1-D 16-bit integer parameter.</summary>
    public static C3dParameter Array(string name, short[] values, string description = "") => FromInt16(name, [values.Length], values, description);

    /// <summary>A single string (1-D character array).</summary>
    public static C3dParameter Text(string name, string value, string description = "")
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return FromChars(name, [bytes.Length], bytes, description);
    }

    /// <summary>
    /// A list of strings as a 2-D character array [length, count], each padded with spaces to the longest
    /// (at least 1 character wide).
    /// </summary>
    public static C3dParameter Strings(string name, IReadOnlyList<string> values, string description = "")
    {
        var encoded = values.Select(v => Encoding.UTF8.GetBytes(v)).ToArray();
        int width = Math.Max(1, encoded.Length == 0 ? 1 : encoded.Max(e => e.Length));
        var bytes = new byte[width * encoded.Length];
        bytes.AsSpan().Fill((byte)' ');
        for (int i = 0; i < encoded.Length; i++) encoded[i].CopyTo(bytes, i * width);
        return FromChars(name, [width, encoded.Length], bytes, description);
    }

    /// <summary>Returns a copy with another name (used to split label lists into LABELS, LABELS2, …).</summary>
    public C3dParameter WithName(string name) => new(ValidateName(name), Description, IsLocked, Type, Dimensions, _bytes, _integers, _floats);

    /// <summary>The values as doubles, whatever the numeric type (bytes unsigned, integers signed). Empty for characters.</summary>
    public double[] AsDoubles() => Type switch
    {
        C3dParameterType.Int16 => System.Array.ConvertAll(_integers, v => (double)v),
        C3dParameterType.Float => System.Array.ConvertAll(_floats, v => (double)v),
        C3dParameterType.Byte => System.Array.ConvertAll(_bytes, v => (double)v),
        _ => [],
    };

    /// <summary>The first numeric value, or null if there is none (or the parameter holds characters).</summary>
    public double? FirstNumber() => Type switch
    {
        C3dParameterType.Int16 when _integers.Length > 0 => _integers[0],
        C3dParameterType.Float when _floats.Length > 0 => _floats[0],
        C3dParameterType.Byte when _bytes.Length > 0 => _bytes[0],
        _ => null,
    };

    /// <summary>
    /// The first value read as a 16-bit unsigned count (0–65535): C3D stores counts such as <c>POINT:FRAMES</c>
    /// in signed words, and files with more than 32767 frames wrap to negative. A float holding a whole count in
    /// that range is accepted too. Null otherwise.
    /// </summary>
    public int? FirstUnsignedCount() => Type switch
    {
        C3dParameterType.Int16 when _integers.Length > 0 => (ushort)_integers[0],
        C3dParameterType.Byte when _bytes.Length > 0 => _bytes[0],
        C3dParameterType.Float when _floats.Length > 0 && _floats[0] >= 0 && _floats[0] <= ushort.MaxValue => (int)_floats[0],
        _ => null,
    };

    /// <summary>
    /// The character values as strings: a 1-D array is one string, an N-D array [length, n1, n2…] holds n1×n2…
    /// strings of the first dimension's length. Trailing spaces and NULs are trimmed. Empty for non-character types.
    /// </summary>
    public string[] AsStrings()
    {
        if (Type != C3dParameterType.Char) return [];
        if (Dimensions.Length <= 1) return [Decode(_bytes)];
        int width = Dimensions[0];
        if (width == 0)
        {
            // Zero-width strings carry no bytes; their count is capped (a malformed file may claim 255^6 of them).
            long empty = 1;
            foreach (var d in Dimensions.AsSpan()[1..]) empty = Math.Min(empty * d, MaxStringCount);
            return Enumerable.Repeat("", (int)empty).ToArray();
        }
        int count = _bytes.Length / width;
        var result = new string[count];
        for (int i = 0; i < count; i++) result[i] = Decode(_bytes.AsSpan(i * width, width));
        return result;
    }

    /// <summary>The first string of a character parameter ("" if none).</summary>
    public string AsString()
    {
        var all = AsStrings();
        return all.Length > 0 ? all[0] : "";
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.Length;
        while (end > 0 && (bytes[end - 1] == (byte)' ' || bytes[end - 1] == 0)) end--;
        return Encoding.UTF8.GetString(bytes[..end]);
    }

    /// <summary>Whether this parameter holds the same name, description, lock, type, dimensions and values as <paramref name="other"/>.</summary>
    public bool ContentEquals(C3dParameter other) =>
        Name == other.Name && Description == other.Description && IsLocked == other.IsLocked && Type == other.Type
        && Dimensions.SequenceEqual(other.Dimensions)
        && _bytes.AsSpan().SequenceEqual(other._bytes)
        && _integers.AsSpan().SequenceEqual(other._integers)
        && FloatsBitEqual(_floats, other._floats);

    private static bool FloatsBitEqual(float[] a, float[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(a[i]) != BitConverter.SingleToInt32Bits(b[i]) && !(a[i] == b[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Type == C3dParameterType.Char
        ? $"{Name} = [{string.Join(", ", AsStrings())}]"
        : $"{Name} = [{string.Join(", ", AsDoubles().Take(16))}{(ElementCount > 16 ? ", …" : "")}]";

    private static C3dParameter Create(string name, string description, bool isLocked, C3dParameterType type, ImmutableArray<int> dimensions,
        int valueCount, byte[]? bytes, short[]? integers, float[]? floats)
    {
        ValidateName(name);
        if (dimensions.IsDefault) dimensions = [];
        if (dimensions.Length > 7) throw new ArgumentException($"A C3D parameter has at most 7 dimensions; {name} has {dimensions.Length}.", nameof(dimensions));
        foreach (var d in dimensions)
        {
            if (d is < 0 or > 255) throw new ArgumentException($"C3D parameter dimensions are 0–255; {name} has {d}.", nameof(dimensions));
        }
        int expected = CountOf(dimensions.AsSpan());
        if (expected != valueCount)
        {
            throw new ArgumentException($"Parameter {name}: dimensions [{string.Join(", ", dimensions)}] need {expected} values, got {valueCount}.", nameof(dimensions));
        }
        if (Encoding.UTF8.GetByteCount(description) > 255)
        {
            throw new ArgumentException($"Parameter {name}: description is longer than 255 UTF-8 bytes.", nameof(description));
        }
        return new C3dParameter(name, description, isLocked, type, dimensions, bytes, integers, floats);
    }

    internal static C3dParameter FromFile(string name, string description, bool isLocked, C3dParameterType type, ImmutableArray<int> dimensions,
        byte[]? bytes, short[]? integers, float[]? floats) =>
        new(name, description, isLocked, type, dimensions, bytes, integers, floats);

    internal static string ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 127) throw new ArgumentException($"A C3D name has 1–127 characters, was \"{name}\".", nameof(name));
        foreach (var c in name)
        {
            if (c > 0x7E || c < 0x21) throw new ArgumentException($"A C3D name is printable ASCII without spaces, was \"{name}\".", nameof(name));
        }
        return name;
    }
}
