namespace GluteLab.Signals.EmgProcessing;

/// <summary>Which onset method produced a result, with its citation and every parameter value used.</summary>
/// <param name="Id">Command-line identifier, e.g. <c>hodges-bui</c>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Citation">Published source of the method.</param>
/// <param name="Parameters">Parameter name → value (units in the names).</param>
public sealed record OnsetMethod(string Id, string Name, string Citation, IReadOnlyDictionary<string, double> Parameters)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Name} ({string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value:G4}"))})";
}
