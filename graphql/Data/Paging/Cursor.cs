using System.Text.Json;
using DebtHub.GraphQL.Execution.Errors;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Keyset cursors: base64 of the JSON array of the row's sort-key values (the unique key last). A cursor names a
/// position in the order, not an offset, so rows inserted before it do not shift the next page.
/// </summary>
internal static class Cursor
{
    public static string Encode(object?[] values)
        => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(values));

    public static object?[] Decode(string cursor, IReadOnlyList<SortKey> keys)
    {
        try
        {
            var json = Convert.FromBase64String(cursor);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() != keys.Count)
            {
                throw Invalid(cursor);
            }
            var values = new object?[keys.Count];
            var i = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                values[i] = element.Deserialize(keys[i].Value.Type);
                i++;
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
