using System.Globalization;

namespace GluteLab.Signals.Readers;

/// <summary>Strict number parsing for text recordings: invariant culture, finite values only.</summary>
internal static class TextNumbers
{
    /// <summary>Parses <paramref name="field"/> or throws a <see cref="RecordingFormatException"/> naming where.</summary>
    public static double Parse(ReadOnlySpan<char> field, string source, int line, int column, string what)
    {
        var text = field.Trim();
        if (text.Length == 0) throw new RecordingFormatException(source, line, column, $"{what} is empty.");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.Contains(',') ? " (use '.' as the decimal separator)" : "";
            throw new RecordingFormatException(source, line, column, $"{what} '{text.ToString()}' is not a number{hint}.");
        }
        if (!double.IsFinite(value))
        {
            throw new RecordingFormatException(source, line, column, $"{what} is {text.ToString()}; only finite numbers are allowed.");
        }
        return value;
    }

    /// <summary>Number of digits after the decimal point (0 for exponent forms), for tolerances of printed values.</summary>
    public static int Decimals(ReadOnlySpan<char> field)
    {
        var text = field.Trim();
        if (text.IndexOfAny('e', 'E') >= 0) return 0;
        var dot = text.IndexOf('.');
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary>Factor from <paramref name="unit"/> to SI volts for EMG units (mV, µV, uV); 1 and the unit kept otherwise.</summary>
    public static (double Factor, string Unit) ToSi(string unit) => unit.Trim() switch
    {
        "mV" or "mv" => (1e-3, "V"),
        "µV" or "μV" or "uV" or "uv" => (1e-6, "V"),
        "V" or "v" => (1.0, "V"),
        var other => (1.0, other),
    };
}
