using GluteLab.Anatomy.Muscles;

namespace GluteLab.Anatomy.Tests.Muscles;

public class MuscleDataReaderTest
{
    private const string Header = "name,group,label,max_isometric_force_n,optimal_fiber_length_m,tendon_slack_length_m,pennation_angle_deg,norm_fiber_length_neutral,neutral_length_source,passive_strain_at_one_norm_force,passive_strain_source,fiber_excursion_ratio,fiber_excursion_source,source";
    private const string GoodRow = "glmed1,gluteus_medius,gluteus_medius,1093,0.0730,0.0558,18.1,0.949,computed,0.6,default,1.0,rigid,Rajagopal2016";
    private const string ArmHeader = "muscle,versus,angle_deg,arm_cm,source";

    private static Dictionary<string, string> HipArms(string muscle = "glmed1") => new()
    {
        ["hip-flexion.csv"] = $"{ArmHeader}\n{muscle},hip_flexion,0,-1.8,t\n{muscle},hip_flexion,30,-0.9,t\n",
        ["hip-adduction.csv"] = $"{ArmHeader}\n{muscle},hip_flexion,0,-4.8,t\n{muscle},hip_flexion,60,-1.3,t\n",
        ["hip-rotation.csv"] = $"{ArmHeader}\n{muscle},constant,0,2.0,t\n",
    };

    [Fact]
    public void BundledDataLoads()
    {
        var set = MuscleDataReader.LoadBundled();
        Assert.Equal(78, set.Count); // 39 units per side (docs/muscles.md §1 and §9)
        Assert.Contains(set, m => m.Name == "glmax1_l");
        Assert.Contains(set, m => m.Name == "multifidus_r");
    }

    [Fact]
    public void AMinimalValidTableParses()
    {
        var set = MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", HipArms());
        Assert.Equal(["glmed1_l", "glmed1_r"], set.Select(m => m.Name));
        Assert.Equal(1093, set["glmed1_r"].MaxIsometricForceNewtons);
        Assert.Equal(18.1 * Math.PI / 180, set["glmed1_r"].PennationAngleAtOptimumRadians, 12);
    }

    [Theory]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,lots,0.0730,0.0558,18.1,0.949,c,0.6,d,1,r,s", 2, "max_isometric_force_n", "not a number")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,-5,0.0730,0.0558,18.1,0.949,c,0.6,d,1,r,s", 2, "max_isometric_force_n", "outside the accepted range")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,NaN,0.0558,18.1,0.949,c,0.6,d,1,r,s", 2, "optimal_fiber_length_m", "not a number")]
    [InlineData("glmed1,gluteus_medias,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,1,r,s", 2, "group", "did you mean 'gluteus_medius'")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,75,0.949,c,0.6,d,1,r,s", 2, "pennation_angle_deg", "outside")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,1,r,", 2, "source", "empty")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,7,d,1,r,s", 2, "passive_strain_at_one_norm_force", "outside")]
    [InlineData("glmed1_r,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,1,r,s", 2, "name", "letters and digits")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,1,r", 2, null, "expected 14 fields")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,1.5,r,s", 2, "fiber_excursion_ratio", "outside")]
    [InlineData("glmed1,gluteus_medius,gluteus_medius,1093,0.073,0.0558,18.1,0.949,c,0.6,d,0.1,r,s", 2, "fiber_excursion_ratio", "outside")]
    public void BadMuscleRowsAreRejectedWithLineAndColumn(string row, int line, string? column, string fragment)
    {
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{row}\n", HipArms()));
        Assert.Equal("data/muscles.csv", error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(fragment, error.Message);
        Assert.StartsWith($"data/muscles.csv, line {line}", error.Message);
        if (column is not null) Assert.Contains($"column '{column}'", error.Message);
    }

    [Fact]
    public void DuplicateMuscleIsRejected()
    {
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n{GoodRow}\n", HipArms()));
        Assert.Equal(3, error.Line);
        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void MissingColumnIsRejected()
    {
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse(Header.Replace(",source", ",origin") + "\n" + GoodRow, HipArms()));
        Assert.Equal("source", error.Column);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void UnknownMuscleInAnArmTableIsRejected()
    {
        var arms = HipArms();
        arms["knee-flexion.csv"] = $"{ArmHeader}\nglmed2,knee_flexion,0,1.0,t\n";
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms));
        Assert.Equal("data/moment-arms/knee-flexion.csv", error.FileName);
        Assert.Equal(2, error.Line);
        Assert.Equal("muscle", error.Column);
        Assert.Contains("did you mean 'glmed1'", error.Message);
    }

    [Fact]
    public void AnglesMustIncrease()
    {
        var arms = HipArms();
        arms["hip-flexion.csv"] = $"{ArmHeader}\nglmed1,hip_flexion,30,-0.9,t\nglmed1,hip_flexion,0,-1.8,t\n";
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms));
        Assert.Equal(3, error.Line);
        Assert.Equal("angle_deg", error.Column);
    }

    [Fact]
    public void UnknownVersusAndImplausibleArmsAreRejected()
    {
        var arms = HipArms();
        arms["hip-rotation.csv"] = $"{ArmHeader}\nglmed1,ankle,0,2.0,t\n";
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms));
        Assert.Equal("versus", error.Column);

        arms = HipArms();
        arms["hip-rotation.csv"] = $"{ArmHeader}\nglmed1,constant,0,45,t\n";
        error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms));
        Assert.Equal("arm_cm", error.Column);
    }

    [Fact]
    public void AHipMuscleWithoutARotationArmIsRejected()
    {
        var arms = HipArms();
        arms.Remove("hip-rotation.csv");
        var error = Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms));
        Assert.Equal("data/moment-arms/hip-rotation.csv", error.FileName);
        Assert.Contains("glmed1", error.Message);
    }

    [Fact]
    public void UnknownTableAndEmptyFileAreRejected()
    {
        var arms = HipArms();
        arms["ankle.csv"] = ArmHeader;
        Assert.Contains("unknown moment-arm table", Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse($"{Header}\n{GoodRow}\n", arms)).Message);
        Assert.Contains("empty", Assert.Throws<MuscleDataException>(() => MuscleDataReader.Parse("", HipArms())).Message);
    }

    [Fact]
    public void QuotedFieldsMayContainCommas()
    {
        var row = "glmed1,gluteus_medius,gluteus_medius,1093,0.0730,0.0558,18.1,0.949,computed,0.6,default,1.0,rigid,\"Rajagopal 2016, \"\"Full-body\"\"\"";
        var set = MuscleDataReader.Parse($"{Header}\n{row}\n", HipArms());
        Assert.Equal("Rajagopal 2016, \"Full-body\"", set["glmed1_r"].Source);
    }
}
