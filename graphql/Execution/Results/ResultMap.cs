namespace DebtHub.GraphQL.Execution.Results;

/// <summary>
/// An object in the response, with one slot per response key in selection order (spec §7.1 "ordered map").
/// The executor fills slots concurrently (each resolver owns its slot), so no locking is needed.
/// </summary>
internal sealed class ResultMap
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    public void Set(int index, object? value) => _values[index] = value;

    /// <summary>The value of a response key, for tests and tools; linear in the number of keys.</summary>
    public object? this[string key] => Array.IndexOf(_keys, key) is var i and >= 0 ? _values[i] : throw new KeyNotFoundException(key);
}
