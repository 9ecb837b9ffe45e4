using GluteLab.Anatomy;
using GluteLab.Anatomy.Segments;
using GluteLab.Mechanics.Dynamics;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Simulation;

/// <summary>
/// The ankle effort of the trunk-lean candidates of one exercise, for the strategy choice (<see cref="AnkleEffort"/>).
/// While the working feet are the only support, the ankle moment does not depend on the lean: the trunk-lean re-solve
/// keeps the whole-body centre of mass at the same horizontal distance from the working ankle, so the centre of pressure
/// stays put. Those frames' moments are solved once, for the nominal strategy, and each candidate only adds its shanks'
/// inclinations, read from the postures its inverse dynamics produced. Frames where another contact shares the load
/// (the trail foot of a step-up or lunge) are solved again for each candidate, since the share moves with the lean.
/// Not thread-safe.
/// </summary>
internal sealed class AnkleDemand
{
    private readonly Exercise _exercise;
    private readonly TaskSettings _nominal;
    private readonly int _stride;
    private readonly AnkleProbe _probe;
    private readonly double[] _required; // [sampled frame × foot], N·m; NaN where other contacts bear load
    private readonly AnkleEffort.FootState[] _feet;

    public AnkleDemand(Exercise exercise, TaskSettings settings, SegmentTables tables, int stride)
    {
        _exercise = exercise;
        _nominal = settings with { Strategy = exercise.NominalStrategy };
        _stride = stride;
        _probe = new AnkleProbe(exercise, _nominal, tables);
        _feet = new AnkleEffort.FootState[_probe.FootCount];
        var n = _probe.Task.FrameCount;
        _required = new double[((n + stride - 1) / stride) * _probe.FootCount];
        var motion = _probe.Motion(_nominal.Strategy);
        for (int i = 0, sample = 0; i < n; i += stride, sample++)
        {
            var u = _probe.TimeFraction(i);
            var shared = _probe.OtherContactsBearLoad(u);
            if (!shared) _probe.Probe(motion, u, _feet);
            for (var foot = 0; foot < _feet.Length; foot++) _required[sample * _feet.Length + foot] = shared ? double.NaN : _feet[foot].RequiredNewtonMeters;
        }
    }

    /// <summary>True if this demand was solved for the same exercise, person, pelvic tilt, side and frame stride.</summary>
    public bool Serves(Exercise exercise, TaskSettings settings, int stride) =>
        ReferenceEquals(exercise, _exercise) && stride == _stride && settings.Anthropometry == _nominal.Anthropometry
        && settings.PelvicTiltOffsetRadians == _nominal.PelvicTiltOffsetRadians && settings.WorkingSide == _nominal.WorkingSide;

    /// <summary>Σ over the sampled frames of <paramref name="kinetics"/> of the working ankles' effort.</summary>
    public double Effort(TaskKinetics kinetics, int exponent)
    {
        var frames = kinetics.Frames;
        var task = _probe.Task;
        var side = kinetics.WorkingSide;
        var pitch = task.Curve(KinematicChannel.BasePitch);
        var roll = task.Curve(KinematicChannel.BaseRoll);
        var mass = kinetics.BodyMassKilograms;
        TaskMotion? motion = null;
        var total = 0.0;
        for (int f = 0, sample = 0; f < frames.Length; f += _stride, sample++)
        {
            var u = _probe.TimeFraction(f);
            if (double.IsNaN(_required[sample * _feet.Length]))
            {
                // Another contact shares the load: solve this candidate's contacts.
                motion ??= _probe.Motion(kinetics.Strategy);
                _probe.Probe(motion, u, _feet);
                foreach (var foot in _feet)
                {
                    total += AnkleEffort.Cost(foot.RequiredNewtonMeters,
                        AnkleEffort.PassivePlantarflexorMomentNewtonMeters(foot.DorsiflexionRadians, foot.KneeFlexionRadians), mass, exponent);
                }
                continue;
            }
            ref readonly var frame = ref frames[f];
            for (var foot = 0; foot < _feet.Length; foot++)
            {
                var s = foot == 0 ? side : side.Opposite();
                var dorsiflexion = AnkleEffort.ShankInclinationRadians(frame.Posture, s, pitch.Evaluate(u), roll.Evaluate(u));
                var knee = frame.Posture[Coordinates.Of(JointMotion.KneeFlexion, s)];
                total += AnkleEffort.Cost(_required[sample * _feet.Length + foot],
                    AnkleEffort.PassivePlantarflexorMomentNewtonMeters(dorsiflexion, knee), mass, exponent);
            }
        }
        return total;
    }
}
