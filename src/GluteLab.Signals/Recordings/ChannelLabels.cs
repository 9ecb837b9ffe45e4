using System.Text;
using GluteLab.Anatomy;

namespace GluteLab.Signals.Recordings;

/// <summary>
/// Recognises muscle and side from common EMG channel labels: <c>L GMax</c>, <c>R_GLUT_MAX</c>,
/// <c>Glut Med Left</c>, <c>ES_L</c>, <c>BF right</c>, <c>ST</c>, <c>TFL</c>, <c>LGMax</c>, <c>gluteus_medius_r</c>…
/// </summary>
/// <remarks>
/// The label is split into words (at separators and case changes); side words (<c>l</c>, <c>left</c>, <c>lt</c>,
/// <c>r</c>, <c>right</c>, <c>rt</c>) give the side, generic words (<c>emg</c>, <c>m</c>, <c>muscle</c>) are dropped,
/// and the rest, joined, is looked up in a table of abbreviations. A leading <c>l</c>/<c>r</c> glued to a known
/// abbreviation (<c>LGMax</c>) is read as the side. Unknown labels return null: the user then gives a map.
/// </remarks>
public static class ChannelLabels
{
    private static readonly Dictionary<string, (MuscleGroup Group, string? Muscle)> Aliases = Build();

    /// <summary>The muscle site a label names, or null when the label is not recognised.</summary>
    public static MuscleSite? Recognise(string label)
    {
        var words = Words(label);
        Side? side = null;
        var rest = new List<string>();
        foreach (var word in words)
        {
            switch (word)
            {
                case "l" or "left" or "lt" or "links" or "sin": side = Side.Left; break;
                case "r" or "right" or "rt" or "rechts" or "dx": side = Side.Right; break;
                case "emg" or "m" or "muscle" or "musculus" or "ch" or "channel": break;
                default:
                    if (word.All(char.IsDigit)) break; // "EMG 3", "GMax 1"
                    rest.Add(word);
                    break;
            }
        }
        var key = string.Concat(rest);
        if (key.Length == 0) return null;
        if (Aliases.TryGetValue(key, out var hit)) return new MuscleSite(hit.Group, side, hit.Muscle);
        if (side is null && key.Length > 2 && key[0] is 'l' or 'r' && Aliases.TryGetValue(key[1..], out hit))
        {
            return new MuscleSite(hit.Group, key[0] == 'l' ? Side.Left : Side.Right, hit.Muscle);
        }
        return null;
    }

    /// <summary>
    /// Parses a muscle name as given on the command line: a group id (<c>gluteus_maximus</c>), an individual muscle
    /// (<c>semitendinosus</c>) or any abbreviation <see cref="Recognise"/> knows (<c>gmax</c>).
    /// </summary>
    public static bool TryParseMuscle(string text, out MuscleGroup group, out string? muscle)
    {
        var key = text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        muscle = null;
        if (MuscleGroups.TryParse(key, out group)) return true;
        if (MuscleSite.Muscles.TryGetValue(key, out group))
        {
            muscle = key;
            return true;
        }
        if (Recognise(text) is { Side: null } site)
        {
            group = site.Group;
            muscle = site.Muscle;
            return true;
        }
        return false;
    }

    /// <summary>Every name <see cref="TryParseMuscle"/> accepts as a full name (for "did you mean" messages).</summary>
    public static IEnumerable<string> KnownNames => MuscleGroups.AllIds.Concat(MuscleSite.Muscles.Keys);

    private static List<string> Words(string label)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString().ToLowerInvariant());
            current.Clear();
        }
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (!char.IsLetterOrDigit(c)) { Flush(); continue; }
            if (current.Length > 0)
            {
                var previous = label[i - 1];
                var next = i + 1 < label.Length ? label[i + 1] : '\0';
                var lowerToUpper = char.IsLower(previous) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next);
                var digitBoundary = char.IsDigit(previous) != char.IsDigit(c);
                if (lowerToUpper || acronymEnd || digitBoundary) Flush();
            }
            current.Append(c);
        }
        Flush();
        return words;
    }

    private static Dictionary<string, (MuscleGroup, string?)> Build()
    {
        var d = new Dictionary<string, (MuscleGroup, string?)>();
        void Add(MuscleGroup group, string? muscle, params string[] keys)
        {
            foreach (var k in keys) d[k] = (group, muscle);
        }
        Add(MuscleGroup.GluteusMaximus, null, "gmax", "glmax", "glutmax", "glutemax", "glutealmax", "gluteusmax", "gluteusmaximus",
            "glutmaximus", "gluteimaximus", "gluteusmaximusmuscle", "glutealmaximus", "maximus");
        Add(MuscleGroup.GluteusMaximus, "upper_gluteus_maximus", "uppergmax", "upperglutmax", "uppergluteusmaximus", "ugmax");
        Add(MuscleGroup.GluteusMaximus, "lower_gluteus_maximus", "lowergmax", "lowerglutmax", "lowergluteusmaximus", "lgmaxlower");
        Add(MuscleGroup.GluteusMedius, null, "gmed", "glmed", "glutmed", "glutemed", "gluteusmed", "gluteusmedius", "glutmedius", "medius");
        Add(MuscleGroup.GluteusMinimus, null, "gmin", "glmin", "glutmin", "gluteusmin", "gluteusminimus", "minimus");
        Add(MuscleGroup.Hamstrings, null, "ham", "hams", "hamstring", "hamstrings", "hs");
        Add(MuscleGroup.Hamstrings, "medial_hamstrings", "mh", "medham", "medialham", "medialhamstring", "medialhamstrings", "mhs");
        Add(MuscleGroup.Hamstrings, "lateral_hamstrings", "lh", "latham", "lateralham", "lateralhamstring", "lateralhamstrings", "lhs");
        Add(MuscleGroup.Hamstrings, "semitendinosus", "st", "semit", "semiten", "semitend", "semitendinosus", "semitendinous");
        Add(MuscleGroup.Hamstrings, "semimembranosus", "sm", "semim", "semimem", "semimembranosus");
        Add(MuscleGroup.Hamstrings, "biceps_femoris", "bf", "bfem", "bflh", "bicfem", "bicepsfem", "bicepsfemoris", "bicepfemoris");
        Add(MuscleGroup.ErectorSpinae, null, "es", "erector", "erectors", "erectorspinae", "erectspinae", "lumbarerectorspinae",
            "lumbarerector", "les", "paraspinal", "paraspinals", "lumbarparaspinal", "lumbarparaspinals");
        Add(MuscleGroup.ErectorSpinae, "multifidus", "mf", "multif", "multifidus", "lumbarmultifidus");
        Add(MuscleGroup.ErectorSpinae, "longissimus", "longissimus", "longiss");
        Add(MuscleGroup.ErectorSpinae, "iliocostalis", "ic", "iliocostalis", "iliocost");
        Add(MuscleGroup.TensorFasciaeLatae, null, "tfl", "tensorfasciaelatae", "tensorfascialatae", "tensorfasciae", "tensor");
        Add(MuscleGroup.RectusFemoris, null, "rf", "recfem", "rectusfem", "rectusfemoris");
        Add(MuscleGroup.Vasti, null, "vasti", "vastus", "quad", "quads");
        Add(MuscleGroup.Vasti, "vastus_lateralis", "vl", "vaslat", "vastuslat", "vastuslateralis");
        Add(MuscleGroup.Vasti, "vastus_medialis", "vm", "vmo", "vasmed", "vastusmed", "vastusmedialis");
        Add(MuscleGroup.AdductorMagnus, null, "am", "addmag", "adductormagnus", "admag");
        Add(MuscleGroup.AdductorLongus, null, "al", "addlong", "adductorlongus", "adlong", "adductor", "adductors", "add");
        Add(MuscleGroup.Iliopsoas, null, "ip", "ilio", "iliopsoas", "psoas", "iliacus");
        Add(MuscleGroup.Sartorius, null, "sar", "sart", "sartorius");
        Add(MuscleGroup.QuadratusLumborum, null, "ql", "quadratuslumborum", "quadlumb");
        Add(MuscleGroup.RectusAbdominis, null, "ra", "rectabd", "rectusabd", "rectusabdominis", "abs");
        Add(MuscleGroup.Obliques, null, "obl", "obliques", "oblique");
        Add(MuscleGroup.Obliques, "external_oblique", "eo", "extobl", "externaloblique", "externalobliques");
        Add(MuscleGroup.Obliques, "internal_oblique", "io", "intobl", "internaloblique", "internalobliques");
        Add(MuscleGroup.DeepExternalRotators, null, "deeprotators", "deepexternalrotators", "externalrotators", "shortexternalrotators",
            "piriformis", "piri", "quadratusfemoris", "quadfem");
        Add(MuscleGroup.Gracilis, null, "grac", "gracilis");
        Add(MuscleGroup.Gastrocnemius, null, "gas", "gastroc", "gastrocs", "gastrocnemius", "gastrocnemii");
        Add(MuscleGroup.Gastrocnemius, "medial_gastrocnemius", "mg", "gasmed", "medgas", "medgastroc", "medialgastroc",
            "medialgastrocnemius", "gastrocnemiusmedialis", "gastrocmed");
        Add(MuscleGroup.Gastrocnemius, "lateral_gastrocnemius", "lg", "gaslat", "latgas", "latgastroc", "lateralgastroc",
            "lateralgastrocnemius", "gastrocnemiuslateralis", "gastroclat");
        foreach (var (id, i) in MuscleGroups.AllIds.Select((id, i) => (id, i))) d[id.Replace("_", "")] = ((MuscleGroup)i, null);
        return d;
    }
}
