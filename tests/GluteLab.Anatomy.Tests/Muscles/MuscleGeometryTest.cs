using CsCheck;
using GluteLab.Anatomy.Muscles;

namespace GluteLab.Anatomy.Tests.Muscles;

/// <summary>Length–moment-arm consistency, mirroring and scaling of the bundled geometry.</summary>
public class MuscleGeometryTest
{
    private static readonly MuscleSet Set = MuscleSet.LoadBundled();

    private static readonly Gen<Posture> Postures =
        Gen.Double[-0.6, 1.9].Array[Coordinates.Count].Select(angles =>
        {
            var posture = Posture.Neutral;
            for (var i = 0; i < angles.Length; i++)
            {
                var c = (Coordinate)i;
                // Keep each angle in a physiological range: hip adduction/rotation and the lumbar spine ±0.6 rad, knee 0–2 rad.
                var value = c switch
                {
                    Coordinate.KneeFlexionLeft or Coordinate.KneeFlexionRight => Math.Abs(angles[i]),
                    Coordinate.HipFlexionLeft or Coordinate.HipFlexionRight => angles[i],
                    _ => angles[i] * 0.3,
                };
                posture = posture.With(c, value);
            }
            return posture;
        });

    [Fact]
    public void MomentArmsAreMinusTheLengthGradient() =>
        Postures.Sample(posture =>
        {
            Span<double> arms = stackalloc double[Coordinates.Count];
            Span<double> unused = stackalloc double[Coordinates.Count];
            foreach (var muscle in Set)
            {
                muscle.Evaluate(posture, arms);
                for (var c = 0; c < Coordinates.Count; c++)
                {
                    const double h = 1e-6;
                    var coordinate = (Coordinate)c;
                    var plus = muscle.Evaluate(posture.Plus(coordinate, h), unused);
                    var minus = muscle.Evaluate(posture.Plus(coordinate, -h), unused);
                    var numeric = -(plus - minus) / (2 * h);
                    if (Math.Abs(numeric - arms[c]) > 1e-6)
                    {
                        throw new Xunit.Sdk.XunitException($"{muscle.Name} about {coordinate.ToId()}: arm {arms[c]:G6} m, −dL/dq {numeric:G6} m");
                    }
                }
            }
        }, iter: 60);

    [Fact]
    public void LeftSideMirrorsTheRight() =>
        Postures.Sample(posture =>
        {
            // Copy the right leg's angles to the left leg, and mirror the lumbar lateral bending.
            var mirrored = posture.With(Coordinate.LumbarLateralBending, -posture[Coordinate.LumbarLateralBending]);
            foreach (var motion in Enum.GetValues<JointMotion>())
            {
                mirrored = mirrored.With(Coordinates.Of(motion, Side.Left), posture[Coordinates.Of(motion, Side.Right)]);
            }
            Span<double> right = stackalloc double[Coordinates.Count];
            Span<double> left = stackalloc double[Coordinates.Count];
            foreach (var index in Set.IndicesOf(Side.Right))
            {
                var r = Set[index];
                var l = Set[r.BaseName + "_l"];
                Assert.Equal(r.MaxIsometricForceNewtons, l.MaxIsometricForceNewtons);
                Assert.Equal(r.OptimalFiberLengthMeters, l.OptimalFiberLengthMeters);
                Assert.Equal(r.TendonSlackLengthMeters, l.TendonSlackLengthMeters);
                Assert.Equal(r.PennationAngleAtOptimumRadians, l.PennationAngleAtOptimumRadians);
                Assert.Equal(r.Group, l.Group);
                Assert.Equal(r.Evaluate(posture, right), l.Evaluate(mirrored, left), 1e-12);
                foreach (var motion in Enum.GetValues<JointMotion>())
                {
                    Assert.Equal(right[(int)Coordinates.Of(motion, Side.Right)], left[(int)Coordinates.Of(motion, Side.Left)], 1e-12);
                    Assert.Equal(0.0, right[(int)Coordinates.Of(motion, Side.Left)]);
                    Assert.Equal(0.0, left[(int)Coordinates.Of(motion, Side.Right)]);
                }
                Assert.Equal(right[(int)Coordinate.LumbarFlexion], left[(int)Coordinate.LumbarFlexion], 1e-12);
                Assert.Equal(right[(int)Coordinate.LumbarLateralBending], -left[(int)Coordinate.LumbarLateralBending], 1e-12);
            }
        }, iter: 20);

    [Fact]
    public void EveryMuscleCrossingTheHipHasAllThreeHipArmsAndNoneActsOnThePelvis()
    {
        foreach (var muscle in Set)
        {
            var flexion = Coordinates.Of(JointMotion.HipFlexion, muscle.Side);
            var hip = new[] { flexion, Coordinates.Of(JointMotion.HipAdduction, muscle.Side), Coordinates.Of(JointMotion.HipRotation, muscle.Side) };
            Assert.True(hip.All(muscle.Geometry.Crosses) || !hip.Any(muscle.Geometry.Crosses), muscle.Name);
            Assert.False(muscle.Geometry.Crosses(Coordinate.PelvicTilt), muscle.Name);
            Assert.False(muscle.Geometry.Crosses(Coordinate.PelvicObliquity), muscle.Name);
            Assert.Equal(muscle.Group.IsTrunk(), muscle.Geometry.Crosses(Coordinate.LumbarFlexion));
        }
    }

    [Fact]
    public void NeutralFibreLengthIsTheDocumentedCalibration()
    {
        Span<double> arms = stackalloc double[Coordinates.Count];
        foreach (var m in Set)
        {
            var along = m.Evaluate(Posture.Neutral, arms) - m.TendonSlackLengthMeters;
            var width = m.OptimalFiberLengthMeters * Math.Sin(m.PennationAngleAtOptimumRadians);
            var normalized = Math.Sqrt(along * along + width * width) / m.OptimalFiberLengthMeters;
            Assert.Equal(m.NeutralNormalizedFiberLength, normalized, 9);
        }
    }

    [Fact]
    public void SetEvaluationMatchesPerMuscleEvaluationEverywhere()
    {
        // The set locates each angle among a knot grid once for all splines on that grid; the numbers must be exactly
        // those of each muscle's own evaluation, inside, on and beyond the knots (tables at −20…90° hip, 0…105° knee).
        var knotAngles = Gen.Int[0, 14].Select(k => k switch
        {
            < 9 => new[] { -20.0, -10, 0, 15, 30, 45, 60, 75, 90 }[k] * Math.PI / 180,
            < 13 => new[] { -40.0, 120, 105, 0.5 }[k - 9] * Math.PI / 180,
            _ => 0.0,
        });
        var gen = Postures.Select(knotAngles, knotAngles, (posture, hip, knee) =>
            posture.With(Coordinate.HipFlexionLeft, hip).With(Coordinate.KneeFlexionRight, Math.Abs(knee)));
        gen.Sample(posture =>
        {
            var arms = new double[Set.Count * Coordinates.Count];
            var lengths = new double[Set.Count];
            var one = new double[Coordinates.Count];
            Set.Evaluate(posture, arms, lengths);
            for (var m = 0; m < Set.Count; m++)
            {
                if (Set[m].Evaluate(posture, one) != lengths[m]) return false;
                if (!one.AsSpan().SequenceEqual(arms.AsSpan(m * Coordinates.Count, Coordinates.Count))) return false;
            }
            return true;
        });
    }

    [Fact]
    public void SetEvaluationMatchesPerMuscleEvaluation()
    {
        var posture = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 47).WithDegrees(Coordinate.KneeFlexionLeft, 33)
            .WithDegrees(Coordinate.HipRotationRight, -12).WithDegrees(Coordinate.LumbarLateralBending, 8);
        var arms = new double[Set.Count * Coordinates.Count];
        var lengths = new double[Set.Count];
        Set.Evaluate(posture, arms, lengths);
        Span<double> one = stackalloc double[Coordinates.Count];
        for (var m = 0; m < Set.Count; m++)
        {
            Assert.Equal(Set[m].Evaluate(posture, one), lengths[m]);
            Assert.True(one.SequenceEqual(arms.AsSpan(m * Coordinates.Count, Coordinates.Count)));
        }
        Assert.Throws<ArgumentException>(() => Set.Evaluate(posture, new double[10], lengths));
    }

    [Fact]
    public void ScalingToABodyScalesLengthsArmsAndForces()
    {
        var body = new Anthropometry(MuscleSet.ReferenceBodyMassKilograms * 1.2, MuscleSet.ReferenceHeightMeters * 1.1);
        var scaled = Set.ScaledTo(body);
        var posture = Posture.Neutral.WithDegrees(Coordinate.HipFlexionRight, 30).WithDegrees(Coordinate.KneeFlexionRight, 40);
        Span<double> a = stackalloc double[Coordinates.Count];
        Span<double> b = stackalloc double[Coordinates.Count];
        for (var m = 0; m < Set.Count; m++)
        {
            Assert.Equal(Set[m].MaxIsometricForceNewtons * 1.2, scaled[m].MaxIsometricForceNewtons, 9);
            Assert.Equal(Set[m].OptimalFiberLengthMeters * 1.1, scaled[m].OptimalFiberLengthMeters, 12);
            Assert.Equal(Set[m].Evaluate(posture, a) * 1.1, scaled[m].Evaluate(posture, b), 12);
            for (var c = 0; c < Coordinates.Count; c++) Assert.Equal(a[c] * 1.1, b[c], 12);
        }
    }

    [Fact]
    public void LookupsByNameGroupAndSide()
    {
        Assert.Equal(2 * 39, Set.Count);
        Assert.Equal("glmax2_r", Set["glmax2_r"].Name);
        Assert.Equal(-1, Set.IndexOf("glmax9_r"));
        var error = Assert.Throws<KeyNotFoundException>(() => Set["glmax_r"]);
        Assert.Contains("did you mean", error.Message);
        Assert.Equal(3, Set.IndicesOf(MuscleGroup.GluteusMaximus, Side.Left).Count);
        Assert.Equal(4, Set.IndicesOf(MuscleGroup.Hamstrings, Side.Right).Count);
        Assert.Equal(4, Set.IndicesOf(MuscleGroup.AdductorMagnus, Side.Right).Count);
        Assert.Equal(3, Set.IndicesOf(MuscleGroup.ErectorSpinae, Side.Right).Count);
        Assert.Equal(2, Set.IndicesOf(MuscleGroup.Obliques, Side.Left).Count);
        Assert.All(Set, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
        Assert.Equal(Set.Count / 2, Set.IndicesOf(Side.Left).Count);
    }

    [Fact]
    public void AMuscleCannotActOnTheOtherSide()
    {
        var curve = new MomentArmCurve(Coordinate.HipFlexionLeft, null, new NaturalCubicSpline([0.0], [0.05]), "test");
        var geometry = new MuscleGeometry([curve], 0.2);
        Assert.Throws<ArgumentException>(() => new Muscle("x", MuscleGroup.Iliopsoas, "x", Side.Right, 100, 0.1, 0.1, 0, 1, "test", geometry));
        Assert.Equal("x_l", new Muscle("x", MuscleGroup.Iliopsoas, "x", Side.Left, 100, 0.1, 0.1, 0, 1, "test", geometry).Name);
        Assert.Throws<ArgumentException>(() => new MuscleGeometry([curve, curve], 0.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Muscle("x", MuscleGroup.Iliopsoas, "x", Side.Left, double.NaN, 0.1, 0.1, 0, 1, "test", geometry));
    }
}
