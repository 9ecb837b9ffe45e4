using GluteLab.Anatomy;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;
using GluteLab.Mechanics.Tests.Tasks;

namespace GluteLab.Mechanics.Tests.Dynamics;

/// <summary>Shared fixtures: the bundled library and solver, and the de Leva male default person (73 kg, 1.741 m).</summary>
internal static class TaskTestData
{
    public static readonly TaskInverseDynamics Solver = TaskInverseDynamics.LoadBundled();
    public static ExerciseLibrary Library => ExerciseLibraryTest.Library;

    public static TaskKinetics Run(string id, MovementStrategy? strategy = null, double tiltOffset = 0, Side? side = null, Anthropometry? person = null)
    {
        var e = Library.Get(id);
        return Solver.Run(e, new TaskSettings(person ?? Anthropometry.Default, tiltOffset, strategy ?? e.NominalStrategy, side));
    }

    public static TaskKinetics Run(Exercise e) => Solver.Run(e, TaskSettings.Nominal(e));

    /// <summary>Largest extensor (sign −1 of a flexion coordinate) moment over the frames, N·m/kg.</summary>
    public static double PeakExtensor(TaskKinetics k, Coordinate c) => k.PeakPerKilogram(c, -1);
}
