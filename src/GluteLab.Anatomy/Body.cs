using GluteLab.Anatomy.Muscles;
using GluteLab.Anatomy.Segments;

namespace GluteLab.Anatomy;

/// <summary>
/// The musculoskeletal model: muscles (Rajagopal 2016 Hill parameters, moment-arm geometry) and body segments (de Leva
/// 1996), loaded once and never changed. Everything that differs between people lives apart from it
/// (anthropometry and condition), as MuJoCo keeps mjModel apart from mjData.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Body
{
    /// <summary>Creates a body from its parts.</summary>
    public Body(MuscleSet muscles, SegmentTables segments)
    {
        Muscles = muscles ?? throw new ArgumentNullException(nameof(muscles));
        Segments = segments ?? throw new ArgumentNullException(nameof(segments));
    }

    /// <summary>The muscles of the reference body (unscaled).</summary>
    public MuscleSet Muscles { get; }

    /// <summary>The de Leva segment tables.</summary>
    public SegmentTables Segments { get; }

    /// <summary>Loads the body from the data bundled with GluteLab (<c>data/</c>).</summary>
    /// <exception cref="FormatException">A bundled data file is malformed (names file, row and column).</exception>
    public static Body LoadBundled() => new(MuscleSet.LoadBundled(), SegmentTables.LoadBundled());
}
