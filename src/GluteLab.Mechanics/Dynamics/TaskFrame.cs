using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>
/// One instant of a task: posture, coordinate velocities, and the internal net joint moments the muscles must
/// produce. Moments follow <see cref="Coordinate"/>'s signs (+ flexion, + adduction, + internal rotation,
/// + knee flexion, + lumbar flexion, + lumbar bending to the right); the pelvis entries (tilt, obliquity) are 0
/// because the contacts balance the pelvis.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct TaskFrame
{
    private readonly CoordinateValues _velocities;
    private readonly CoordinateValues _moments;

    internal TaskFrame(double timeSeconds, Posture posture, CoordinateValues velocities, CoordinateValues moments, double lumbarAxialLoadNewtons,
        double lumbarAxialTorqueNewtonMeters = 0, ShearResponse shear = default)
    {
        Shear = shear;
        TimeSeconds = timeSeconds;
        Posture = posture;
        _velocities = velocities;
        _moments = moments;
        LumbarAxialLoadNewtons = lumbarAxialLoadNewtons;
        LumbarAxialTorqueNewtonMeters = lumbarAxialTorqueNewtonMeters;
    }

    /// <summary>Time from the start of the repetition (or gait cycle), s.</summary>
    public double TimeSeconds { get; }

    /// <summary>Joint angles, rad. Pelvic tilt and obliquity are relative to the task's base orientation.</summary>
    public Posture Posture { get; }

    /// <summary>Coordinate velocities, rad/s.</summary>
    public CoordinateValues VelocitiesRadiansPerSecond => _velocities;

    /// <summary>Required internal net joint moments, N·m, one per coordinate (the 10 actuated ones are non-zero).</summary>
    public CoordinateValues RequiredMomentsNewtonMeters => _moments;

    /// <summary>
    /// Compressive force along the trunk axis at L4/L5 from weights, inertia, contact forces and external loads acting
    /// on the body above L4/L5, N (negative = traction). Muscle forces are not included.
    /// </summary>
    public double LumbarAxialLoadNewtons { get; }

    /// <summary>
    /// How the required moments change with the exercise's friction pair, which the recruitment chooses within its
    /// friction limit (<see cref="RequiredMomentsNewtonMeters"/> are those with no pair force).
    /// </summary>
    public ShearResponse Shear { get; }

    /// <summary>
    /// Internal moment about the trunk's long axis at L4/L5 (axial rotation, torsion) that the structures crossing L4/L5
    /// must exert on the body above it, N·m; positive turns the trunk's front to the left (right-handed about the
    /// axis pointing to the head). No actuated coordinate carries it: it is 0 in symmetric tasks and large when one
    /// side of the upper body is supported and the other loaded (bird-dog: ≈ 45–51 N·m for the de Leva male, 73 kg).
    /// </summary>
    public double LumbarAxialTorqueNewtonMeters { get; }

    /// <summary>The required moment of <paramref name="coordinate"/>, N·m.</summary>
    public double Moment(Coordinate coordinate) => _moments[(int)coordinate];

    /// <summary>The velocity of <paramref name="coordinate"/>, rad/s.</summary>
    public double Velocity(Coordinate coordinate) => _velocities[(int)coordinate];
}
