namespace DebtHub.GraphQL.Execution;

/// <summary>
/// A response path (spec §7.1.2 "path"): an immutable linked list from the field back to the root, so a child shares
/// its parent's prefix and building a path costs one small object per field.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResultPath? Parent { get; }

    /// <summary>The response key, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index when <see cref="Name"/> is null.</summary>
    public int Index { get; }

    public int Depth { get; }

    public static ResultPath Root(string name) => new(null, name, -1);

    public ResultPath Append(string name) => new(this, name, -1);

    public ResultPath Append(int index) => new(this, null, index);

    /// <summary>The segments root first: strings for keys, ints for list indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            segments[p.Depth - 1] = p.Name is null ? p.Index : p.Name;
        }
        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
