namespace GluteLab.Signals.C3d;

/// <summary>
/// One analog channel (e.g. an EMG electrode) in physical units:
/// value = (raw − <c>ANALOG:OFFSET</c>[ch]) × <c>ANALOG:SCALE</c>[ch] × <c>ANALOG:GEN_SCALE</c> (C3D docs, "ANALOG:OFFSET").
/// </summary>
/// <param name="Label">Channel label.</param>
/// <param name="Description">Channel description.</param>
/// <param name="Units">Units as stored in <c>ANALOG:UNITS</c> (e.g. "V", "mV", "N").</param>
/// <param name="RateHz">Sampling rate, Hz (<c>ANALOG:RATE</c>).</param>
/// <param name="Values">Samples in physical units.</param>
public sealed record C3dAnalogChannel(string Label, string Description, string Units, double RateHz, double[] Values)
{
    /// <summary>Number of samples.</summary>
    public int SampleCount => Values.Length;

    /// <summary>Time of sample <paramref name="index"/> from the first sample, seconds.</summary>
    public double TimeSeconds(int index) => index / RateHz;
}
