using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Readers;

/// <summary>
/// Reads one file format into a <see cref="Recording"/>. Implementations are stateless and registered in
/// <see cref="RecordingReaders"/>; a C3D reader plugs in the same way.
/// </summary>
public interface IRecordingReader
{
    /// <summary>Short format name for messages, e.g. <c>CSV</c>.</summary>
    string FormatName { get; }

    /// <summary>File extensions this reader claims, lower case with the dot (e.g. <c>.csv</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// True when the first bytes of a file look like this format. Used to choose between readers that share an
    /// extension (<c>.txt</c>), or when the extension is unknown.
    /// </summary>
    bool Recognises(ReadOnlySpan<byte> head);

    /// <summary>Reads the whole stream.</summary>
    /// <param name="stream">The content; read to the end, not closed.</param>
    /// <param name="sourceName">Name for messages (usually the file name).</param>
    /// <param name="options">Reader options (rate for files without one).</param>
    /// <exception cref="RecordingFormatException">The content is malformed; the message names source, line, column and reason.</exception>
    Recording Read(Stream stream, string sourceName, RecordingReadOptions options);
}
