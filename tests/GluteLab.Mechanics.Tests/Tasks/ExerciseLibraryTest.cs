using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Tests.Tasks;

public class ExerciseLibraryTest
{
    internal static readonly ExerciseLibrary Library = ExerciseLibrary.LoadBundled();

    public static readonly string[] RequiredIds =
    [
        "prone-hip-extension", "prone-hip-extension-knee-flexed", "quadruped-hip-extension", "bird-dog", "bridge",
        "single-leg-bridge", "hip-thrust", "front-plank", "side-plank", "clamshell", "side-lying-hip-abduction",
        "standing-glute-squeeze", "lateral-band-walk", "squat", "back-squat", "single-leg-squat", "single-leg-deadlift",
        "deadlift", "forward-lunge", "sideways-lunge", "forward-step-up", "lateral-step-up", "sit-to-stand",
        "stair-ascent", "walking", "standing", "hip-flexor-stretch",
    ];

    private const string Minimal = """
        id: test-task
        name: Test task
        description: Stand still.
        sources: ["test"]
        duration_s: 2
        tempo: hold
        keyframes:
          - {at: 0, hip_flexion_r: 0}
        contacts:
          - {point: foot_r, cop: free}
        """;

    [Fact]
    public void HasExactlyTheRequiredExercises() => Assert.Equal(RequiredIds.Order(StringComparer.Ordinal), Library.Ids);

    [Fact]
    public void EveryExerciseIsDocumented()
    {
        foreach (var e in Library.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name), e.Id);
            Assert.True(e.Description.Length > 40, e.Id);
            Assert.NotEmpty(e.Sources);
            Assert.False(string.IsNullOrWhiteSpace(e.Tempo), e.Id);
            Assert.InRange(e.FrameCount, 25, 50);
        }
    }

    [Fact]
    public void UnknownIdSuggestsTheNearest()
    {
        Assert.False(Library.TryGet("bridg", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => Library.Get("bridg"));
        Assert.Contains("Did you mean 'bridge'?", error.Message);
    }

    [Theory]
    [InlineData("squat", MovementStrategyFamily.TrunkLean, 7)]
    [InlineData("sit-to-stand", MovementStrategyFamily.TrunkLean, 7)]
    [InlineData("bridge", MovementStrategyFamily.LumbarPelvic, 11)]
    [InlineData("prone-hip-extension", MovementStrategyFamily.LumbarPelvic, 11)]
    [InlineData("walking", MovementStrategyFamily.None, 1)]
    public void CandidateStrategiesSpanTheRange(string id, MovementStrategyFamily family, int count)
    {
        var e = Library.Get(id);
        Assert.Equal(family, e.StrategyFamily);
        Assert.Equal(count, e.CandidateStrategies.Count);
        Assert.Contains(e.NominalStrategy, e.CandidateStrategies);
        Assert.All(e.CandidateStrategies, s => e.CheckStrategy(s));
        Assert.Equal(e.StrategyMinimum, e.CandidateStrategies[0].Parameter);
        Assert.Equal(e.StrategyMaximum, e.CandidateStrategies[^1].Parameter);
    }

    [Fact]
    public void StrategyOfAnotherFamilyIsRejected()
    {
        var squat = Library.Get("squat");
        Assert.Throws<ArgumentException>(() => squat.CheckStrategy(MovementStrategy.LumbarPelvic(0.5)));
        Assert.Throws<ArgumentException>(() => squat.CheckStrategy(MovementStrategy.TrunkLean(40)));
        Assert.Throws<ArgumentException>(() => Library.Get("walking").CheckStrategy(MovementStrategy.TrunkLean(0)));
    }

    [Fact]
    public void MinimalFileParses()
    {
        var e = ExerciseParser.Parse(Minimal, "test-task.yaml");
        Assert.Equal("test-task", e.Id);
        Assert.Equal(Side.Right, e.WorkingSide);
        Assert.Equal(40, e.FrameCount);
        Assert.Equal(TaskDynamicsMode.QuasiStatic, e.Dynamics);
        Assert.Equal(MovementStrategy.Nominal, e.NominalStrategy);
    }

    [Theory]
    [InlineData("hip_flexion_r: 0}", "hip_flexin_r: 0}", "field 'keyframes[0].hip_flexin_r' names unknown channel 'hip_flexin_r' (did you mean 'hip_flexion_r'?)")]
    [InlineData("id: test-task", "id: Test Task", "field 'id' is 'Test Task'")]
    [InlineData("duration_s: 2", "duration_s: -2", "field 'duration_s' is -2, should be in [0.2, 120]")]
    [InlineData("cop: free", "cop: sliding", "field 'contacts[0].cop' is 'sliding'")]
    [InlineData("point: foot_r", "point: fot_r", "field 'contacts[0].point' unknown point 'fot_r' (did you mean 'foot_r'?")]
    [InlineData("{at: 0, hip_flexion_r: 0}", "{at: 0, hip_flexion_r: 400}", "field 'keyframes[0].hip_flexion_r' is 400")]
    [InlineData("tempo: hold", "tempo: hold\nfrobnicate: 3", "line 7")]
    [InlineData("keyframes:", "keyframes: [", "line")]
    [InlineData("name: Test task\n", "", "field 'name' is missing")]
    [InlineData("cop: free}", "cop: free, vertical_profile_bw: [1, 1]}", "field 'contacts[0].vertical_profile_bw' cannot be combined with share, carries or a free centre of pressure")]
    [InlineData("cop: free}", "cop: free, aim_above_com_m: 0.2}", "field 'contacts[0].aim_above_com_m' needs 'direction: toward_com'")]
    public void BadFilesAreRejectedNamingTheField(string find, string replace, string expected) => AssertRejected(find, replace, expected);

    [Theory]
    [InlineData("shear: {push: [foot_l], resist: [foot_r], friction: 0.5}", "field 'shear.push' names 'foot_l', which is not a contact point (did you mean 'foot_r'?)")]
    [InlineData("shear: {push: [foot_r], resist: [foot_r], friction: 0.5}", "field 'shear' names a contact in both 'push' and 'resist'")]
    [InlineData("shear: {push: [foot_r], resist: [], friction: 0.5}", "field 'shear.resist' should name at least one contact point")]
    [InlineData("shear: {push: [foot_r], resist: [trunk@0.95], friction: 0}", "field 'shear.friction' should be > 0")]
    [InlineData("shear: {push: [foot_r], resist: [trunk@0.95], friction: 3}", "field 'shear.friction' is 3, should be in [0, 1.5]")]
    [InlineData("shear: {push: [foot_r], resist: [trunk@0.95], friction: 0.5, axis: up}", "field 'shear.axis' is 'up', should be 'fore_aft' or 'lateral'")]
    public void BadShearPairsAreRejectedNamingTheField(string shear, string expected)
        => AssertRejected(Minimal + "\n  - {point: trunk@0.95}\n" + shear + "\n", expected);

    [Theory]
    [InlineData("cop: free}", "cop: free, cop_range: [-0.5, 0.5]}", "field 'contacts[0].cop_range' applies to free centres of pressure at a point on a body's axis")]
    [InlineData("point: foot_r, cop: free}", "point: pelvis@0.5, cop: free, cop_range: [0.2, 0.5]}", "field 'contacts[0].cop_range' is [0.2, 0.5], should be [from, to]")]
    [InlineData("point: foot_r, cop: free}", "point: pelvis@0.5, cop: free, cop_range: [-0.5, 0.5]}", "no contact (cop: free_when_substituting) takes the moment beyond it")]
    public void BadCopRangesAreRejectedNamingTheField(string find, string replace, string expected) => AssertRejected(find, replace, expected);

    private static void AssertRejected(string find, string replace, string expected)
    {
        var text = Minimal.Replace(find, replace);
        Assert.NotEqual(Minimal, text);
        AssertRejected(text, expected);
    }

    private static void AssertRejected(string text, string expected)
    {
        var error = Assert.Throws<ExerciseFormatException>(() => ExerciseParser.Parse(text, "test-task.yaml"));
        Assert.StartsWith("test-task.yaml: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ShearPairNamesContactsAndSurvivesMirroring()
    {
        var bridge = Library.Get("bridge");
        var pair = Assert.IsType<ShearPair>(bridge.Shear);
        Assert.Equal(["foot_l", "foot_r"], pair.Push.Select(i => bridge.Contacts[i].Point.Text).Order());
        Assert.Equal(0.5, pair.FrictionCoefficient);
        Assert.Same(pair, bridge.Mirrored().Shear);
        Assert.Equal(ShearAxis.ForeAft, pair.Axis);
        Assert.Equal(ShearAxis.Lateral, Library.Get("sideways-lunge").Shear!.Axis);
        Assert.Null(Library.Get("squat").Shear);
    }

    [Fact]
    public void TotalWeightLoadKeepsEachLoadsShare()
    {
        // The deadlift's weight is two loads, one per hand (0.25 body weight each).
        var deadlift = Library.Get("deadlift");
        Assert.Equal(0.5, deadlift.TotalWeightLoadBodyWeights, 12);
        var heavier = deadlift.WithTotalWeightLoad(1.2);
        Assert.Equal(1.2, heavier.TotalWeightLoadBodyWeights, 12);
        Assert.All(heavier.Loads.Where(l => l.Kind == ExternalLoadKind.Weight), l => Assert.Equal(0.6, l.BodyWeightFraction, 12));
        Assert.Equal(0.0, Library.Get("bridge").TotalWeightLoadBodyWeights);
        Assert.Throws<InvalidOperationException>(() => Library.Get("bridge").WithTotalWeightLoad(0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => deadlift.WithTotalWeightLoad(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => deadlift.WithTotalWeightLoad(5.5));
    }

    [Fact]
    public void KeyframesMustBeInTimeOrder()
    {
        var text = Minimal.Replace("  - {at: 0, hip_flexion_r: 0}", "  - {at: 0.5, hip_flexion_r: 0}\n  - {at: 0.2, hip_flexion_r: 10}");
        var error = Assert.Throws<ExerciseFormatException>(() => ExerciseParser.Parse(text, "t.yaml"));
        Assert.Contains("field 'keyframes[1].at' is 0.2, should be later than the previous keyframe (0.5)", error.Message);
    }

    [Fact]
    public void IdMustMatchFileName()
    {
        var error = Assert.Throws<ExerciseFormatException>(() => ExerciseLibrary.Parse([("data/exercises/other.yaml", Minimal)]));
        Assert.Contains("should match the file name 'other'", error.Message);
    }

    [Fact]
    public void MirroringSwapsSidesAndNegatesFrontalAngles()
    {
        var e = Library.Get("lateral-step-up");
        var m = e.Mirrored();
        Assert.Equal(Side.Left, m.WorkingSide);
        for (var u = 0.0; u <= 1.0; u += 0.1)
        {
            Assert.Equal(e.Curve(KinematicChannel.HipFlexionRight).Evaluate(u), m.Curve(KinematicChannel.HipFlexionLeft).Evaluate(u), 12);
            Assert.Equal(e.Curve(KinematicChannel.HipAdductionLeft).Evaluate(u), m.Curve(KinematicChannel.HipAdductionRight).Evaluate(u), 12);
            Assert.Equal(-e.Curve(KinematicChannel.PelvicObliquity).Evaluate(u), m.Curve(KinematicChannel.PelvicObliquity).Evaluate(u), 12);
        }
        Assert.Equal("foot_l", m.Contacts[0].Point.Text);
    }
}
