using GluteLab.Anatomy.Segments;

namespace GluteLab.Anatomy.Tests.Segments;

public class SegmentTablesTest
{
    private static readonly SegmentTables Tables = SegmentTables.LoadBundled();

    private static string BundledText()
    {
        using var stream = typeof(SegmentTables).Assembly.GetManifestResourceStream(SegmentTables.ResourceName)!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void MassFractionsSumToOne()
    {
        // de Leva 1996: 100.0 % (male) and 99.99 % (female) with limbs counted twice (KINEMATICS.md §1 notes).
        Assert.Equal(1.0, Tables.Male.TotalMassFraction, 3);
        Assert.Equal(0.9999, Tables.Female.TotalMassFraction, 4);
    }

    [Theory]
    // Oracle: KINEMATICS.md §1.1–1.2 (de Leva 1996 Table 4): mass %, CoM %, length/H.
    [InlineData(BodyTableSex.Male, BodySegment.Thigh, 14.16, 40.95, 0.2425)]
    [InlineData(BodyTableSex.Male, BodySegment.Shank, 4.33, 44.59, 0.2493)]
    [InlineData(BodyTableSex.Male, BodySegment.LowerTrunk, 11.17, 61.15, 0.0837)]
    [InlineData(BodyTableSex.Male, BodySegment.HeadNeck, 6.94, 59.76, 0.1168)]
    [InlineData(BodyTableSex.Female, BodySegment.Thigh, 14.78, 36.12, 0.2124)]
    [InlineData(BodyTableSex.Female, BodySegment.UpperTrunk, 15.45, 20.77, 0.0821)]
    [InlineData(BodyTableSex.Female, BodySegment.HeadNeck, 6.68, 58.94, 0.1154)]
    public void RowsMatchDeLeva(BodyTableSex sex, BodySegment segment, double massPercent, double comPercent, double lengthPerStature)
    {
        var row = Tables.For(sex)[segment];
        Assert.Equal(massPercent / 100, row.MassFraction, 6);
        Assert.Equal(comPercent / 100, row.CenterOfMassFraction, 6);
        Assert.Equal(lengthPerStature, row.LengthPerStature, 4);
        Assert.Contains("de Leva", row.Source);
    }

    [Fact]
    public void ScalesToAPerson()
    {
        var thigh = Tables.Male.Scale(BodySegment.Thigh, new Anthropometry(80, 1.80));
        Assert.Equal(0.1416 * 80, thigh.MassKilograms, 9);
        Assert.Equal(422.2 / 1741 * 1.80, thigh.LengthMeters, 9);
        Assert.Equal(0.4095 * thigh.LengthMeters, thigh.CenterOfMassFromProximalMeters, 9);
        // Transverse (flexion-axis) radius 32.9 % of length.
        Assert.Equal(80 * 0.1416 * Math.Pow(0.329 * thigh.LengthMeters, 2), thigh.InertiaTransverseKilogramMetersSquared, 9);
    }

    [Fact]
    public void TrunkPartsAddUpToTheTrunk()
    {
        var t = Tables.Male;
        Assert.Equal(t[BodySegment.Trunk].MassFraction,
            t[BodySegment.UpperTrunk].MassFraction + t[BodySegment.MiddleTrunk].MassFraction + t[BodySegment.LowerTrunk].MassFraction, 4);
    }

    [Theory]
    [InlineData("14.16", "NaN", "row 10, column 'mass_percent'")]
    [InlineData("14.16", "-14.16", "row 10, column 'mass_percent'")]
    [InlineData("14.16", "24.16", "column 'mass_percent': the male segments sum")]
    [InlineData("male,thigh,", "male,thig,", "row 10, column 'segment': unknown segment 'thig' (did you mean 'thigh'?)")]
    [InlineData("male,thigh,", "male,shank,", "row 11, column 'segment': 'shank' appears twice")]
    [InlineData("male,thigh,", "mle,thigh,", "row 10, column 'sex'")]
    [InlineData("40.95", "abc", "row 10, column 'com_percent': 'abc' is not a finite number")]
    [InlineData("r_transverse_percent", "r_trans", "missing column 'r_transverse_percent'")]
    public void BadFilesAreRejectedNamingRowAndColumn(string find, string replace, string expected)
    {
        var text = BundledText();
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' not in the bundled file");
        var broken = text[..index] + replace + text[(index + find.Length)..];
        var error = Assert.Throws<FormatException>(() => SegmentTables.Parse(broken, "segments.csv"));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("segments.csv: ", error.Message);
    }

    [Fact]
    public void MissingSegmentIsRejected()
    {
        var lines = BundledText().Split('\n').Where(l => !l.StartsWith("female,foot,", StringComparison.Ordinal));
        var error = Assert.Throws<FormatException>(() => SegmentTables.Parse(string.Join('\n', lines)));
        Assert.Contains("no row for segment 'foot' (female)", error.Message);
    }

    [Fact]
    public void QuotedFieldsAreRead()
    {
        var text = BundledText().Replace("de Leva 1996 J Biomech 29:1223 Table 4 (KINEMATICS.md 1.1)", "\"de Leva 1996, Table 4, \"\"male\"\"\"");
        var tables = SegmentTables.Parse(text);
        Assert.Equal("de Leva 1996, Table 4, \"male\"", tables.Male[BodySegment.HeadNeck].Source);
    }
}
