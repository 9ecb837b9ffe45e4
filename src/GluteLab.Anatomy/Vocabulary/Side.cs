namespace GluteLab.Anatomy;

/// <summary>Body side. Written <c>left</c> / <c>right</c> at the edges.</summary>
public enum Side
{
    Left = 0,
    Right = 1,
}

/// <summary>Conversions between <see cref="Side"/> and its field name.</summary>
public static class Sides
{
    /// <summary>Both sides, left first.</summary>
    public static readonly IReadOnlyList<Side> All = [Side.Left, Side.Right];

    /// <summary>The side opposite <paramref name="side"/>.</summary>
    public static Side Opposite(this Side side) => side == Side.Left ? Side.Right : Side.Left;

    /// <summary>The lower-case name used in files and on the command line: <c>left</c> or <c>right</c>.</summary>
    public static string ToId(this Side side) => side == Side.Left ? "left" : "right";

    /// <summary>Parses <c>left</c>/<c>right</c> (also <c>l</c>/<c>r</c>), case-insensitively.</summary>
    public static bool TryParse(string? text, out Side side)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "left" or "l": side = Side.Left; return true;
            case "right" or "r": side = Side.Right; return true;
            default: side = default; return false;
        }
    }
}
