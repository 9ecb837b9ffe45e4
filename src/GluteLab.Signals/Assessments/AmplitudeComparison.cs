using GluteLab.Anatomy;
using GluteLab.Signals.Recordings;

namespace GluteLab.Signals.Assessments;

/// <summary>Left/right asymmetry of one muscle.</summary>
/// <param name="Group">Muscle group.</param>
/// <param name="Muscle">Individual muscle, when the channels name one.</param>
/// <param name="Left">Left amplitude (mean %MVIC when normalised, else raw envelope mean).</param>
/// <param name="Right">Right amplitude, same measure.</param>
/// <param name="Index">Symmetry index (R − L) / ((R + L)/2) × 100.</param>
/// <param name="Normalised">True when both sides are in %MVIC; raw amplitudes are only indicative (electrode placement differs).</param>
public sealed record MuscleAsymmetry(MuscleGroup Group, string? Muscle, double Left, double Right, AsymmetryIndex Index, bool Normalised);

/// <summary>Ratio of two muscles' amplitudes on one side, e.g. gluteus maximus / erector spinae.</summary>
/// <param name="Name">Ratio name, e.g. <c>gluteus_maximus/erector_spinae</c>.</param>
/// <param name="Side">Side, or null when the channels carry no side.</param>
/// <param name="Value">Numerator / denominator.</param>
/// <param name="Normalised">True when both are %MVIC; raw ratios between different muscles are not physiologically comparable.</param>
/// <param name="Source">Why this ratio is reported.</param>
public sealed record AmplitudeRatio(string Name, Side? Side, double Value, bool Normalised, string Source);

/// <summary>Left/right asymmetry and the substitution ratios used in the gluteal literature.</summary>
public static class AmplitudeComparison
{
    /// <summary>The ratios reported, with their sources.</summary>
    public static IReadOnlyList<(MuscleGroup Numerator, Func<MuscleSite, bool> Denominator, string DenominatorName, string Source)> Ratios { get; } =
    [
        (MuscleGroup.GluteusMaximus, s => s.Group == MuscleGroup.ErectorSpinae, "erector_spinae",
            "substitution by lumbar extensors shows as a lower GMax/ES ratio (Kang 2016, Man Ther 22:211)"),
        (MuscleGroup.GluteusMaximus, s => s.Group == MuscleGroup.Hamstrings && (s.Muscle is null || s.IsLateralHamstrings), "biceps_femoris",
            "restricted hip-flexor length went with a lower GMax/biceps femoris ratio (Mills 2015, IJSPT)"),
        (MuscleGroup.GluteusMedius, s => s.Group == MuscleGroup.TensorFasciaeLatae, "tensor_fasciae_latae",
            "gluteal-to-TFL activation (Selkowitz, Beneck & Powers 2013, JOSPT 43:54)"),
    ];

    /// <summary>Asymmetry index per muscle that has both a left and a right channel.</summary>
    public static IReadOnlyList<MuscleAsymmetry> Asymmetry(IEnumerable<ChannelAmplitude> channels)
    {
        var sited = channels.Where(c => c.Site?.Side is not null).ToList();
        var result = new List<MuscleAsymmetry>();
        foreach (var g in sited.GroupBy(c => (c.Site!.Group, c.Site.Muscle)))
        {
            var left = g.FirstOrDefault(c => c.Site!.Side == Side.Left);
            var right = g.FirstOrDefault(c => c.Site!.Side == Side.Right);
            if (left is null || right is null) continue;
            var normalised = left.MeanMvic is not null && right.MeanMvic is not null;
            double l = normalised ? left.MeanMvic!.Value.Percent : left.EnvelopeMean;
            double r = normalised ? right.MeanMvic!.Value.Percent : right.EnvelopeMean;
            if (l + r <= 0) continue;
            result.Add(new MuscleAsymmetry(g.Key.Group, g.Key.Muscle, l, r, AsymmetryIndex.Of(l, r), normalised));
        }
        return result;
    }

    /// <summary>GMax/ES, GMax/biceps femoris and GMed/TFL per side, where both channels exist.</summary>
    public static IReadOnlyList<AmplitudeRatio> SubstitutionRatios(IEnumerable<ChannelAmplitude> channels)
    {
        var sited = channels.Where(c => c.Site is not null).ToList();
        var result = new List<AmplitudeRatio>();
        foreach (var (numerator, denominator, denominatorName, source) in Ratios)
        {
            foreach (var side in sited.Select(c => c.Site!.Side).Distinct())
            {
                var num = sited.FirstOrDefault(c => c.Site!.Group == numerator && c.Site.Side == side);
                var den = sited.FirstOrDefault(c => denominator(c.Site!) && c.Site!.Side == side);
                if (num is null || den is null) continue;
                var normalised = num.MeanMvic is not null && den.MeanMvic is not null;
                var d = normalised ? den.MeanMvic!.Value.Percent : den.EnvelopeMean;
                if (d <= 0) continue;
                var n = normalised ? num.MeanMvic!.Value.Percent : num.EnvelopeMean;
                result.Add(new AmplitudeRatio($"{numerator.ToId()}/{denominatorName}", side, n / d, normalised, source));
            }
        }
        return result;
    }
}
