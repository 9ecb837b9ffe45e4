using GluteLab.Signals.C3d;
using Xunit.Abstractions;

namespace GluteLab.Signals.Tests.C3d;

/// <summary>
/// The nine public sample files (pyomeca/ezc3d-testFiles, GPL-3.0) read as ezc3d reads them. Expected counts come from
/// ezc3d's own tests: <c>test/test_ezc3d.cpp</c> (readViconC3D, readQualisysC3D, readOptotrakC3D, readBtsC3D) and
/// <c>test/python3/test_binder_python.py</c> (test_values: Vicon first value 44.16278839111328 and 915 NaN
/// coordinates = 305 invalid points × 3; test_rotations: C3DRotationExample has 340 frames; the force-platform test:
/// Qualisys has 3400 analog samples). Those tests have no assertions for Kistler, FP_Type1, FP_Type3 and
/// read_NOTworking2; for them the expected values are the file's own parameters and header, cross-checked against
/// the file size (the data section holds exactly that many frames). Tests return early when the files are absent.
/// </summary>
public class C3dSampleFilesTest(ITestOutputHelper output)
{
    public static TheoryData<string, int, int, double, int, double, int, C3dProcessor, C3dStorageFormat> Expected() => new()
    {
        // file, points, frames, point Hz, channels, analog Hz, samples per frame, processor, storage
        { "Vicon.c3d", 51, 580, 100, 38, 2000, 20, C3dProcessor.Intel, C3dStorageFormat.Float },
        { "Qualisys.c3d", 55, 340, 200, 69, 2000, 10, C3dProcessor.Intel, C3dStorageFormat.Float },
        // ezc3d reports 30 frames: its end-of-file check runs after reading a frame, so it counts one frame past the
        // end. The data section holds 25056 bytes = exactly 29 frames of 54 points × 16 bytes (POINT:FRAMES says 1149).
        { "Optotrak.c3d", 54, 29, 30, 0, 0, 0, C3dProcessor.Intel, C3dStorageFormat.Float },
        { "BTS.c3d", 22, 675, 100, 44, 1000, 10, C3dProcessor.Intel, C3dStorageFormat.Float },
        { "C3DRotationExample.c3d", 0, 340, 85, 0, 0, 0, C3dProcessor.Intel, C3dStorageFormat.Float },
        // From the files' parameters/header (no ezc3d assertions):
        { "Kistler.c3d", 0, 3969, 60, 16, 600, 10, C3dProcessor.Intel, C3dStorageFormat.Integer },
        { "FP_Type1.c3d", 22, 634, 100, 24, 200, 2, C3dProcessor.Intel, C3dStorageFormat.Float },
        { "FP_Type3.c3d", 34, 2, 250, 16, 1000, 4, C3dProcessor.Intel, C3dStorageFormat.Float },
        { "read_NOTworking2.c3d", 23, 670, 25, 0, 0, 0, C3dProcessor.Dec, C3dStorageFormat.Integer },
    };

    private C3dReadResult? Read(string name)
    {
        var path = SampleFiles.PathOf(name);
        if (path is null)
        {
            output.WriteLine($"Skipped: {name} not found (set GLUTELAB_C3D_DIR or place shared/c3d beside the repository).");
            return null;
        }
        return C3dReader.Read(File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void ReadsLikeEzc3d(string name, int points, int frames, double pointRate, int channels, double analogRate, int perFrame,
        C3dProcessor processor, C3dStorageFormat storage)
    {
        if (Read(name) is not { } result) return;
        var file = result.File;
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
        Assert.Equal(processor, file.Processor);
        Assert.Equal(storage, file.StorageFormat);
        Assert.Equal(points, file.Points.PointCount);
        Assert.Equal(frames, file.FrameCount);
        Assert.Equal(pointRate, file.PointRateHz, 1e-4);
        Assert.Equal(channels, file.Analog.ChannelCount);
        if (channels > 0)
        {
            Assert.Equal(analogRate, file.AnalogRateHz, 1e-3);
            Assert.Equal(perFrame, file.Analog.SamplesPerFrame);
            Assert.Equal(frames * perFrame, file.Analog.SampleCount);
        }
    }

    [Fact]
    public void ViconValuesMatchEzc3d()
    {
        if (Read("Vicon.c3d") is not { } result) return;
        var file = result.File;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(44.16278839111328, file.Points[0, 0].X, 1e-6);
        int invalid = 0;
        for (int f = 0; f < file.FrameCount; f++)
        {
            for (int p = 0; p < file.Points.PointCount; p++) invalid += file.Points[f, p].IsValid ? 0 : 1;
        }
        Assert.Equal(305, invalid);
        Assert.Equal(9, file.Parameters.Groups.Length);
        Assert.Equal("Vicon", file.Parameters.Strings("MANUFACTURER", "COMPANY")[0]);
        var emg = file.AnalogChannel("Delt_ant.EMG1");
        Assert.Equal(2000, emg.RateHz);
        Assert.Equal(11600, emg.SampleCount);
    }

    [Fact]
    public void GroupCountsMatchEzc3d()
    {
        // ezc3d counts groups up to the highest group id: BTS names 6 groups, the last (TDF) with id 20.
        foreach (var (name, groups, highestId) in new[] { ("Vicon.c3d", 9, 9), ("Qualisys.c3d", 7, 7), ("Optotrak.c3d", 3, 3), ("BTS.c3d", 6, 20) })
        {
            if (Read(name) is not { } result) return;
            Assert.Equal(groups, result.File.Parameters.Groups.Length);
            Assert.Equal(highestId, result.File.Parameters.Groups.Max(g => g.Id));
        }
    }

    [Fact]
    public void QualisysManufacturerAndEvents()
    {
        if (Read("Qualisys.c3d") is not { } result) return;
        var p = result.File.Parameters;
        Assert.Equal("Qualisys", p.Strings("MANUFACTURER", "COMPANY")[0]);
        Assert.Equal(new double[] { 2, 17, 3720 }, p["MANUFACTURER", "VERSION"].AsDoubles());
        Assert.Equal(2, p.Number("FORCE_PLATFORM", "USED"));
        Assert.Equal(24, p["FORCE_PLATFORM", "CORNERS"].ElementCount);
        Assert.Equal((int)p.Number("EVENT", "USED")!.Value, result.File.Events.Length);
    }

    [Fact]
    public void OptotrakAndDecFilesReportTheirDeviations()
    {
        if (Read("Optotrak.c3d") is { } optotrak)
        {
            Assert.Contains(optotrak.Diagnostics, d => d.Parameter == "POINT:FRAMES" && d.Message.Contains("only 29 complete frame"));
        }
        if (Read("read_NOTworking2.c3d") is { } dec)
        {
            Assert.Contains(dec.Diagnostics, d => d.Parameter == "POINT:DATA_START");
            var head = dec.File.Points[0, 0];
            Assert.True(head.IsValid);
            Assert.InRange(head.Z, 1000, 2000); // a head marker of a standing subject, mm
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void RoundTripsAreExact(string name, int points, int frames, double pointRate, int channels, double analogRate, int perFrame,
        C3dProcessor processor, C3dStorageFormat storage)
    {
        _ = (points, frames, pointRate, channels, analogRate, perFrame, processor, storage);
        if (Read(name) is not { } result) return;
        var first = result.File;
        foreach (var target in C3dFixtures.Processors)
        {
            var second = C3dReader.Read(C3dWriter.ToBytes(first, new C3dWriteOptions(target)));
            Assert.Empty(second.Diagnostics);
            Assert.True(first.Points.ContentEquals(second.File.Points), $"{name} → {target}: points differ");
            Assert.True(first.Analog.ContentEquals(second.File.Analog), $"{name} → {target}: analog differs");
            Assert.True(first.Header.ContentEquals(second.File.Header), $"{name} → {target}: header differs");
            Assert.Equal(first.Events.ToArray(), second.File.Events.ToArray());
            // The writer completes missing required parameters (Kistler has no POINT group), records the true frame
            // count (Optotrak is truncated) and drops ROTATION when the processor changes (rotation data is copied as stored).
            bool rotationDropped = first.Rotation is not null && target != first.Processor;
            Assert.Equal(first.Rotation is not null && !rotationDropped, second.File.Rotation is not null);
            bool parametersKept = name is not ("Kistler.c3d" or "Optotrak.c3d") && !rotationDropped;
            if (!rotationDropped && first.Rotation is not null) Assert.True(first.Rotation.ContentEquals(second.File.Rotation), $"{name} → {target}: rotation data differs");
            if (parametersKept) Assert.True(first.Parameters.ContentEquals(second.File.Parameters, "POINT:DATA_START"), $"{name} → {target}: parameters differ");
            var third = C3dReader.Read(C3dWriter.ToBytes(second.File, new C3dWriteOptions(C3dProcessor.Intel))).File;
            Assert.True(second.File.ContentEquals(third, "POINT:DATA_START"), $"{name} → {target} → intel: not exact");
        }
    }

    [Fact]
    public void FloatToIntegerConversionStaysWithinHalfAScaleStep()
    {
        if (Read("Vicon.c3d") is not { } result) return;
        var original = result.File;
        var converted = C3dReader.Read(C3dWriter.ToBytes(original, new C3dWriteOptions(C3dProcessor.Mips, C3dStorageFormat.Integer))).File;
        Assert.Equal(C3dStorageFormat.Integer, converted.StorageFormat);
        float step = converted.Points.ResidualScale;
        for (int f = 0; f < original.FrameCount; f += 7)
        {
            for (int p = 0; p < original.Points.PointCount; p++)
            {
                var a = original.Points[f, p];
                var b = converted.Points[f, p];
                Assert.Equal(a.IsValid, b.IsValid);
                if (a.IsValid) Assert.Equal(a.X, b.X, step / 2 + 1e-3);
            }
        }
        var emg = original.AnalogChannel("Delt_ant.EMG1").Values;
        var emgConverted = converted.AnalogChannel("Delt_ant.EMG1").Values;
        double peak = emg.Max(Math.Abs);
        for (int i = 0; i < emg.Length; i += 13) Assert.Equal(emg[i], emgConverted[i], peak / 32000);
    }
}
