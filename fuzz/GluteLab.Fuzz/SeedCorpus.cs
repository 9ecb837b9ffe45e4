using GluteLab.Signals.C3d;

namespace GluteLab.Fuzz;

/// <summary>Small seed files in every processor type and storage format, made by the project's writer.</summary>
internal static class SeedCorpus
{
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var file = new C3dBuilder(100).WithAnalogRate(200)
            .AddMarker("LASI", [1.5, 2.5, double.NaN], [10, 11, 12], [900, 901, 902])
            .AddAnalogChannel("EMG", [0.001, -0.002, 0.003, 0, 0.5, -0.5], "V")
            .AddEvent("Foot Strike", 0.01, "Left")
            .Build();
        var markersOnly = new C3dBuilder(50).AddMarker("RPSI", [1], [2], [3]).Build();
        foreach (var processor in new[] { C3dProcessor.Intel, C3dProcessor.Dec, C3dProcessor.Mips })
        {
            foreach (var storage in new[] { C3dStorageFormat.Float, C3dStorageFormat.Integer })
            {
                var name = $"{processor}-{storage}".ToLowerInvariant();
                File.WriteAllBytes(Path.Combine(directory, name + ".c3d"), C3dWriter.ToBytes(file, new C3dWriteOptions(processor, storage)));
            }
            File.WriteAllBytes(Path.Combine(directory, $"{processor}-markers.c3d".ToLowerInvariant()), C3dWriter.ToBytes(markersOnly, new C3dWriteOptions(processor)));
        }
    }
}
