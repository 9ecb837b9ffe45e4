namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// Reads the muscle parameter table (<c>data/muscles.csv</c>) and the moment-arm tables (<c>data/moment-arms/*.csv</c>)
/// into a <see cref="MuscleSet"/>, validating every value. Rows describe right-side muscles; the left side is the mirror
/// image (same parameters and arms, except that the lumbar lateral-bending arm changes sign).
/// </summary>
/// <remarks>
/// <para><c>muscles.csv</c> columns: name, group (<see cref="MuscleGroups"/> id), label, max_isometric_force_n,
/// optimal_fiber_length_m, tendon_slack_length_m, pennation_angle_deg, norm_fiber_length_neutral, neutral_length_source,
/// passive_strain_at_one_norm_force (e₀ of the passive curve), passive_strain_source, fiber_excursion_ratio (κ, the
/// fibres' share of a musculotendon length change, 1 = rigid tendon), fiber_excursion_source, source.</para>
/// <para>Moment-arm tables, one per acting coordinate (file names in <see cref="MomentArmFiles"/>), columns:
/// muscle, versus (hip_flexion, hip_adduction, hip_rotation, knee_flexion, lumbar_flexion, lumbar_bending or constant),
/// angle_deg, arm_cm, source. Rows of one muscle are in increasing angle order; a constant arm has one row.</para>
/// </remarks>
public static class MuscleDataReader
{
    /// <summary>Logical name of the parameter table.</summary>
    public const string MusclesFile = "data/muscles.csv";

    /// <summary>Folder of the moment-arm tables.</summary>
    public const string MomentArmFolder = "data/moment-arms/";

    /// <summary>Moment-arm table file names and the coordinate each acts about (right side).</summary>
    public static readonly IReadOnlyDictionary<string, Coordinate> MomentArmFiles = new Dictionary<string, Coordinate>
    {
        ["hip-flexion.csv"] = Coordinate.HipFlexionRight,
        ["hip-adduction.csv"] = Coordinate.HipAdductionRight,
        ["hip-rotation.csv"] = Coordinate.HipRotationRight,
        ["knee-flexion.csv"] = Coordinate.KneeFlexionRight,
        ["lumbar-flexion.csv"] = Coordinate.LumbarFlexion,
        ["lumbar-bending.csv"] = Coordinate.LumbarLateralBending,
    };

    private static readonly string[] MuscleColumns =
    [
        "name", "group", "label", "max_isometric_force_n", "optimal_fiber_length_m", "tendon_slack_length_m",
        "pennation_angle_deg", "norm_fiber_length_neutral", "neutral_length_source",
        "passive_strain_at_one_norm_force", "passive_strain_source", "fiber_excursion_ratio", "fiber_excursion_source", "source",
    ];

    private static readonly string[] ArmColumns = ["muscle", "versus", "angle_deg", "arm_cm", "source"];

    private static readonly Coordinate[] HipCoordinates = [Coordinate.HipFlexionRight, Coordinate.HipAdductionRight, Coordinate.HipRotationRight];

    /// <summary>Reads the tables bundled in the Anatomy assembly (resources <c>data/muscles.csv</c> and <c>data/moment-arms/*.csv</c>).</summary>
    /// <exception cref="MuscleDataException">A bundled table is missing or invalid.</exception>
    public static MuscleSet LoadBundled()
    {
        var assembly = typeof(MuscleDataReader).Assembly;
        var muscles = ReadResource(assembly, MusclesFile)
            ?? throw new MuscleDataException(MusclesFile, 0, null, "the resource is missing from the assembly.");
        var arms = new Dictionary<string, string>();
        foreach (var file in MomentArmFiles.Keys)
        {
            var text = ReadResource(assembly, MomentArmFolder + file)
                ?? throw new MuscleDataException(MomentArmFolder + file, 0, null, "the resource is missing from the assembly.");
            arms[file] = text;
        }
        return Parse(muscles, arms);
    }

    /// <summary>Parses the parameter table and moment-arm tables from text.</summary>
    /// <param name="musclesCsv">Contents of <c>muscles.csv</c>.</param>
    /// <param name="momentArmCsvs">Contents of moment-arm tables by file name (keys from <see cref="MomentArmFiles"/>; any subset).</param>
    /// <returns>Both sides of every muscle: all left muscles in table order, then all right ones.</returns>
    /// <exception cref="MuscleDataException">A value is malformed or out of range, a muscle is unknown or duplicated,
    /// a table is unknown, or a hip-crossing muscle lacks one of the three hip arms. The message names file, line and column.</exception>
    public static MuscleSet Parse(string musclesCsv, IReadOnlyDictionary<string, string> momentArmCsvs)
    {
        ArgumentNullException.ThrowIfNull(musclesCsv);
        ArgumentNullException.ThrowIfNull(momentArmCsvs);
        var rows = ReadMuscleRows(musclesCsv);
        var curves = rows.ToDictionary(r => r.Name, _ => new List<(Coordinate Acting, Coordinate? Versus, NaturalCubicSpline Arm, string Source, string File)>());

        foreach (var (file, text) in momentArmCsvs)
        {
            if (!MomentArmFiles.TryGetValue(file, out var acting))
            {
                throw new MuscleDataException(MomentArmFolder + file, 0, null,
                    $"unknown moment-arm table; expected one of {string.Join(", ", MomentArmFiles.Keys)}.");
            }
            foreach (var curve in ReadArmTable(MomentArmFolder + file, text, acting, curves.Keys))
            {
                curves[curve.Muscle].Add((acting, curve.Versus, curve.Arm, curve.Source, MomentArmFolder + file));
            }
        }

        var right = new List<Muscle>();
        var left = new List<Muscle>();
        foreach (var row in rows)
        {
            var list = curves[row.Name];
            if (list.Count == 0)
            {
                throw new MuscleDataException(MusclesFile, row.Line, "name", $"muscle '{row.Name}' has no moment arm in any table.");
            }
            var crossesHip = list.Any(c => Array.IndexOf(HipCoordinates, c.Acting) >= 0);
            foreach (var hip in HipCoordinates)
            {
                if (crossesHip && list.All(c => c.Acting != hip))
                {
                    var file = MomentArmFiles.First(kv => kv.Value == hip).Key;
                    throw new MuscleDataException(MomentArmFolder + file, 0, "muscle",
                        $"muscle '{row.Name}' crosses the hip but has no rows here; every hip muscle needs flexion, adduction and rotation arms.");
                }
            }
            var neutralLength = Muscle.MusculotendonLengthAt(row.NeutralFiberLength, row.OptimalFiberLength, row.TendonSlackLength, row.Pennation);
            foreach (var side in Sides.All)
            {
                var sided = list.Select(c => Mirror(c.Acting, c.Versus, c.Arm, c.Source, side));
                var muscle = new Muscle(row.Name, row.Group, row.Label, side, row.Fmax, row.OptimalFiberLength, row.TendonSlackLength,
                    row.Pennation, row.NeutralFiberLength, row.Source, new MuscleGeometry(sided, neutralLength), row.PassiveStrain, row.ExcursionRatio);
                (side == Side.Left ? left : right).Add(muscle);
            }
        }
        return new MuscleSet([.. left, .. right]);
    }

    private static MomentArmCurve Mirror(Coordinate acting, Coordinate? versus, NaturalCubicSpline arm, string source, Side side)
    {
        if (side == Side.Right) return new MomentArmCurve(acting, versus, arm, source);
        var flipped = acting == Coordinate.LumbarLateralBending
            ? new NaturalCubicSpline([0.0], [-arm.Value(0)])
            : arm;
        return new MomentArmCurve(ToLeft(acting), versus is { } v ? ToLeft(v) : null, flipped, source);
    }

    private static Coordinate ToLeft(Coordinate c) => c.SideOf() == Side.Right ? (Coordinate)((int)c - 4) : c;

    private sealed record MuscleRow(int Line, string Name, MuscleGroup Group, string Label, double Fmax, double OptimalFiberLength,
        double TendonSlackLength, double Pennation, double NeutralFiberLength, double PassiveStrain, double ExcursionRatio, string Source);

    private static List<MuscleRow> ReadMuscleRows(string text)
    {
        var table = CsvTable.Parse(text, MusclesFile, MuscleColumns);
        var rows = new List<MuscleRow>();
        foreach (var row in table.Rows)
        {
            var name = row.Text("name");
            if (!name.All(char.IsAsciiLetterOrDigit))
            {
                throw row.Error("name", $"'{name}' should contain only letters and digits (the side suffix _l/_r is added).");
            }
            if (rows.Any(r => r.Name == name)) throw row.Error("name", $"muscle '{name}' is listed twice.");
            var groupText = row.Text("group");
            if (!MuscleGroups.TryParse(groupText, out var group))
            {
                throw row.Error("group", $"'{groupText}' is not a muscle group; did you mean '{MuscleGroups.Nearest(groupText)}'?");
            }
            var fmax = row.Number("max_isometric_force_n", 1, 20000);
            var lopt = row.Number("optimal_fiber_length_m", 0.005, 1.0);
            var tsl = row.Number("tendon_slack_length_m", 0, 1.0);
            var pennation = row.Number("pennation_angle_deg", 0, 60) * Math.PI / 180;
            var neutral = row.Number("norm_fiber_length_neutral", 0.3, 1.8);
            if (neutral <= Math.Sin(pennation) + 1e-6)
            {
                throw row.Error("norm_fiber_length_neutral", $"{neutral} is not above sin(pennation) = {Math.Sin(pennation):G4}.");
            }
            row.Text("neutral_length_source");
            var passiveStrain = row.Number("passive_strain_at_one_norm_force", 0.3, 3.0);
            row.Text("passive_strain_source");
            var excursion = row.Number("fiber_excursion_ratio", Muscle.MinFiberExcursionRatio, 1.0);
            row.Text("fiber_excursion_source");
            rows.Add(new MuscleRow(row.Line, name, group, row.Text("label"), fmax, lopt, tsl, pennation, neutral, passiveStrain, excursion, row.Text("source")));
        }
        if (rows.Count == 0) throw new MuscleDataException(MusclesFile, 0, null, "the table has no muscles.");
        return rows;
    }

    private sealed record ArmCurve(string Muscle, Coordinate? Versus, NaturalCubicSpline Arm, string Source);

    private static List<ArmCurve> ReadArmTable(string fileName, string text, Coordinate acting, IEnumerable<string> knownMuscles)
    {
        var known = knownMuscles.ToHashSet();
        var table = CsvTable.Parse(text, fileName, ArmColumns);
        var groups = new List<(string Muscle, string Versus, CsvRow First, List<(double Angle, double Arm)> Points, string Source)>();
        foreach (var row in table.Rows)
        {
            var muscle = row.Text("muscle");
            if (!known.Contains(muscle))
            {
                throw row.Error("muscle", $"'{muscle}' is not in {MusclesFile}; did you mean '{NearestName.Find(muscle, known)}'?");
            }
            var versus = row.Text("versus");
            var angle = row.Number("angle_deg", -180, 180) * Math.PI / 180;
            var arm = row.Number("arm_cm", -30, 30) / 100;
            var index = groups.FindIndex(g => g.Muscle == muscle);
            if (index < 0)
            {
                groups.Add((muscle, versus, row, [(angle, arm)], row.Text("source")));
                continue;
            }
            var group = groups[index];
            if (index != groups.Count - 1) throw row.Error("muscle", $"rows of '{muscle}' must be contiguous.");
            if (group.Versus != versus) throw row.Error("versus", $"'{versus}' differs from '{group.Versus}' on line {group.First.Line}.");
            if (!(angle > group.Points[^1].Angle)) throw row.Error("angle_deg", "angles of one muscle must be strictly increasing.");
            group.Points.Add((angle, arm));
        }
        var curves = new List<ArmCurve>();
        foreach (var (muscle, versusText, first, points, source) in groups)
        {
            Coordinate? versus = versusText switch
            {
                "constant" => null,
                "hip_flexion" => Coordinate.HipFlexionRight,
                "hip_adduction" => Coordinate.HipAdductionRight,
                "hip_rotation" => Coordinate.HipRotationRight,
                "knee_flexion" => Coordinate.KneeFlexionRight,
                "lumbar_flexion" => Coordinate.LumbarFlexion,
                "lumbar_bending" => Coordinate.LumbarLateralBending,
                _ => throw first.Error("versus", $"'{versusText}' is not one of constant, hip_flexion, hip_adduction, hip_rotation, knee_flexion, lumbar_flexion, lumbar_bending."),
            };
            if (versus is null && points.Count != 1) throw first.Error("versus", $"a constant arm has one row; '{muscle}' has {points.Count}.");
            if (versus is { } v && v.SideOf() is null != acting.SideOf() is null)
            {
                throw first.Error("versus", $"an arm about {acting.ToId()} cannot depend on {v.ToId()} (trunk and leg coordinates do not mix).");
            }
            curves.Add(new ArmCurve(muscle, versus, new NaturalCubicSpline([.. points.Select(p => p.Angle)], [.. points.Select(p => p.Arm)]), source));
        }
        return curves;
    }

    private static string? ReadResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
