using GluteLab.Anatomy;
using GluteLab.Signals.Assessments;
using GluteLab.Signals.EmgProcessing;
using GluteLab.Signals.Readers;
using GluteLab.Signals.Recordings;

namespace GluteLab.Cli;

/// <summary>What <c>emg analyze</c> was asked to do, after argument checks.</summary>
internal sealed record EmgRequest(
    IReadOnlyList<string> Files,
    ChannelMap Map,
    double? RateHz,
    string? Test,
    IReadOnlyList<string> MvicFiles,
    IOnsetDetector Detector,
    double? MovementOnsetSeconds,
    ProneHipExtensionCue Cue,
    Side? TestedSide,
    double? NotchHz,
    string? PlotDirectory,
    IReadOnlyList<EmgOverride> Overrides);

/// <summary>A clinician's onset for one channel of one trial (0-based trial index).</summary>
internal sealed record EmgOverride(int Trial, string Channel, OnsetOverride Override);

/// <summary>One analysed channel of one trial.</summary>
internal sealed record EmgChannelResult(AnalogChannel Raw, ConditionedEmg Conditioned, ChannelOnsets Onsets, ChannelAmplitude Amplitude);

/// <summary>One analysed trial (file).</summary>
internal sealed record EmgTrialResult(string File, Recording Recording, double? MovementOnsetSeconds, IReadOnlyList<EmgChannelResult> Channels, FiringOrder Order)
{
    public IReadOnlyList<MuscleAsymmetry> Asymmetry => AmplitudeComparison.Asymmetry(Channels.Select(c => c.Amplitude));

    public IReadOnlyList<AmplitudeRatio> Ratios => AmplitudeComparison.SubstitutionRatios(Channels.Select(c => c.Amplitude));
}

/// <summary>Everything <c>emg analyze</c> reports.</summary>
internal sealed record EmgReport(EmgRequest Request, EmgConditioningOptions Conditioning, MvicReference Mvic,
    IReadOnlyList<EmgTrialResult> Trials, ProneHipExtensionResult? ProneHipExtension, IReadOnlyList<string> Notes);

/// <summary>Reads the files and runs the analysis; throws <see cref="CliException"/> for bad input before anything is written.</summary>
internal static class EmgAnalysis
{
    public static EmgReport Run(EmgRequest request, RecordingReaders readers)
    {
        var conditioning = new EmgConditioningOptions(NotchHz: request.NotchHz);
        var notes = new List<string>();
        var mvicRecordings = request.MvicFiles.Select(f => Read(f, readers, request.RateHz)).ToList();
        foreach (var r in mvicRecordings) notes.AddRange(r.Warnings.Select(w => $"{r.Name}: {w}"));
        MvicReference mvic;
        try
        {
            mvic = MvicReference.FromTrials(mvicRecordings.SelectMany(r => Signals.Emg.EmgChannels(r).Select(c => Signals.Emg.Condition(c, conditioning))));
        }
        catch (ArgumentException e)
        {
            throw new CliException("--mvic: " + e.Message);
        }

        var trials = new List<EmgTrialResult>();
        foreach (var file in request.Files)
        {
            var recording = Read(file, readers, request.RateHz);
            foreach (var warning in recording.Warnings) notes.Add($"{file}: {warning}");
            var movement = request.MovementOnsetSeconds ?? MovementOnset.Find(recording);
            var emgChannels = Signals.Emg.EmgChannels(recording).ToList();
            if (emgChannels.Count == 0) throw new CliException($"{file}: no EMG channels (only trigger channels).");
            if (movement is { } mv && mv > emgChannels.Max(c => c.DurationSeconds))
            {
                throw new CliException($"--movement-onset {mv} s is after the end of {file} ({emgChannels.Max(c => c.DurationSeconds):0.###} s).");
            }
            var results = new List<EmgChannelResult>();
            var allConditioned = Signals.Emg.Condition(emgChannels, conditioning);
            for (var k = 0; k < emgChannels.Count; k++)
            {
                var channel = emgChannels[k];
                var site = request.Map.Resolve(channel.Label);
                var conditioned = allConditioned[k];
                ChannelOnsets onsets;
                try
                {
                    onsets = Signals.Emg.DetectOnsets(conditioned, request.Detector, site);
                    foreach (var o in request.Overrides.Where(o => o.Trial == trials.Count && string.Equals(o.Channel, channel.Label, StringComparison.OrdinalIgnoreCase)))
                    {
                        onsets = onsets.WithOverride(o.Override);
                    }
                }
                catch (ArgumentException e)
                {
                    throw new CliException($"{file}, channel '{channel.Label}': {e.Message}");
                }
                results.Add(new EmgChannelResult(channel, conditioned, onsets, ChannelAmplitude.Measure(conditioned, site, mvic)));
                foreach (var d in conditioned.Diagnostics) notes.Add($"{file}, channel '{channel.Label}': {d.Message}");
                if (site is null) notes.Add($"{file}: channel '{channel.Label}' is not a recognised muscle; name it with --channels (e.g. {channel.Label}=gluteus_maximus:left).");
                if (request.MvicFiles.Count > 0 && mvic.Find(channel.Label) is null) notes.Add($"{file}: no MVIC reference for channel '{channel.Label}'; its amplitude stays in {channel.Unit}.");
            }
            foreach (var o in request.Overrides.Where(o => o.Trial == trials.Count && !emgChannels.Any(c => string.Equals(c.Label, o.Channel, StringComparison.OrdinalIgnoreCase))))
            {
                throw new CliException($"--override: {file} has no EMG channel '{o.Channel}'; did you mean '{NearestName.Find(o.Channel, emgChannels.Select(c => c.Label))}'?");
            }
            trials.Add(new EmgTrialResult(file, recording, movement, results, FiringOrder.From(results.Select(r => r.Onsets))));
        }

        ProneHipExtensionResult? prone = null;
        if (request.Test == "prone-hip-extension")
        {
            prone = ProneHipExtension.Assess(
                trials.Select(t => new ProneHipExtensionTrial(t.File, t.Channels.Select(c => c.Onsets).ToList(), t.MovementOnsetSeconds)).ToList(),
                new ProneHipExtensionOptions(request.Cue, request.TestedSide));
        }
        return new EmgReport(request, conditioning, mvic, trials, prone, notes.Distinct().ToList());
    }

    private static Recording Read(string file, RecordingReaders readers, double? rateHz)
    {
        if (Directory.Exists(file)) throw new CliException($"{file}: is a directory, expected a recording file.");
        if (!File.Exists(file)) throw new CliException($"{file}: file not found.");
        try
        {
            using var stream = File.OpenRead(file);
            return readers.Read(stream, file, new RecordingReadOptions(rateHz));
        }
        catch (RecordingFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{file}: {e.Message}");
        }
        catch (IOException e)
        {
            throw new CliException($"{file}: cannot read ({e.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{file}: permission denied.");
        }
    }
}
