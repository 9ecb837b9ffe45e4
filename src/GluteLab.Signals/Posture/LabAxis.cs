namespace GluteLab.Signals.Pelvis;

/// <summary>A signed lab axis such as <c>+Z</c> or <c>-Y</c>.</summary>
/// <param name="Index">0 for X, 1 for Y, 2 for Z.</param>
/// <param name="Sign">+1 or −1.</param>
public readonly record struct LabAxis(int Index, int Sign)
{
    /// <summary>+Z, the assumed vertical when the file does not say.</summary>
    public static LabAxis PlusZ => new(2, 1);

    /// <summary>Parses <c>+X</c>, <c>-y</c>, <c>Z</c>… (a missing sign means +).</summary>
    public static bool TryParse(string? text, out LabAxis axis)
    {
        axis = default;
        var t = (text ?? "").Trim().ToUpperInvariant();
        var sign = 1;
        if (t.StartsWith('+') || t.StartsWith('-'))
        {
            sign = t[0] == '-' ? -1 : 1;
            t = t[1..].Trim();
        }
        var index = t switch { "X" => 0, "Y" => 1, "Z" => 2, _ => -1 };
        if (index < 0) return false;
        axis = new LabAxis(index, sign);
        return true;
    }

    /// <summary>The unit vector.</summary>
    public (double X, double Y, double Z) Vector => Index switch
    {
        0 => (Sign, 0, 0),
        1 => (0, Sign, 0),
        _ => (0, 0, Sign),
    };

    /// <inheritdoc />
    public override string ToString() => (Sign < 0 ? "-" : "+") + "XYZ"[Index];
}
