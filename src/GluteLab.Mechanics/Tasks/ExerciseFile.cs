namespace GluteLab.Mechanics.Tasks;

// Data-transfer shapes of data/exercises/<id>.yaml (snake_case keys). Validated into Exercise by ExerciseParser.

internal sealed class ExerciseFile
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string>? Sources { get; set; }
    public string? WorkingSide { get; set; }
    public bool? Bilateral { get; set; }
    public double? DurationS { get; set; }
    public string? Tempo { get; set; }
    public bool? Periodic { get; set; }
    public double? LowpassHz { get; set; }
    public string? Dynamics { get; set; }
    public int? Frames { get; set; }
    public string? Feet { get; set; }
    public string? Anchor { get; set; }
    public RootMotionFile? RootMotion { get; set; }
    public Dictionary<string, double>? Hold { get; set; }
    public List<Dictionary<string, double>>? Keyframes { get; set; }
    public List<ContactFile>? Contacts { get; set; }
    public List<LoadFile>? Loads { get; set; }
    public StrategyFile? Strategy { get; set; }
    public ShearFile? Shear { get; set; }
}

internal sealed class RootMotionFile
{
    public double? SpeedMS { get; set; }
    public double? VerticalAmplitudeM { get; set; }
    public double? VerticalLowestAt { get; set; }
    public double? ForeAftAmplitudeM { get; set; }
    public double? LateralAmplitudeM { get; set; }
    public double? ForeAftPhase { get; set; }
}

internal sealed class ContactFile
{
    public string? Point { get; set; }
    public double? Share { get; set; }
    public List<string>? Carries { get; set; }
    public string? Cop { get; set; }
    public List<double>? Active { get; set; }
    public List<double>? Ramp { get; set; }
    public List<double>? CopAheadM { get; set; }
    public string? Lateral { get; set; }
    public string? Direction { get; set; }
    public double? AimAboveComM { get; set; }
    public List<double>? VerticalProfileBw { get; set; }
    public List<double>? CopRange { get; set; }
}

internal sealed class LoadFile
{
    public string? Kind { get; set; }
    public List<string>? Points { get; set; }
    public double? BodyWeightFraction { get; set; }
    public double? ForceN { get; set; }
}

internal sealed class StrategyFile
{
    public string? Family { get; set; }
    public List<double>? Range { get; set; }
    public double? Nominal { get; set; }
    public int? Count { get; set; }
    public double? PelvicRotationCapDeg { get; set; }
    public double? LumbarGain { get; set; }
}


internal sealed class ShearFile
{
    public List<string>? Push { get; set; }
    public List<string>? Resist { get; set; }
    public double? Friction { get; set; }
    public string? Axis { get; set; }
}
