namespace GluteLab.Signals.Pelvis;

/// <summary>The pelvis markers needed are not in the file. The message lists what is missing and the labels the file has.</summary>
public sealed class MissingMarkersException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="missing">Labels looked for and not found (or a description of the label sets tried).</param>
    /// <param name="available">Marker labels the file has.</param>
    public MissingMarkersException(IReadOnlyList<string> missing, IReadOnlyList<string> available)
        : base($"pelvis markers not found: {string.Join(", ", missing)}. The file has {available.Count} marker(s)" +
               (available.Count > 0 ? ": " + string.Join(", ", available) : "") + ".")
    {
        Missing = missing;
        Available = available;
    }

    /// <summary>Labels looked for and not found.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Marker labels the file has.</summary>
    public IReadOnlyList<string> Available { get; }
}
