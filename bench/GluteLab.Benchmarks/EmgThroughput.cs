using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GluteLab.Signals.EmgProcessing;

namespace GluteLab.Benchmarks;

/// <summary>Times the EMG pipeline on a raw float64 file so that SciPy can be timed on the very same input.</summary>
public static class EmgThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: emg-throughput FILE CHANNELS RATE_HZ REPEATS");
            return 2;
        }
        var bytes = File.ReadAllBytes(args[0]);
        var channelCount = int.Parse(args[1], CultureInfo.InvariantCulture);
        var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
        var repeats = int.Parse(args[3], CultureInfo.InvariantCulture);
        var all = MemoryMarshal.Cast<byte, double>(bytes).ToArray();
        var n = all.Length / channelCount;
        var channels = Enumerable.Range(0, channelCount).Select(c => all.AsSpan(c * n, n).ToArray()).ToArray();
        var detector = new HodgesBuiDetector();
        var bursts = EmgPipelineInput.Run(channels, rate, detector); // warm-up (JIT, tiering)
        for (var i = 0; i < 3; i++) EmgPipelineInput.Run(channels, rate, detector);
        var best = double.MaxValue;
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            bursts = EmgPipelineInput.Run(channels, rate, detector);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        var samples = (double)channelCount * n;
        var filtered = new double[n];
        var envelope = new double[n];
        for (var i = 0; i < 3; i++) EmgPipelineInput.RunIntoBuffers(channels, rate, detector, filtered, envelope);
        var bestBuffers = double.MaxValue;
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            EmgPipelineInput.RunIntoBuffers(channels, rate, detector, filtered, envelope);
            bestBuffers = Math.Min(bestBuffers, sw.Elapsed.TotalSeconds);
        }
        var analog = channels.Select((x, i) => new GluteLab.Signals.Recordings.AnalogChannel($"EMG{i + 1}", rate, x)).ToArray();
        for (var i = 0; i < 3; i++) EmgPipelineInput.RunBatched(analog, detector);
        var bestBatched = double.MaxValue;
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            EmgPipelineInput.RunBatched(analog, detector);
            bestBatched = Math.Min(bestBatched, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"glutelab (channels batched): {samples:0} samples, best of {repeats}: {bestBatched * 1000:0.00} ms, {samples / bestBatched / 1e6:0.0} M samples/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"glutelab (reused buffers): {samples:0} samples, best of {repeats}: {bestBuffers * 1000:0.00} ms, {samples / bestBuffers / 1e6:0.0} M samples/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"glutelab: {samples:0} samples, best of {repeats}: {best * 1000:0.00} ms, {samples / best / 1e6:0.0} M samples/s, bursts {bursts}"));
        return 0;
    }
}
