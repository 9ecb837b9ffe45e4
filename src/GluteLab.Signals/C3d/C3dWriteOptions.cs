namespace GluteLab.Signals.C3d;

/// <summary>How <see cref="C3dWriter"/> encodes a file.</summary>
/// <param name="Processor">Processor type to write (Intel, DEC or MIPS).</param>
/// <param name="StorageFormat">Storage format of point and analog samples; null keeps the file's own.</param>
public sealed record C3dWriteOptions(C3dProcessor Processor = C3dProcessor.Intel, C3dStorageFormat? StorageFormat = null);
