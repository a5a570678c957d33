using System.Text.Json;
using DebtHub.GraphQL.Execution.Errors;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Keyset cursors: base64 of a JSON array holding a fingerprint of the order, then the row's sort-key values (the
/// unique key last). A cursor names a position in the order, not an offset, so rows inserted before it do not shift
/// the next page; the fingerprint makes a cursor of another order an error instead of a wrong page.
/// </summary>
internal static class Cursor
{
    public static string Encode(uint fingerprint, object?[] values)
    {
        var items = new object?[values.Length + 1];
        items[0] = fingerprint;
        values.CopyTo(items, 1);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(items));
    }

    /// <summary>A stable hash (FNV-1a) of the sort keys' expressions and directions.</summary>
    public static uint Fingerprint(IReadOnlyList<SortKey> keys)
    {
        var hash = 2166136261u;
        foreach (var key in keys)
        {
            foreach (var c in key.Value.ToString() + (key.Descending ? "-" : "+"))
            {
                hash = (hash ^ c) * 16777619u;
            }
        }
        return hash;
    }

    public static object?[] Decode(string cursor, IReadOnlyList<SortKey> keys)
    {
        try
        {
            var json = Convert.FromBase64String(cursor);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != keys.Count + 1
                || root[0].ValueKind != JsonValueKind.Number || !root[0].TryGetUInt32(out var fingerprint) || fingerprint != Fingerprint(keys))
            {
                throw Invalid(cursor);
            }
            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = root[i + 1].Deserialize(keys[i].Value.Type);
            }
            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException)
        {
            throw Invalid(cursor);
        }
    }

    private static GraphQLException Invalid(string cursor)
        => new($"The cursor \"{Truncate(cursor)}\" is not valid for this list and order.", ErrorCodes.BadUserInput);

    private static string Truncate(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…");
}
