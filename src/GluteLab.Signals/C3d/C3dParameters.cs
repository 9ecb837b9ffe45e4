using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>
/// The parameter section of a C3D file: groups of parameters, looked up case-insensitively by
/// <c>GROUP:PARAMETER</c>. Typed helpers read the values the data section depends on.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dParameters
{
    /// <summary>No groups.</summary>
    public static C3dParameters Empty { get; } = new([]);

    /// <summary>Creates a parameter section from groups.</summary>
    /// <exception cref="ArgumentException">Two groups share a name or an id.</exception>
    public C3dParameters(IEnumerable<C3dGroup> groups)
    {
        Groups = groups.ToImmutableArray();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<int>();
        foreach (var g in Groups)
        {
            if (!names.Add(g.Name)) throw new ArgumentException($"Two groups are named {g.Name}.", nameof(groups));
            if (!ids.Add(g.Id)) throw new ArgumentException($"Two groups have id {g.Id}.", nameof(groups));
        }
    }

    /// <summary>Groups in file order.</summary>
    public ImmutableArray<C3dGroup> Groups { get; }

    /// <summary>The group named <paramref name="name"/> (case-insensitive), or null.</summary>
    public C3dGroup? Group(string name)
    {
        foreach (var g in Groups)
        {
            if (string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)) return g;
        }
        return null;
    }

    /// <summary>The parameter <c>group:name</c>, or null.</summary>
    public C3dParameter? Find(string group, string name) => Group(group)?.Find(name);

    /// <summary>The parameter <c>group:name</c>.</summary>
    /// <exception cref="KeyNotFoundException">No such group or parameter.</exception>
    public C3dParameter this[string group, string name] =>
        Find(group, name) ?? throw new KeyNotFoundException($"The C3D file has no parameter {group}:{name}.");

    /// <summary>The first number of <c>group:name</c>, or null if absent or not numeric.</summary>
    public double? Number(string group, string name) => Find(group, name)?.FirstNumber();

    /// <summary>The strings of <c>group:name</c> (empty if absent).</summary>
    public string[] Strings(string group, string name) => Find(group, name)?.AsStrings() ?? [];

    /// <summary>
    /// Strings of <c>group:name</c> followed by its continuations <c>name2</c>, <c>name3</c>, … (the C3D way to
    /// store more than 255 labels, e.g. <c>POINT:LABELS2</c>).
    /// </summary>
    public List<string> StringsWithContinuations(string group, string name)
    {
        var result = new List<string>(Strings(group, name));
        for (int i = 2; ; i++)
        {
            var next = Find(group, name + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (next is null) break;
            result.AddRange(next.AsStrings());
        }
        return result;
    }

    /// <summary>Returns a copy with <paramref name="parameter"/> set in <paramref name="group"/> (the group is created if missing).</summary>
    public C3dParameters With(string group, C3dParameter parameter)
    {
        var existing = Group(group);
        if (existing is null)
        {
            int id = Groups.Length == 0 ? 1 : Groups.Max(g => g.Id) + 1;
            if (id > 127) id = Enumerable.Range(1, 127).First(i => Groups.All(g => g.Id != i));
            return new C3dParameters(Groups.Add(new C3dGroup(id, group, "", false, [parameter])));
        }
        return new C3dParameters(Groups.Replace(existing, existing.With(parameter)));
    }

    /// <summary>Returns a copy without <c>group:name</c>.</summary>
    public C3dParameters Without(string group, string name)
    {
        var existing = Group(group);
        return existing is null ? this : new C3dParameters(Groups.Replace(existing, existing.Without(name)));
    }

    /// <summary>Returns a copy without the group named <paramref name="group"/>.</summary>
    public C3dParameters WithoutGroup(string group)
    {
        var existing = Group(group);
        return existing is null ? this : new C3dParameters(Groups.Remove(existing));
    }

    /// <summary>Whether both sections hold the same groups and parameters in the same order, value for value.</summary>
    public bool ContentEquals(C3dParameters other, params string[] ignoredParameters)
    {
        if (Groups.Length != other.Groups.Length) return false;
        for (int i = 0; i < Groups.Length; i++)
        {
            var a = Groups[i];
            var b = other.Groups[i];
            if (a.Id != b.Id || a.Name != b.Name || a.Description != b.Description || a.IsLocked != b.IsLocked) return false;
            var pa = a.Parameters.Where(p => !ignoredParameters.Contains($"{a.Name}:{p.Name}", StringComparer.OrdinalIgnoreCase)).ToList();
            var pb = b.Parameters.Where(p => !ignoredParameters.Contains($"{b.Name}:{p.Name}", StringComparer.OrdinalIgnoreCase)).ToList();
            if (pa.Count != pb.Count) return false;
            for (int j = 0; j < pa.Count; j++)
            {
                if (!pa[j].ContentEquals(pb[j])) return false;
            }
        }
        return true;
    }
}
