using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DebtHub.GraphQL.Types;

/// <summary>graphql-js's inspect(): how values appear inside coercion error messages.</summary>
public static class ValueInspector
{
    public static string Inspect(object? value) => Inspect(value, 0);

    /// <summary>A number as JavaScript's String(n) writes it (integers without a decimal point).</summary>
    public static string FormatNumber(object original, double number) => original switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(original, CultureInfo.InvariantCulture)!,
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => number == Math.Floor(number) && Math.Abs(number) < 1e21
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal),
    };

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s);
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return InspectJson(element, depth);
            case JsonNode node:
                return InspectJson(JsonSerializer.SerializeToElement(node), depth);
        }

        if (BuiltInScalars.AsNumber(value) is { } number)
        {
            return double.IsNaN(number) ? "NaN" : double.IsPositiveInfinity(number) ? "Infinity" : double.IsNegativeInfinity(number) ? "-Infinity" : FormatNumber(value, number);
        }

        if (value is IDictionary dictionary)
        {
            if (dictionary.Count == 0)
            {
                return "{}";
            }

            if (depth >= 2)
            {
                return "[Object]";
            }

            var parts = new List<string>();
            foreach (DictionaryEntry entry in dictionary)
            {
                parts.Add(entry.Key + ": " + Inspect(entry.Value, depth + 1));
            }

            return "{ " + string.Join(", ", parts) + " }";
        }

        if (value is IEnumerable list)
        {
            var parts = new List<string>();
            foreach (var item in list)
            {
                parts.Add(Inspect(item, depth + 1));
            }

            if (parts.Count == 0)
            {
                return "[]";
            }

            return depth >= 2 ? "[Array]" : "[" + string.Join(", ", parts) + "]";
        }

        return value is Enum ? JsonSerializer.Serialize(value.ToString()) : "{}";
    }

    private static string InspectJson(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return JsonSerializer.Serialize(element.GetString());
            case JsonValueKind.Number:
                return element.GetRawText();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return "null";
            case JsonValueKind.Array:
            {
                var parts = new List<string>();
                foreach (var item in element.EnumerateArray())
                {
                    parts.Add(InspectJson(item, depth + 1));
                }

                return parts.Count == 0 ? "[]" : depth >= 2 ? "[Array]" : "[" + string.Join(", ", parts) + "]";
            }

            default:
            {
                var builder = new StringBuilder();
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    builder.Append(first ? string.Empty : ", ").Append(property.Name).Append(": ").Append(InspectJson(property.Value, depth + 1));
                    first = false;
                }

                return first ? "{}" : depth >= 2 ? "[Object]" : "{ " + builder + " }";
            }
        }
    }
}
