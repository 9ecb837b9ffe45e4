using System.Collections;

namespace GluteLab.Anatomy.Muscles;

/// <summary>
/// All muscles of both sides, in a fixed order (left muscles in table order, then right), with look-ups by name,
/// group and side and an allocation-free evaluation of every length and moment arm at a posture.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MuscleSet : IReadOnlyList<Muscle>
{
    /// <summary>Body mass of the Rajagopal 2016 model, kg (MUSCULOSKELETAL.md §1.1): the mass the bundled Fmax belong to.</summary>
    public const double ReferenceBodyMassKilograms = 75.34;

    /// <summary>
    /// Stature the bundled lengths and moment arms are taken to belong to, m: 1.80 m (named assumption). The Rajagopal
    /// 2016 leg segments have the same inertial properties as gait2392's (opensim-models issue #185, opensim-core issue
    /// #3505), i.e. the same generic skeleton, and gait2392 is described as representing a subject about 1.8 m tall;
    /// neither model file states a stature.
    /// </summary>
    public const double ReferenceHeightMeters = 1.80;

    private readonly Muscle[] _muscles;
    private readonly Dictionary<string, int> _byName;
    // Distinct (abscissa coordinate, knot grid) pairs of all splines, and per muscle the pair each of its splines uses:
    // Evaluate locates each pair's angle once instead of once per spline.
    private readonly (Coordinate Abscissa, double[] Knots)[] _grids;
    private readonly int[][] _gridOfSpline;

    /// <summary>Creates a set from muscles with unique names.</summary>
    /// <exception cref="ArgumentException">Two muscles share a name, or the set is empty.</exception>
    public MuscleSet(IEnumerable<Muscle> muscles)
    {
        ArgumentNullException.ThrowIfNull(muscles);
        _muscles = [.. muscles];
        if (_muscles.Length == 0) throw new ArgumentException("A muscle set needs at least one muscle.", nameof(muscles));
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _muscles.Length; i++)
        {
            if (!_byName.TryAdd(_muscles[i].Name, i))
            {
                throw new ArgumentException($"Muscle name '{_muscles[i].Name}' appears twice.", nameof(muscles));
            }
        }
        var grids = new List<(Coordinate Abscissa, double[] Knots)>();
        _gridOfSpline = new int[_muscles.Length][];
        for (var i = 0; i < _muscles.Length; i++)
        {
            _gridOfSpline[i] = [.. _muscles[i].Geometry.Splines.Select(s =>
            {
                var g = grids.FindIndex(x => x.Abscissa == s.Abscissa && x.Knots.AsSpan().SequenceEqual(s.Spline.Knots));
                if (g >= 0) return g;
                grids.Add((s.Abscissa, s.Spline.Knots.ToArray()));
                return grids.Count - 1;
            })];
        }
        _grids = [.. grids];
    }

    /// <summary>The bundled model (reference body, <see cref="ReferenceBodyMassKilograms"/>, <see cref="ReferenceHeightMeters"/>).</summary>
    /// <exception cref="MuscleDataException">The bundled data are invalid (a build defect).</exception>
    public static MuscleSet LoadBundled() => MuscleDataReader.LoadBundled();

    /// <summary>Number of muscles (both sides).</summary>
    public int Count => _muscles.Length;

    /// <summary>The muscle at <paramref name="index"/>.</summary>
    public Muscle this[int index] => _muscles[index];

    /// <summary>The muscle named <paramref name="name"/> (e.g. <c>glmax1_r</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such muscle; the message suggests the nearest name.</exception>
    public Muscle this[string name] => _muscles[IndexOfOrThrow(name)];

    /// <summary>Index of the muscle named <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Index of the muscle named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such muscle; the message suggests the nearest name.</exception>
    public int IndexOfOrThrow(string name) =>
        _byName.TryGetValue(name, out var i)
            ? i
            : throw new KeyNotFoundException($"No muscle named '{name}'; did you mean '{NearestName.Find(name, _byName.Keys)}'?");

    /// <summary>Indices of the muscles of <paramref name="group"/> on <paramref name="side"/>, in set order.</summary>
    public IReadOnlyList<int> IndicesOf(MuscleGroup group, Side side)
    {
        var list = new List<int>();
        for (var i = 0; i < _muscles.Length; i++)
        {
            if (_muscles[i].Group == group && _muscles[i].Side == side) list.Add(i);
        }
        return list;
    }

    /// <summary>Indices of all muscles on <paramref name="side"/>, in set order.</summary>
    public IReadOnlyList<int> IndicesOf(Side side)
    {
        var list = new List<int>();
        for (var i = 0; i < _muscles.Length; i++)
        {
            if (_muscles[i].Side == side) list.Add(i);
        }
        return list;
    }

    /// <summary>
    /// Evaluates every muscle at <paramref name="posture"/> without allocating.
    /// </summary>
    /// <param name="posture">Joint angles, rad.</param>
    /// <param name="momentArmsMeters">Receives the arms, m, row-major by muscle: element
    /// <c>[muscle * Coordinates.Count + (int)coordinate]</c>; length at least <c>Count * Coordinates.Count</c>.</param>
    /// <param name="musculotendonLengthsMeters">Receives one length per muscle, m; length at least <see cref="Count"/>.</param>
    /// <exception cref="ArgumentException">A span is too short.</exception>
    public void Evaluate(in Posture posture, Span<double> momentArmsMeters, Span<double> musculotendonLengthsMeters)
    {
        if (momentArmsMeters.Length < _muscles.Length * Coordinates.Count)
        {
            throw new ArgumentException($"momentArmsMeters needs {_muscles.Length * Coordinates.Count} elements, has {momentArmsMeters.Length}.", nameof(momentArmsMeters));
        }
        if (musculotendonLengthsMeters.Length < _muscles.Length)
        {
            throw new ArgumentException($"musculotendonLengthsMeters needs {_muscles.Length} elements, has {musculotendonLengthsMeters.Length}.", nameof(musculotendonLengthsMeters));
        }
        Span<KnotLocation> locations = _grids.Length <= 32 ? stackalloc KnotLocation[_grids.Length] : new KnotLocation[_grids.Length];
        for (var g = 0; g < _grids.Length; g++) locations[g] = KnotLocation.Find(_grids[g].Knots, posture[_grids[g].Abscissa]);
        for (var m = 0; m < _muscles.Length; m++)
        {
            musculotendonLengthsMeters[m] = _muscles[m].Geometry.Evaluate(posture, momentArmsMeters.Slice(m * Coordinates.Count, Coordinates.Count),
                locations, _gridOfSpline[m]);
        }
    }

    /// <summary>
    /// The set scaled to <paramref name="body"/>: lengths and moment arms × height / <see cref="ReferenceHeightMeters"/>,
    /// Fmax × mass / <see cref="ReferenceBodyMassKilograms"/> (named assumption: strength proportional to body mass).
    /// </summary>
    public MuscleSet ScaledTo(Anthropometry body) =>
        ScaledBy(body.HeightMeters / ReferenceHeightMeters, body.MassKilograms / ReferenceBodyMassKilograms);

    /// <summary>A copy with every length and arm × <paramref name="lengthScale"/> and every Fmax × <paramref name="forceScale"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A scale is not a positive finite number.</exception>
    public MuscleSet ScaledBy(double lengthScale, double forceScale)
    {
        Preconditions.CheckPositive(nameof(lengthScale), lengthScale);
        Preconditions.CheckPositive(nameof(forceScale), forceScale);
        return new MuscleSet(_muscles.Select(m => m.ScaledBy(lengthScale, forceScale)));
    }

    /// <inheritdoc />
    public IEnumerator<Muscle> GetEnumerator() => ((IEnumerable<Muscle>)_muscles).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _muscles.GetEnumerator();
}
