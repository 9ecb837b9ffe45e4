using GluteLab.Signals.C3d;
using SharpFuzz;

// Fuzzing harness for the C3D reader (run by fuzz/run.sh under afl-fuzz with an instrumented GluteLab.Signals.dll).
//   dotnet GluteLab.Fuzz.dll --seed DIR   writes a seed corpus made with the project's own builder and writer
//   dotnet GluteLab.Fuzz.dll              reads inputs from afl; any exception other than C3dFormatException is a crash
if (args.Length == 2 && args[0] == "--seed")
{
    GluteLab.Fuzz.SeedCorpus.Write(args[1]);
    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    C3dReadResult result;
    try
    {
        result = C3dReader.Read(stream);
    }
    catch (C3dFormatException)
    {
        return;
    }
    // Exercise the accessors users call on whatever the reader accepted.
    var file = result.File;
    for (int p = 0; p < file.Points.PointCount; p++) _ = file.Points.Trajectory(p);
    for (int c = 0; c < file.Analog.ChannelCount; c++) _ = file.Analog.Channel(c);
    _ = result.Diagnostics.Select(d => d.ToString()).ToList();
});
