using static GluteLab.Signals.Tests.Assessments.AssessmentTestData;
using GluteLab.Signals.Assessments;

namespace GluteLab.Signals.Tests.Assessments;

public class ProneHipExtensionTest
{
    private static ProneHipExtensionTrial Trial(double st, double bf, double gmax, double es, double? movement = 2.0, string name = "t") =>
        new(name, [Onset("ST", St, st), Onset("BF", Bf, bf), Onset("GMax", GMax, gmax), Onset("ES", Es, es)], movement);

    [Fact]
    public void ComparesOnsetsBeforeMovementWithLewisAndSahrmann2009()
    {
        // Medial hamstrings 195.5 ms before movement, lateral 100.2, GMax 11.5: the published means give z = 0.
        var result = ProneHipExtension.Assess([Trial(2 - 0.1955, 2 - 0.1002, 2 - 0.0115, 1.9)]);
        Assert.Equal(3, result.Comparisons.Count);
        Assert.All(result.Comparisons, c => Assert.Equal(0, c.Z, 1e-9));
        Assert.All(result.Comparisons, c => Assert.Equal(50, c.Percentile, 1e-6));
        Assert.All(result.Comparisons, c => Assert.Contains("Lewis & Sahrmann 2009", c.Citation));
    }

    [Fact]
    public void ALateGluteusMaximusHasANegativeZScore()
    {
        // GMax starting 152.3 ms after movement is two SDs (81.9 ms) later than the healthy mean of 11.5 ms before.
        var result = ProneHipExtension.Assess([Trial(1.8, 1.9, 2.1523, 1.85)]);
        var gmax = result.Comparisons.Single(c => c.Reference.Muscle == ReferenceMuscle.GluteusMaximus);
        Assert.Equal(-2, gmax.Z, 1e-9);
        Assert.Equal(2.275, gmax.Percentile, 0.01);
    }

    [Fact]
    public void CuedConditionUsesTheCuedReference()
    {
        var result = ProneHipExtension.Assess([Trial(2 - 0.1313, 2 - 0.0388, 2 - 0.0451, 1.9)], new ProneHipExtensionOptions(ProneHipExtensionCue.Glutes));
        Assert.All(result.Comparisons, c => Assert.Equal(0, c.Z, 1e-9));
    }

    [Fact]
    public void SummarisesRepeatedTrialsByMedianAndRange()
    {
        var result = ProneHipExtension.Assess([Trial(1.0, 1.1, 1.30, 1.2), Trial(1.0, 1.1, 1.40, 1.2), Trial(1.0, 1.1, 1.50, 1.2)]);
        var gmax = result.Muscles.Single(m => m.Name == "gluteus_maximus:left");
        Assert.Equal(400, gmax.SinceFirst!.Median.Milliseconds, 1e-9);
        Assert.Equal(300, gmax.SinceFirst.Min.Milliseconds, 1e-9);
        Assert.Equal(500, gmax.SinceFirst.Max.Milliseconds, 1e-9);
        Assert.Equal(3, gmax.TimesLast);
        Assert.Equal(ProneHipExtensionReference.GluteusMaximusAfterFirstMs, result.GluteusMaximusAfterFirst!.ReferenceMs);
        Assert.Equal(400, result.GluteusMaximusAfterFirst.ObservedMs, 1e-9);
        Assert.Equal(EvidenceStrength.Consistent, result.Evidence.Strength);
    }

    [Fact]
    public void OneTrialIsNeverEnoughAndNoOneIsCalledAmnesic()
    {
        var result = ProneHipExtension.Assess([Trial(1.0, 1.1, 1.9, 1.2)]);
        Assert.Equal(EvidenceStrength.Insufficient, result.Evidence.Strength);
        Assert.Contains("One trial only", result.Evidence.Statement);
        Assert.DoesNotContain("amnes", result.Evidence.Statement, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DisagreeingTrialsGiveLimitedEvidence()
    {
        var result = ProneHipExtension.Assess([Trial(1.0, 1.1, 1.3, 1.2), Trial(1.3, 1.1, 1.0, 1.2), Trial(1.1, 1.0, 1.3, 1.2)]);
        Assert.Equal(EvidenceStrength.Limited, result.Evidence.Strength);
        Assert.Equal(1.0 / 3, result.Evidence.OrderConsistency, 1e-12);
    }

    [Fact]
    public void WithoutMovementOnsetOnlyRelativeTimingIsReported()
    {
        var result = ProneHipExtension.Assess([Trial(1.0, 1.1, 1.3, 1.2, movement: null)]);
        Assert.Empty(result.Comparisons);
        Assert.Contains(result.Notes, n => n.Contains("No movement onset"));
        Assert.NotNull(result.GluteusMaximusAfterFirst);
    }
}
