using System.Globalization;

namespace GluteLab.Signals.C3d;

/// <summary>
/// The data-section layout the reader settles on after weighing the header against the parameters. Parameters
/// win over header words (C3D docs: the header is a summary, <c>POINT:FRAMES</c> etc. are authoritative); the
/// header fills gaps; every disagreement or gap is reported.
/// </summary>
internal sealed record C3dLayout(
    C3dProcessor Processor,
    C3dStorageFormat Storage,
    int PointCount,
    int AnalogChannels,
    int AnalogSamplesPerFrame,
    int Frames,
    double PointRateHz,
    double AnalogRateHz,
    float PointScale,
    long DataOffset)
{
    private const int BlockSize = 512;

    public int WordSize => Storage == C3dStorageFormat.Float ? 4 : 2;

    public long FrameBytes => ((long)PointCount * 4 + (long)AnalogChannels * AnalogSamplesPerFrame) * WordSize;

    private static string N(double v) => v.ToString("G9", CultureInfo.InvariantCulture);

    public static C3dLayout Resolve(C3dReaderHeader header, C3dParameters parameters, C3dProcessor processor, int fileLength,
        int sectionStart, int declaredBlocks, List<C3dDiagnostic> diagnostics, int shift)
    {
        void Warn(long? offset, string? parameter, string message) => diagnostics.Add(new(offset + shift, parameter, message, C3dSeverity.Warning));
        void Info(long? offset, string? parameter, string message) => diagnostics.Add(new(offset + shift, parameter, message, C3dSeverity.Info));

        // Points.
        int pointCount;
        var usedPointsParameter = parameters.Find("POINT", "USED");
        var usedPoints = usedPointsParameter?.FirstUnsignedCount();
        if (usedPoints is null)
        {
            pointCount = header.Points;
            Warn(2, "POINT:USED", $"{(usedPointsParameter is null ? "Missing" : "Not a count 0–65535")}; header word 2 gives {pointCount} point(s).");
        }
        else
        {
            pointCount = usedPoints.Value;
            if (pointCount != header.Points) Warn(2, "POINT:USED", $"Header word 2 says {header.Points} point(s), POINT:USED says {pointCount}; POINT:USED is used.");
        }

        // Point rate.
        double pointRate;
        var rate = parameters.Number("POINT", "RATE");
        if (rate is { } r && double.IsFinite(r) && r > 0)
        {
            pointRate = (float)r;
            if (float.IsFinite(header.RateHz) && header.RateHz > 0 && Math.Abs(header.RateHz - r) > 1e-3 * r)
            {
                Info(20, "POINT:RATE", $"Header words 11–12 say {N(header.RateHz)} Hz, POINT:RATE says {N(r)} Hz; POINT:RATE is used.");
            }
        }
        else if (float.IsFinite(header.RateHz) && header.RateHz > 0)
        {
            pointRate = header.RateHz;
            Warn(20, "POINT:RATE", $"{(rate is null ? "Missing" : $"Invalid ({N(rate.Value)})")}; the header's {N(pointRate)} Hz is used.");
        }
        else
        {
            pointRate = 0;
            Warn(20, "POINT:RATE", "Missing or not positive in both the parameters and the header; the point rate is unknown (0).");
        }

        // Scale and storage format.
        double scale;
        var scaleParameter = parameters.Number("POINT", "SCALE");
        if (scaleParameter is { } s && double.IsFinite(s))
        {
            scale = s;
        }
        else
        {
            scale = float.IsFinite(header.Scale) ? header.Scale : 0;
            Warn(12, "POINT:SCALE", $"{(scaleParameter is null ? "Missing" : "Not a finite number")}; the header's {N(scale)} is used.");
        }

        // Analog channels, rate and samples per frame.
        int channels;
        var usedAnalogParameter = parameters.Find("ANALOG", "USED");
        var usedAnalog = usedAnalogParameter?.FirstUnsignedCount();
        if (usedAnalog is null)
        {
            channels = header.AnalogSamplesPerFrame > 0 ? header.AnalogPerFrameTotal / header.AnalogSamplesPerFrame : 0;
            if (channels > 0) Warn(4, "ANALOG:USED", $"{(usedAnalogParameter is null ? "Missing" : "Not a count 0–65535")}; header words 3 and 10 give {channels} channel(s).");
        }
        else
        {
            channels = usedAnalog.Value;
        }
        int samplesPerFrame = 0;
        double analogRate = 0;
        var analogRateParameter = parameters.Number("ANALOG", "RATE");
        bool analogRateValid = analogRateParameter is { } ar && double.IsFinite(ar) && ar > 0;
        if (channels > 0)
        {
            if (analogRateValid && pointRate > 0)
            {
                analogRate = (float)analogRateParameter!.Value;
                double ratio = analogRate / pointRate;
                samplesPerFrame = ratio is >= 0.5 and <= ushort.MaxValue ? (int)Math.Round(ratio) : 0;
                if (samplesPerFrame == 0 || Math.Abs(ratio - samplesPerFrame) > 1e-3 * Math.Max(1, ratio))
                {
                    int fallback = header.AnalogSamplesPerFrame;
                    Warn(null, "ANALOG:RATE", $"{N(analogRate)} Hz is not a whole multiple of the point rate {N(pointRate)} Hz; header word 10 ({fallback} per frame) is used.");
                    samplesPerFrame = fallback;
                }
                else if (header.AnalogSamplesPerFrame != samplesPerFrame)
                {
                    Warn(18, "ANALOG:RATE", $"Header word 10 says {header.AnalogSamplesPerFrame} analog sample(s) per frame; ANALOG:RATE / POINT:RATE gives {samplesPerFrame}, which is used.");
                }
            }
            else
            {
                samplesPerFrame = header.AnalogSamplesPerFrame > 0 ? header.AnalogSamplesPerFrame
                    : header.AnalogPerFrameTotal > 0 && header.AnalogPerFrameTotal % channels == 0 ? header.AnalogPerFrameTotal / channels : 0;
                analogRate = samplesPerFrame * pointRate;
                Warn(null, "ANALOG:RATE", analogRateValid
                    ? $"Cannot be related to an unknown point rate; header word 10 gives {samplesPerFrame} sample(s) per frame."
                    : $"{(analogRateParameter is null ? "Missing" : "Not positive")}; header word 10 gives {samplesPerFrame} sample(s) per frame, so the analog rate is taken as {N(analogRate)} Hz.");
            }
            if (samplesPerFrame <= 0)
            {
                Warn(18, "ANALOG:USED", $"{channels} analog channel(s) but no way to tell the samples per frame; analog data is not read.");
                channels = 0;
                samplesPerFrame = 0;
            }
        }
        else if (analogRateValid)
        {
            analogRate = (float)analogRateParameter!.Value;
        }

        // Data start.
        int parameterBlock = sectionStart / BlockSize + 1;
        bool ValidStart(int block) => block > parameterBlock && (long)(block - 1) * BlockSize <= fileLength;
        var parameterStart = parameters.Find("POINT", "DATA_START")?.FirstUnsignedCount();
        int dataStart;
        if (ValidStart(header.DataStart))
        {
            dataStart = header.DataStart;
            if (parameterStart is { } ps && ps != dataStart) Warn(16, "POINT:DATA_START", $"Header word 9 says block {dataStart}, POINT:DATA_START says {ps}; the header is used.");
        }
        else if (parameterStart is { } ps2 && ValidStart(ps2))
        {
            dataStart = ps2;
            Warn(16, "POINT:DATA_START", $"Header word 9 ({header.DataStart}) is not a valid block; POINT:DATA_START ({ps2}) is used.");
        }
        else
        {
            throw new C3dFormatException(16 + shift, $"the data section start (header word 9 = {header.DataStart}, POINT:DATA_START = {(parameterStart?.ToString(CultureInfo.InvariantCulture) ?? "missing")}) is not a block after the parameter section inside the file");
        }
        if (dataStart < parameterBlock + declaredBlocks) Warn(16, "POINT:DATA_START", $"The data section (block {dataStart}) starts inside the {declaredBlocks} parameter block(s) the section header declares.");
        long dataOffset = (long)(dataStart - 1) * BlockSize;

        // Frames.
        int headerFrames = header.LastFrame >= header.FirstFrame ? header.LastFrame - header.FirstFrame + 1 : 0;
        int frames;
        var framesParameter = parameters.Find("POINT", "FRAMES")?.FirstUnsignedCount();
        if (framesParameter is { } fp)
        {
            frames = fp;
            long trialFrames = TrialFrames(parameters);
            if (fp == 0xFFFF && trialFrames > fp)
            {
                frames = (int)Math.Min(trialFrames, int.MaxValue);
                Info(null, "TRIAL:ACTUAL_END_FIELD", $"POINT:FRAMES is at its 16-bit limit; TRIAL:ACTUAL_START_FIELD/ACTUAL_END_FIELD give {frames} frames, which are used.");
            }
            else if (frames != headerFrames && (pointCount > 0 || channels > 0))
            {
                Warn(6, "POINT:FRAMES", $"Header words 4–5 give frames {header.FirstFrame}–{header.LastFrame} ({headerFrames}); POINT:FRAMES says {frames}, which is used.");
            }
        }
        else
        {
            frames = headerFrames;
            Warn(6, "POINT:FRAMES", $"Missing; header words 4–5 give {frames} frame(s).");
        }

        // Storage format: the sign of the scale; a zero scale is settled by the size of the data section.
        long wordsPerFrame = (long)pointCount * 4 + (long)channels * samplesPerFrame;
        long available = Math.Max(0, fileLength - dataOffset);
        C3dStorageFormat storage;
        if (scale < 0) storage = C3dStorageFormat.Float;
        else if (scale > 0) storage = C3dStorageFormat.Integer;
        else
        {
            storage = available >= wordsPerFrame * 4 * frames && wordsPerFrame > 0 ? C3dStorageFormat.Float : C3dStorageFormat.Integer;
            Warn(12, "POINT:SCALE", $"Is 0, so the storage format is unknown; the data section size suggests {(storage == C3dStorageFormat.Float ? "float" : "integer")} storage, read with scale 1.");
        }
        float pointScale = scale == 0 ? 1f : (float)Math.Abs(scale);
        if (!float.IsFinite(pointScale) || pointScale == 0) pointScale = 1f;

        if (wordsPerFrame == 0 && frames > ushort.MaxValue)
        {
            Warn(null, "TRIAL:ACTUAL_END_FIELD", $"{frames} frames of no points and no analog channels; capped at {ushort.MaxValue}.");
            frames = ushort.MaxValue;
        }

        // Truncated data: read the complete frames that are there.
        long frameBytes = wordsPerFrame * (storage == C3dStorageFormat.Float ? 4 : 2);
        if (frameBytes > 0)
        {
            long complete = available / frameBytes;
            if (complete < frames)
            {
                Warn(dataOffset + complete * frameBytes, "POINT:FRAMES", $"The file holds only {complete} complete frame(s) of the {frames} declared; {complete} are read.");
                frames = (int)complete;
            }
        }
        return new C3dLayout(processor, storage, pointCount, channels, samplesPerFrame, frames, pointRate, analogRate, pointScale, dataOffset);
    }

    private static long TrialFrames(C3dParameters parameters)
    {
        static long Field(C3dParameter? p)
        {
            if (p is null || p.Type != C3dParameterType.Int16 || p.Int16Values.Length < 2) return -1;
            return (ushort)p.Int16Values[0] + 65536L * (ushort)p.Int16Values[1];
        }
        long start = Field(parameters.Find("TRIAL", "ACTUAL_START_FIELD"));
        long end = Field(parameters.Find("TRIAL", "ACTUAL_END_FIELD"));
        return start >= 0 && end >= start ? end - start + 1 : -1;
    }
}
