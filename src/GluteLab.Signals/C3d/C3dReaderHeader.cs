namespace GluteLab.Signals.C3d;

/// <summary>The header words as read (1-based word numbers in the comments), before weighing them against the parameters.</summary>
internal sealed record C3dReaderHeader(
    C3dHeaderInfo Info,
    int Points,              // word 2
    int AnalogPerFrameTotal, // word 3: analog samples per 3D frame, all channels
    int FirstFrame,          // word 4
    int LastFrame,           // word 5
    float Scale,             // words 7–8
    int DataStart,           // word 9
    int AnalogSamplesPerFrame, // word 10
    float RateHz);           // words 11–12
