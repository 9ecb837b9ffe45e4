namespace GluteLab.Signals.Tests.EmgProcessing;

/// <summary>Synthetic surface EMG: Gaussian baseline noise plus a Gaussian burst with a known onset.</summary>
public static class SyntheticEmg
{
    /// <summary>
    /// Noise of SD 1 for <paramref name="seconds"/>, plus from <paramref name="onsetSeconds"/> for
    /// <paramref name="burstSeconds"/> an added Gaussian burst whose RMS over the noise's is <paramref name="snrDb"/>
    /// (20·log10 of the amplitude ratio).
    /// </summary>
    public static double[] Burst(int seed, double rateHz, double seconds, double onsetSeconds, double burstSeconds, double snrDb)
    {
        var random = new Random(seed);
        var n = (int)Math.Round(seconds * rateHz);
        var x = new double[n];
        var amplitude = Math.Pow(10, snrDb / 20);
        for (var i = 0; i < n; i++)
        {
            x[i] = Gaussian(random);
            var t = i / rateHz;
            if (t >= onsetSeconds && t < onsetSeconds + burstSeconds) x[i] += amplitude * Gaussian(random);
        }
        return x;
    }

    /// <summary>Pure Gaussian noise of SD 1.</summary>
    public static double[] Noise(int seed, int n)
    {
        var random = new Random(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = Gaussian(random);
        return x;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
