using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>One slot of the header's event table.</summary>
/// <param name="TimeSeconds">Event time, seconds.</param>
/// <param name="IsDisplayed">Display flag (byte; 1 = on).</param>
/// <param name="Label">Up to 4 ASCII characters.</param>
public sealed record C3dHeaderEvent(float TimeSeconds, bool IsDisplayed, string Label);

/// <summary>
/// The parts of the 512-byte header that are not derived from the parameters: the raw frame range, the
/// interpolation gap, the event table and the reserved words (kept so a rewrite preserves them). Counts, scale,
/// rate and <c>DATA_START</c> are written from the parameters and data. Word numbers below are 1-based as in the
/// C3D docs ("The Header Section").
/// </summary>
/// <param name="FirstFrame">Word 4: first raw frame number (1-based; informational).</param>
/// <param name="MaxInterpolationGap">Word 6: maximum interpolation gap, frames.</param>
/// <param name="KeyLabelPresent">Word 148 (12345 when a label/range section exists).</param>
/// <param name="FirstLabelBlock">Word 149: first block of the label/range section.</param>
/// <param name="EventLabelsAreFourCharacters">Word 150 = 12345: event labels are 4 characters.</param>
/// <param name="Events">Header events (word 151 says how many; at most 18).</param>
/// <param name="ReservedWords">Words 13–147, 152, 198 and 235–256 (159 words) as stored.</param>
/// <param name="ParameterBlockCount">Parameter blocks in the source file: a rewrite uses at least this many, so <c>DATA_START</c> stays put.</param>
public sealed record C3dHeaderInfo(
    int FirstFrame,
    int MaxInterpolationGap,
    int KeyLabelPresent,
    int FirstLabelBlock,
    bool EventLabelsAreFourCharacters,
    ImmutableArray<C3dHeaderEvent> Events,
    ImmutableArray<ushort> ReservedWords,
    int ParameterBlockCount)
{
    /// <summary>Number of reserved header words kept (135 + 1 + 1 + 22).</summary>
    public const int ReservedWordCount = 159;

    /// <summary>Header values for a new file: first frame 1, gap 0, 4-character event labels, no events, reserved words zero.</summary>
    public static C3dHeaderInfo Default { get; } = new(1, 0, 0, 0, true, [], ImmutableArray.Create(new ushort[ReservedWordCount]), 0);

    /// <summary>Whether two headers hold the same values.</summary>
    public bool ContentEquals(C3dHeaderInfo other) =>
        FirstFrame == other.FirstFrame && MaxInterpolationGap == other.MaxInterpolationGap && KeyLabelPresent == other.KeyLabelPresent
        && FirstLabelBlock == other.FirstLabelBlock && EventLabelsAreFourCharacters == other.EventLabelsAreFourCharacters
        && Events.SequenceEqual(other.Events) && ReservedWords.SequenceEqual(other.ReservedWords);
}
