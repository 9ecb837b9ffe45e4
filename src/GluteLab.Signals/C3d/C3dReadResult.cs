using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>What <see cref="C3dReader"/> read: the file and the deviations it tolerated.</summary>
/// <param name="File">The file model.</param>
/// <param name="Diagnostics">Tolerated deviations, in the order found.</param>
public sealed record C3dReadResult(C3dFile File, ImmutableArray<C3dDiagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is a warning.</summary>
    public bool HasWarnings => Diagnostics.Any(d => d.Severity == C3dSeverity.Warning);
}
