using GluteLab.Anatomy;

namespace GluteLab.Mechanics.Tasks;

/// <summary>
/// The set of exercise definitions, by id. <see cref="LoadBundled"/> reads the files embedded in the Anatomy
/// assembly as <c>data/exercises/&lt;id&gt;.yaml</c>; <see cref="Parse"/> builds a library from texts.
/// </summary>
/// <threadsafety>This type is immutable.</threadsafety>
public sealed class ExerciseLibrary
{
    /// <summary>Resource-name prefix of the bundled exercise files.</summary>
    public const string ResourcePrefix = "data/exercises/";

    private readonly Dictionary<string, Exercise> _byId;
    private readonly string[] _ids;

    private ExerciseLibrary(IEnumerable<Exercise> exercises)
    {
        _byId = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        foreach (var e in exercises)
        {
            if (!_byId.TryAdd(e.Id, e)) throw new ExerciseFormatException($"Exercise id '{e.Id}' is defined twice.");
        }
        _ids = _byId.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>All ids, sorted.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>All exercises, sorted by id.</summary>
    public IEnumerable<Exercise> All => _ids.Select(i => _byId[i]);

    /// <summary>Loads the bundled exercise files.</summary>
    /// <exception cref="ExerciseFormatException">A bundled file is invalid, or its id differs from its file name.</exception>
    public static ExerciseLibrary LoadBundled()
    {
        var assembly = typeof(Anthropometry).Assembly;
        var texts = new List<(string Name, string Text)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            texts.Add((resource, reader.ReadToEnd()));
        }
        return Parse(texts);
    }

    /// <summary>Builds a library from (file name, YAML text) pairs. The id in each file must match its file name.</summary>
    /// <exception cref="ExerciseFormatException">A file is invalid, an id is duplicated or differs from its file name.</exception>
    public static ExerciseLibrary Parse(IEnumerable<(string FileName, string Text)> files)
    {
        var exercises = new List<Exercise>();
        foreach (var (fileName, text) in files)
        {
            var exercise = ExerciseParser.Parse(text, fileName);
            var stem = Path.GetFileNameWithoutExtension(fileName);
            if (stem != exercise.Id) throw new ExerciseFormatException($"{fileName}: field 'id' is '{exercise.Id}', should match the file name '{stem}'.");
            exercises.Add(exercise);
        }
        return new ExerciseLibrary(exercises);
    }

    /// <summary>Looks up an exercise by id.</summary>
    public bool TryGet(string id, out Exercise exercise) => _byId.TryGetValue(id ?? string.Empty, out exercise!);

    /// <summary>The exercise with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such id; the message suggests the nearest one.</exception>
    public Exercise Get(string id) =>
        TryGet(id, out var e) ? e
        : throw new KeyNotFoundException($"Unknown exercise '{id}'. Did you mean '{NearestName.Find((id ?? string.Empty).Trim().ToLowerInvariant(), _ids)}'?");
}
