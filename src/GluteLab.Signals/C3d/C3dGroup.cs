using System.Collections.Immutable;

namespace GluteLab.Signals.C3d;

/// <summary>A C3D parameter group (e.g. POINT, ANALOG, TRIAL, EVENT) with its parameters in file order.</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class C3dGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">Group number, 1–127 (stored negated in the file).</param>
    /// <param name="name">Group name (printable ASCII; compared case-insensitively).</param>
    /// <param name="description">Description (at most 255 UTF-8 bytes).</param>
    /// <param name="isLocked">Locked flag.</param>
    /// <param name="parameters">Parameters in order; names must be unique (case-insensitive).</param>
    /// <exception cref="ArgumentException">Invalid id, name or duplicate parameter names.</exception>
    public C3dGroup(int id, string name, string description, bool isLocked, IEnumerable<C3dParameter> parameters)
        : this(id, C3dParameter.ValidateName(name), description, isLocked, parameters.ToImmutableArray(), validate: true)
    {
    }

    private C3dGroup(int id, string name, string description, bool isLocked, ImmutableArray<C3dParameter> parameters, bool validate)
    {
        if (validate)
        {
            if (id is < 1 or > 127) throw new ArgumentOutOfRangeException(nameof(id), id, $"A C3D group id is 1–127, was {id}.");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in parameters)
            {
                if (!seen.Add(p.Name)) throw new ArgumentException($"Group {name} has two parameters named {p.Name}.", nameof(parameters));
            }
        }
        Id = id;
        Name = name;
        Description = description;
        IsLocked = isLocked;
        Parameters = parameters;
    }

    internal static C3dGroup FromFile(int id, string name, string description, bool isLocked, ImmutableArray<C3dParameter> parameters) =>
        new(id, name, description, isLocked, parameters, validate: false);

    /// <summary>Group number (1–127).</summary>
    public int Id { get; }

    /// <summary>Group name as stored.</summary>
    public string Name { get; }

    /// <summary>Description.</summary>
    public string Description { get; }

    /// <summary>Locked flag.</summary>
    public bool IsLocked { get; }

    /// <summary>Parameters in file order.</summary>
    public ImmutableArray<C3dParameter> Parameters { get; }

    /// <summary>The parameter named <paramref name="name"/> (case-insensitive), or null.</summary>
    public C3dParameter? Find(string name)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p;
        }
        return null;
    }

    /// <summary>Returns a copy in which <paramref name="parameter"/> replaces the parameter of the same name, or is appended.</summary>
    public C3dGroup With(C3dParameter parameter)
    {
        var existing = Find(parameter.Name);
        var list = existing is null ? Parameters.Add(parameter) : Parameters.Replace(existing, parameter);
        return new C3dGroup(Id, Name, Description, IsLocked, list, validate: false);
    }

    /// <summary>Returns a copy without the parameter named <paramref name="name"/>.</summary>
    public C3dGroup Without(string name) =>
        new(Id, Name, Description, IsLocked, Parameters.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)), validate: false);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Parameters.Length} parameters)";
}
