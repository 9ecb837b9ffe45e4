using System.Globalization;

namespace GluteLab.Anatomy.Segments;

/// <summary>
/// The male and female de Leva (1996) tables, parsed and validated from <c>data/segments.csv</c>.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class SegmentTables
{
    /// <summary>Name of the embedded resource holding the bundled table.</summary>
    public const string ResourceName = "data/segments.csv";

    /// <summary>Tolerance on the sum of the partition's mass fractions (1 ± 0.002).</summary>
    public const double MassSumTolerance = 0.002;

    private static readonly string[] Columns =
    [
        "sex", "segment", "endpoints", "mass_percent", "com_percent", "r_sagittal_percent", "r_transverse_percent",
        "r_longitudinal_percent", "length_mm", "reference_stature_mm", "source",
    ];

    private SegmentTables(SegmentTable male, SegmentTable female)
    {
        Male = male;
        Female = female;
    }

    /// <summary>de Leva's male table (reference subject 73.0 kg, 1.741 m).</summary>
    public SegmentTable Male { get; }

    /// <summary>de Leva's female table (reference subject 61.9 kg, 1.735 m).</summary>
    public SegmentTable Female { get; }

    /// <summary>The table for <paramref name="sex"/>.</summary>
    public SegmentTable For(BodyTableSex sex) => sex == BodyTableSex.Female ? Female : Male;

    /// <summary>Loads the table embedded in this assembly as <see cref="ResourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    /// <exception cref="FormatException">The bundled file is invalid (message names row and column).</exception>
    public static SegmentTables LoadBundled()
    {
        using var stream = typeof(SegmentTables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' was not found.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    /// <summary>
    /// Parses and validates the CSV text: every column present, numbers finite and positive, percentages below 100,
    /// each of the 11 segments exactly once per sex, mass fractions of the partition summing to 1 ± 0.002,
    /// and the three trunk sub-segments adding up to the trunk's mass (± 0.1 %) and length (± 0.2 % of stature).
    /// </summary>
    /// <param name="text">CSV text with a header row (comma separated; fields may be double-quoted).</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <exception cref="FormatException">The text is invalid; the message names the file, row and column.</exception>
    public static SegmentTables Parse(string text, string fileName = "segments.csv")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0])) throw new FormatException($"{fileName}: empty file, expected a header row.");
        var header = CsvFields.Split(lines[0]) ?? throw new FormatException($"{fileName}: row 1: a quoted field is not closed.");
        var index = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            index[c] = header.FindIndex(h => string.Equals(h.Trim(), Columns[c], StringComparison.OrdinalIgnoreCase));
            if (index[c] < 0) throw new FormatException($"{fileName}: missing column '{Columns[c]}' in the header.");
        }

        var rows = new Dictionary<BodyTableSex, SegmentParameters?[]>
        {
            [BodyTableSex.Male] = new SegmentParameters?[BodySegments.All.Count],
            [BodyTableSex.Female] = new SegmentParameters?[BodySegments.All.Count],
        };
        var statures = new Dictionary<BodyTableSex, double>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var row = i + 1;
            var fields = CsvFields.Split(lines[i]) ?? throw new FormatException($"{fileName}: row {row}: a quoted field is not closed.");
            if (fields.Count != header.Count)
                throw new FormatException($"{fileName}: row {row} has {fields.Count} fields, the header has {header.Count}.");
            string Field(int c) => fields[index[c]].Trim();
            double Number(int c, double max)
            {
                var raw = Field(c);
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                    throw new FormatException($"{fileName}: row {row}, column '{Columns[c]}': '{raw}' is not a finite number.");
                if (value <= 0 || value >= max)
                    throw new FormatException($"{fileName}: row {row}, column '{Columns[c]}': {raw} should be > 0 and < {max.ToString(CultureInfo.InvariantCulture)}.");
                return value;
            }

            var sexText = Field(0).ToLowerInvariant();
            BodyTableSex sex = sexText switch
            {
                "male" => BodyTableSex.Male,
                "female" => BodyTableSex.Female,
                _ => throw new FormatException($"{fileName}: row {row}, column 'sex': '{Field(0)}' should be 'male' or 'female'."),
            };
            if (!BodySegments.TryParse(Field(1), out var segment))
                throw new FormatException($"{fileName}: row {row}, column 'segment': unknown segment '{Field(1)}' (did you mean '{BodySegments.Nearest(Field(1))}'?).");
            if (rows[sex][(int)segment] is not null)
                throw new FormatException($"{fileName}: row {row}, column 'segment': '{Field(1)}' appears twice for {sexText}.");
            var mass = Number(3, 100) / 100;
            var com = Number(4, 100) / 100;
            var rSag = Number(5, 100) / 100;
            var rTrans = Number(6, 100) / 100;
            var rLong = Number(7, 100) / 100;
            var length = Number(8, 3000);
            var stature = Number(9, 3000);
            if (statures.TryGetValue(sex, out var previous) && previous != stature)
                throw new FormatException($"{fileName}: row {row}, column 'reference_stature_mm': {stature} differs from {previous} given earlier for {sexText}.");
            statures[sex] = stature;
            rows[sex][(int)segment] = new SegmentParameters(segment, Field(2), mass, com, rSag, rTrans, rLong, length / stature, Field(10));
        }

        return new SegmentTables(Build(BodyTableSex.Male), Build(BodyTableSex.Female));

        SegmentTable Build(BodyTableSex sex)
        {
            var name = sex == BodyTableSex.Male ? "male" : "female";
            var table = rows[sex];
            for (var s = 0; s < table.Length; s++)
            {
                if (table[s] is null) throw new FormatException($"{fileName}: no row for segment '{((BodySegment)s).ToId()}' ({name}).");
            }
            var complete = table.Select(r => r!).ToArray();
            var result = new SegmentTable(sex, complete, statures[sex] / 1000);
            var sum = result.TotalMassFraction;
            if (Math.Abs(sum - 1) > MassSumTolerance)
                throw new FormatException($"{fileName}: column 'mass_percent': the {name} segments sum to {sum * 100:F2} % of body mass, expected 100 ± {MassSumTolerance * 100:F1} %.");
            var trunk = complete[(int)BodySegment.Trunk];
            var parts = new[] { BodySegment.UpperTrunk, BodySegment.MiddleTrunk, BodySegment.LowerTrunk }.Select(p => complete[(int)p]).ToArray();
            if (Math.Abs(parts.Sum(p => p.MassFraction) - trunk.MassFraction) > 0.001)
                throw new FormatException($"{fileName}: column 'mass_percent': {name} upper + middle + lower trunk ({parts.Sum(p => p.MassFraction) * 100:F2} %) differ from the trunk ({trunk.MassFraction * 100:F2} %).");
            if (Math.Abs(parts.Sum(p => p.LengthPerStature) - trunk.LengthPerStature) > 0.002)
                throw new FormatException($"{fileName}: column 'length_mm': {name} upper + middle + lower trunk lengths differ from the trunk length.");
            return result;
        }
    }
}
