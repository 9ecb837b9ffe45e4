using GluteLab.Anatomy;

namespace GluteLab.Anatomy.Tests.Vocabulary;

public class VocabularyTest
{
    [Theory]
    [InlineData("gluteus_maximus", MuscleGroup.GluteusMaximus)]
    [InlineData("Gluteus-Medius", MuscleGroup.GluteusMedius)]
    [InlineData("tensor fasciae latae", MuscleGroup.TensorFasciaeLatae)]
    public void MuscleGroupIdsParse(string text, MuscleGroup expected)
    {
        Assert.True(MuscleGroups.TryParse(text, out var group));
        Assert.Equal(expected, group);
        Assert.True(MuscleGroups.TryParse(group.ToId(), out var again));
        Assert.Equal(group, again);
    }

    [Fact]
    public void EveryGroupHasADistinctId() =>
        Assert.Equal(MuscleGroups.All.Count, MuscleGroups.All.Select(g => g.ToId()).Distinct().Count());

    [Theory]
    [InlineData("gluteus_maximu", "gluteus_maximus")]
    [InlineData("hamstring", "hamstrings")]
    public void NearestSuggestsTheClosestId(string typo, string expected) =>
        Assert.Equal(expected, MuscleGroups.Nearest(typo));

    [Fact]
    public void UnknownGroupDoesNotParse() => Assert.False(MuscleGroups.TryParse("gluteus_maximal", out _));

    [Fact]
    public void CoordinateOfMatchesSide()
    {
        foreach (var side in Sides.All)
        {
            foreach (var motion in Enum.GetValues<JointMotion>())
            {
                var coordinate = Coordinates.Of(motion, side);
                Assert.Equal(side, coordinate.SideOf());
                Assert.EndsWith(side == Side.Left ? "_l" : "_r", coordinate.ToId());
            }
        }
        Assert.Null(Coordinate.LumbarFlexion.SideOf());
    }

    [Fact]
    public void PostureIsAValue()
    {
        var a = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 30);
        var b = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 30);
        Assert.Equal(a, b);
        Assert.Equal(0, Posture.Neutral[Coordinate.HipFlexionRight]);
        Assert.Equal(30, a.Degrees(Coordinate.HipFlexionRight), 12);
        Assert.NotEqual(a, a.Plus(Coordinate.KneeFlexionLeft, 0.1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(4.0)]
    public void PostureRejectsImpossibleAngles(double radians) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Posture.Neutral.With(Coordinate.KneeFlexionLeft, radians));
}
