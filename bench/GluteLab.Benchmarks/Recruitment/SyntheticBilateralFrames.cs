using System.Collections.Immutable;
using GluteLab.Mechanics.Recruitment;

namespace GluteLab.Benchmarks.Recruitment;

/// <summary>
/// Deterministic bilateral-sized recruitment frames (m = 10, n = 70) with plausible magnitudes, for benchmarks and
/// comparisons until exported frames of real exercises are available. Not anatomy: a synthetic stand-in with the
/// structure of the hip–pelvis–lumbar model.
/// </summary>
/// <remarks>
/// Coordinates (m = 10): lumbar flexion and lateral bending; per side hip flexion, adduction, rotation and knee flexion.
/// Muscles: per side 32 leg muscles crossing one to three hip coordinates (a quarter also the knee) and 3 trunk
/// muscles crossing both lumbar coordinates. Moment arms 0.01–0.08 m of either sign and Fmax 200–5000 N
/// (the ranges of MUSCULOSKELETAL.md §1–2) scaled by a strength 0.3–1 and a posture factor that varies smoothly over
/// the movement; about one muscle in five has a reduced capacity (0.1–1) and one in twenty is unavailable. The
/// required moments are produced by activations strictly inside the bounds (up to about 0.45), so every frame is
/// feasible, and reach hundreds of N·m.
/// </remarks>
public static class SyntheticBilateralFrames
{
    /// <summary>Rows of the synthetic frames.</summary>
    public static readonly ImmutableArray<string> Coordinates =
    [
        "lumbar_flexion", "lumbar_bending",
        "hip_flexion_r", "hip_adduction_r", "hip_rotation_r", "knee_flexion_r",
        "hip_flexion_l", "hip_adduction_l", "hip_rotation_l", "knee_flexion_l",
    ];

    private const int LegMusclesPerSide = 32;
    private const int TrunkMusclesPerSide = 3;

    /// <summary>Number of muscles (columns).</summary>
    public const int MuscleCount = 2 * (LegMusclesPerSide + TrunkMusclesPerSide);

    /// <summary>Column names: leg_01_r … leg_32_r, trunk_1_r … and the same on the left.</summary>
    public static ImmutableArray<string> Muscles { get; } = BuildNames();

    private static ImmutableArray<string> BuildNames()
    {
        var names = ImmutableArray.CreateBuilder<string>(MuscleCount);
        foreach (var side in new[] { "r", "l" })
        {
            for (var i = 1; i <= LegMusclesPerSide; i++) names.Add($"leg_{i:00}_{side}");
            for (var i = 1; i <= TrunkMusclesPerSide; i++) names.Add($"trunk_{i}_{side}");
        }
        return names.MoveToImmutable();
    }

    /// <summary>
    /// A movement of <paramref name="frameCount"/> frames at 100 Hz: matrix, required moments, capacities and weights
    /// as arrays (row-major A), generated from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<Frame> Movement(int seed, int frameCount, double exponent = 2.0, bool weighted = false)
    {
        var random = new Random(seed);
        double Uniform(double lo, double hi) => lo + (hi - lo) * random.NextDouble();
        const int m = 10;
        const int n = MuscleCount;
        var baseMatrix = new double[m * n];
        var capacities = new double[n];
        var weights = new double[n];
        var phase = new double[n];
        var targetLevel = new double[n];
        for (var i = 0; i < n; i++)
        {
            var side = i < n / 2 ? 0 : 1;
            var local = i % (n / 2);
            var fmax = Uniform(200, 5000) * Uniform(0.3, 1.0);
            if (local < LegMusclesPerSide)
            {
                var hipRows = new[] { 2, 3, 4 };
                var crossings = 1 + random.Next(3);
                for (var c = 0; c < crossings; c++)
                {
                    var row = hipRows[(local + c) % 3] + 4 * side;
                    baseMatrix[row * n + i] = Sign(random) * Uniform(0.01, 0.08) * fmax;
                }
                if (random.Next(4) == 0) baseMatrix[(5 + 4 * side) * n + i] = Sign(random) * Uniform(0.01, 0.05) * fmax;
            }
            else
            {
                baseMatrix[0 * n + i] = Sign(random) * Uniform(0.02, 0.08) * fmax;
                baseMatrix[1 * n + i] = (side == 0 ? 1 : -1) * Uniform(0.01, 0.06) * fmax;
            }
            var draw = random.NextDouble();
            capacities[i] = draw < 0.05 ? 0 : draw < 0.25 ? Uniform(0.1, 1) : 1;
            weights[i] = weighted ? Uniform(0.5, 3) : 1;
            phase[i] = Uniform(0, 2 * Math.PI);
            targetLevel[i] = Uniform(0.02, 0.45);
        }

        var frames = new List<Frame>(frameCount);
        for (var f = 0; f < frameCount; f++)
        {
            var time = f * 0.01;
            var a = new double[m * n];
            var b = new double[m];
            for (var i = 0; i < n; i++)
            {
                // Posture changes moment arms by up to ±30 % and the hidden activations by up to ±50 % over a 2 s cycle.
                var posture = 1 + 0.3 * Math.Sin(Math.PI * time + phase[i]);
                var level = capacities[i] * targetLevel[i] * (1 + 0.5 * Math.Sin(Math.PI * time + 2 * phase[i]));
                for (var k = 0; k < m; k++)
                {
                    var entry = baseMatrix[k * n + i] * posture;
                    a[k * n + i] = entry;
                    b[k] += entry * level;
                }
            }
            frames.Add(new Frame(time, a, b, capacities, weights, exponent));
        }
        return frames;
    }

    private static int Sign(Random random) => random.Next(2) == 0 ? -1 : 1;

    /// <summary>One synthetic frame as arrays.</summary>
    public sealed record Frame(double TimeSeconds, double[] MomentMatrix, double[] RequiredMoments, double[] Capacities, double[] Weights, double Exponent)
    {
        /// <summary>The frame as a solver input.</summary>
        public RecruitmentProblem Problem => new(Coordinates.Length, MuscleCount, MomentMatrix, RequiredMoments, Capacities, Weights, Exponent);
    }
}
