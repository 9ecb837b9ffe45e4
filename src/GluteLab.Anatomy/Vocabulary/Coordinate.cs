namespace GluteLab.Anatomy;

/// <summary>
/// The model's generalised coordinates (joint angles). Every angle is in radians inside the model.
/// Sign conventions (positive direction):
/// <list type="bullet">
/// <item><see cref="PelvicTilt"/>: anterior tilt of the pelvis relative to its neutral (ASIS–PSIS) reference, in the sagittal plane.</item>
/// <item><see cref="PelvicObliquity"/>: right iliac crest up relative to the left (frontal plane).</item>
/// <item><see cref="LumbarFlexion"/>: trunk flexion relative to the pelvis at L4/L5 (extension negative).</item>
/// <item><see cref="LumbarLateralBending"/>: bending of the trunk toward the right (frontal plane).</item>
/// <item>Hip flexion, adduction and internal rotation of the femur relative to the pelvis, per side.</item>
/// <item>Knee flexion, per side.</item>
/// </list>
/// Internal (muscle) moments use the same signs: a positive hip-flexion moment is a flexor moment,
/// and a muscle's moment arm r = −∂L/∂q (OpenSim's convention) is positive when it moves the coordinate positively.
/// </summary>
public enum Coordinate
{
    PelvicTilt = 0,
    PelvicObliquity = 1,
    LumbarFlexion = 2,
    LumbarLateralBending = 3,
    HipFlexionLeft = 4,
    HipAdductionLeft = 5,
    HipRotationLeft = 6,
    KneeFlexionLeft = 7,
    HipFlexionRight = 8,
    HipAdductionRight = 9,
    HipRotationRight = 10,
    KneeFlexionRight = 11,
}

/// <summary>The motion of a joint, independent of side.</summary>
public enum JointMotion
{
    HipFlexion,
    HipAdduction,
    HipRotation,
    KneeFlexion,
}

/// <summary>Helpers over <see cref="Coordinate"/>.</summary>
public static class Coordinates
{
    /// <summary>Number of coordinates in the model (12).</summary>
    public const int Count = 12;

    /// <summary>
    /// Coordinates whose moments the muscles must match (10): lumbar flexion and lateral bending, and per side hip
    /// flexion, adduction, rotation and knee flexion. The pelvis-to-ground coordinates are balanced by the contacts.
    /// </summary>
    public static readonly IReadOnlyList<Coordinate> Actuated =
    [
        Coordinate.LumbarFlexion, Coordinate.LumbarLateralBending,
        Coordinate.HipFlexionLeft, Coordinate.HipAdductionLeft, Coordinate.HipRotationLeft, Coordinate.KneeFlexionLeft,
        Coordinate.HipFlexionRight, Coordinate.HipAdductionRight, Coordinate.HipRotationRight, Coordinate.KneeFlexionRight,
    ];

    /// <summary>The coordinate for a per-side joint motion.</summary>
    public static Coordinate Of(JointMotion motion, Side side) =>
        (Coordinate)((side == Side.Left ? 4 : 8) + (int)motion);

    /// <summary>The side of a per-side coordinate, or null for the pelvis and lumbar coordinates.</summary>
    public static Side? SideOf(this Coordinate coordinate) => (int)coordinate switch
    {
        >= 4 and <= 7 => Side.Left,
        >= 8 => Side.Right,
        _ => null,
    };

    /// <summary>A readable name with side, e.g. <c>hip_flexion_r</c>, as OpenSim names its coordinates.</summary>
    public static string ToId(this Coordinate coordinate) => coordinate switch
    {
        Coordinate.PelvicTilt => "pelvis_tilt",
        Coordinate.PelvicObliquity => "pelvis_list",
        Coordinate.LumbarFlexion => "lumbar_flexion",
        Coordinate.LumbarLateralBending => "lumbar_bending",
        Coordinate.HipFlexionLeft => "hip_flexion_l",
        Coordinate.HipAdductionLeft => "hip_adduction_l",
        Coordinate.HipRotationLeft => "hip_rotation_l",
        Coordinate.KneeFlexionLeft => "knee_flexion_l",
        Coordinate.HipFlexionRight => "hip_flexion_r",
        Coordinate.HipAdductionRight => "hip_adduction_r",
        Coordinate.HipRotationRight => "hip_rotation_r",
        Coordinate.KneeFlexionRight => "knee_flexion_r",
        _ => throw new ArgumentOutOfRangeException(nameof(coordinate), coordinate, "Unknown coordinate."),
    };
}
