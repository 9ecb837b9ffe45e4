namespace GluteLab.Signals.EmgProcessing;

/// <summary>A note about how a signal was processed when a parameter could not be applied as asked.</summary>
/// <param name="Code">Stable identifier, e.g. <c>upper-edge-clamped</c>.</param>
/// <param name="Message">Plain-language explanation naming the parameter and values.</param>
public sealed record EmgDiagnostic(string Code, string Message);
