using System.Text;
using GluteLab.Signals.C3d;

namespace GluteLab.Signals.Tests.C3d;

/// <summary>Small files made with the project's own builder and writer, plus byte-patching helpers for broken-file tests.</summary>
internal static class C3dFixtures
{
    public static readonly C3dProcessor[] Processors = [C3dProcessor.Intel, C3dProcessor.Dec, C3dProcessor.Mips];

    /// <summary>Two markers and two EMG channels, 20 frames at 100 Hz, analog at 1000 Hz, one gap, one event.</summary>
    public static C3dFile Walk()
    {
        const int frames = 20;
        var x = new double[frames];
        var y = new double[frames];
        var z = new double[frames];
        var x2 = new double[frames];
        for (int f = 0; f < frames; f++)
        {
            x[f] = 100 + 2.5 * f;
            y[f] = -50.25 + f;
            z[f] = 950 + 0.125 * f;
            x2[f] = -100 - f;
        }
        y[7] = double.NaN; // marker hidden in frame 7
        var emg = new double[frames * 10];
        var emg2 = new double[frames * 10];
        for (int i = 0; i < emg.Length; i++)
        {
            emg[i] = 0.001 * Math.Sin(i * 0.3);
            emg2[i] = -0.5 + i * 1e-3;
        }
        return new C3dBuilder(pointRateHz: 100)
            .WithAnalogRate(1000)
            .AddMarker("LASI", x, y, z)
            .AddMarker("RASI", x2, z, y.Select(v => double.IsNaN(v) ? 1 : v).ToArray())
            .AddAnalogChannel("EMG_GMAX_L", emg, "V", "gluteus maximus left")
            .AddAnalogChannel("EMG_HAM_L", emg2, "mV")
            .AddEvent("Foot Strike", 0.05, "Left")
            .AddEvent("Foot Off", 61.5, "Right")
            .Build();
    }

    public static byte[] WalkBytes(C3dProcessor processor = C3dProcessor.Intel, C3dStorageFormat storage = C3dStorageFormat.Float) =>
        C3dWriter.ToBytes(Walk(), new C3dWriteOptions(processor, storage));

    /// <summary>Byte offset of the parameter record <paramref name="name"/> of group <paramref name="groupId"/> (Intel files from the builder).</summary>
    public static int RecordOffset(byte[] file, int groupId, string name)
    {
        var pattern = new byte[] { (byte)name.Length, (byte)groupId }.Concat(Encoding.ASCII.GetBytes(name)).ToArray();
        int at = file.AsSpan(512).IndexOf(pattern);
        if (at < 0) throw new InvalidOperationException($"record {name} not found");
        return 512 + at;
    }

    /// <summary>Renames a parameter in place (same length), e.g. to make it "missing".</summary>
    public static void Rename(byte[] file, int groupId, string name, string newName)
    {
        int at = RecordOffset(file, groupId, name);
        Encoding.ASCII.GetBytes(newName).CopyTo(file, at + 2);
    }

    /// <summary>Offset of the first data byte of a parameter record (after type, dimension count and dimensions).</summary>
    public static int DataOffset(byte[] file, int groupId, string name)
    {
        int at = RecordOffset(file, groupId, name);
        int dims = file[at + 2 + name.Length + 3];
        return at + 2 + name.Length + 4 + dims;
    }

    /// <summary>Sets header word <paramref name="word"/> (1-based) of an Intel file.</summary>
    public static void SetWord(byte[] file, int word, ushort value) => BitConverter.TryWriteBytes(file.AsSpan(2 * (word - 1)), value);
}
