using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Readers;

/// <summary>
/// The registry of recording readers: the single place where formats are chosen. <see cref="Default"/> holds the
/// text formats; a C3D reader is added with <c>RecordingReaders.Default.With(new C3dRecordingReader())</c>
/// (or registered in <see cref="Default"/> once it exists).
/// </summary>
/// <remarks>
/// Choice: a reader whose <see cref="IRecordingReader.Extensions"/> contain the file's extension and which
/// <see cref="IRecordingReader.Recognises"/> the head wins; else the first reader claiming the extension; else the
/// first reader that recognises the head.
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// </remarks>
public sealed class RecordingReaders
{
    /// <summary>Bytes of the file head passed to <see cref="IRecordingReader.Recognises"/>.</summary>
    public const int HeadLength = 512;

    private readonly IRecordingReader[] readers;

    /// <summary>A registry with <paramref name="readers"/>, earlier ones preferred.</summary>
    public RecordingReaders(IEnumerable<IRecordingReader> readers) => this.readers = Preconditions.CheckNotNull(readers).ToArray();

    /// <summary>The built-in readers: Simple Text Format (BioSPPy/OpenSignals-style header), CSV/TSV.</summary>
    public static RecordingReaders Default { get; } = new([new SimpleTextRecordingReader(), new CsvRecordingReader()]);

    /// <summary>The registered readers, in order of preference.</summary>
    public IReadOnlyList<IRecordingReader> Readers => readers;

    /// <summary>A registry with <paramref name="reader"/> added in front (pseudomutator).</summary>
    public RecordingReaders With(IRecordingReader reader) => new(readers.Prepend(Preconditions.CheckNotNull(reader)));

    /// <summary>Every extension some reader claims.</summary>
    public IEnumerable<string> Extensions => readers.SelectMany(r => r.Extensions).Distinct();

    /// <summary>The reader for a file named <paramref name="fileName"/> starting with <paramref name="head"/>, or null.</summary>
    public IRecordingReader? Find(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        IRecordingReader? byExtension = null;
        foreach (var reader in readers)
        {
            if (!reader.Extensions.Contains(extension)) continue;
            if (reader.Recognises(head)) return reader;
            byExtension ??= reader;
        }
        if (byExtension is not null) return byExtension;
        foreach (var reader in readers)
        {
            if (reader.Recognises(head)) return reader;
        }
        return null;
    }

    /// <summary>Reads a seekable stream with the reader <see cref="Find"/> chooses.</summary>
    /// <exception cref="RecordingFormatException">No reader fits, or the chosen reader rejects the content.</exception>
    public Recording Read(Stream stream, string fileName, RecordingReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var head = new byte[HeadLength];
        var count = 0;
        int n;
        while (count < head.Length && (n = stream.Read(head, count, head.Length - count)) > 0) count += n;
        if (stream.CanSeek) stream.Seek(-count, SeekOrigin.Current);
        else throw new ArgumentException("stream should be seekable.", nameof(stream));
        var reader = Find(fileName, head.AsSpan(0, count)) ?? throw new RecordingFormatException(fileName, null, null,
            $"unknown recording format; expected one of {string.Join(", ", Extensions)}.");
        return reader.Read(stream, fileName, options ?? RecordingReadOptions.Default);
    }
}
