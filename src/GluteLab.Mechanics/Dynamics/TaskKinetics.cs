using GluteLab.Anatomy;
using GluteLab.Mechanics.Tasks;

namespace GluteLab.Mechanics.Dynamics;

/// <summary>The inverse dynamics of one exercise for one person and strategy: the frames and what produced them.</summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class TaskKinetics
{
    private readonly TaskFrame[] _frames;

    internal TaskKinetics(Exercise exercise, TaskSettings settings, Side workingSide, TaskFrame[] frames)
    {
        Exercise = exercise;
        Settings = settings;
        WorkingSide = workingSide;
        _frames = frames;
    }

    /// <summary>The exercise (as defined, before mirroring).</summary>
    public Exercise Exercise { get; }

    /// <summary>Person, tilt offset and strategy used.</summary>
    public TaskSettings Settings { get; }

    /// <summary>The strategy used.</summary>
    public MovementStrategy Strategy => Settings.Strategy;

    /// <summary>The side that did the work.</summary>
    public Side WorkingSide { get; }

    /// <summary>RigidBody mass, kg.</summary>
    public double BodyMassKilograms => Settings.Anthropometry.MassKilograms;

    /// <summary>The frames, in time order.</summary>
    public ReadOnlySpan<TaskFrame> Frames => _frames;

    /// <summary>Number of frames.</summary>
    public int FrameCount => _frames.Length;

    /// <summary>Frame <paramref name="index"/>.</summary>
    public TaskFrame this[int index] => _frames[index];

    /// <summary>The required moment of <paramref name="coordinate"/> at frame <paramref name="index"/>, N·m per kg of body mass.</summary>
    public double MomentPerKilogram(int index, Coordinate coordinate) => _frames[index].Moment(coordinate) / BodyMassKilograms;

    /// <summary>The largest value of the moment (N·m/kg) over the frames, in the direction of <paramref name="sign"/> (+1 or −1); 0 if it never points that way.</summary>
    public double PeakPerKilogram(Coordinate coordinate, int sign)
    {
        var best = 0.0;
        foreach (var f in _frames) best = Math.Max(best, sign * f.Moment(coordinate) / BodyMassKilograms);
        return best;
    }
}
