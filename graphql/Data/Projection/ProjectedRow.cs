using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// The names of a projected row's entries, shared by every row of one projection. Equal shapes compare equal, so a
/// query provider that caches compiled queries by expression (EF Core) reuses them across requests.
/// </summary>
internal sealed class RowShape : IEquatable<RowShape>
{
    private readonly Dictionary<string, int> _indexes;

    public RowShape(string[] names)
    {
        Names = names;
        _indexes = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _indexes.TryAdd(names[i], i);
        }
    }

    public string[] Names { get; }

    public bool TryGetIndex(string name, out int index) => _indexes.TryGetValue(name, out index);

    public bool Equals(RowShape? other) => other is not null && Names.AsSpan().SequenceEqual(other.Names);

    public override bool Equals(object? obj) => Equals(obj as RowShape);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var name in Names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }
}

/// <summary>
/// One object read by a projected query: the selected fields by GraphQL field name (the engine's default resolver
/// reads it like any dictionary), plus the values declared with <c>Requires</c> and the cursor's sort keys.
/// </summary>
public sealed class ProjectedRow : IReadOnlyDictionary<string, object?>
{
    private readonly RowShape _shape;
    private readonly object?[] _values;

    internal ProjectedRow(RowShape shape, object?[] values)
    {
        _shape = shape;
        _values = values;
    }

    /// <summary>
    /// Called by projections with the entry names joined by newlines: a string literal is the one kind of constant
    /// EF Core lets a client projection hold, and the shape behind it is built once per distinct selection.
    /// </summary>
    public static ProjectedRow Create(string names, object?[] values)
        => new(Shapes.GetOrAdd(names, static n => new RowShape(n.Split('\n'))), values);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RowShape> Shapes = new(StringComparer.Ordinal);

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _shape.Names;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The value read under <paramref name="name"/> (a field or a <c>Requires</c> entry), converted to <typeparamref name="T"/>.</summary>
    public T Get<T>(string name)
    {
        if (TryGetValue(name, out var value))
        {
            if (value is T typed)
            {
                return typed;
            }
            if (value is null && default(T) is null)
            {
                return default!;
            }
        }
        throw new KeyNotFoundException($"The row has no value of type {typeof(T).Name} named \"{name}\"; declare it with Requires.");
    }

    public bool ContainsKey(string key) => _shape.TryGetIndex(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_shape.TryGetIndex(key, out var index))
        {
            value = _values[index];
            return true;
        }
        value = null;
        return false;
    }

    internal object? ValueAt(int index) => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new(_shape.Names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
