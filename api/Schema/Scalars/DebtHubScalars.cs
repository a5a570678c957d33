using System.Globalization;
using System.Text.Json;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Scalars;

/// <summary>
/// The scalars money and time need, named as HotChocolate names them: <c>Decimal</c> (an exact JSON number, never a
/// binary float), <c>Date</c> (ISO 8601 calendar date) and <c>DateTime</c> (ISO 8601 with offset, RFC 3339).
/// </summary>
internal static class DebtHubScalars
{
    private const string Sdl = """
        "An exact decimal number (amounts of money); serialized as a JSON number with its scale kept."
        scalar Decimal
        "An amount of money in a mutation's input: a JSON number or a numeric string. Anything else (\"NaN\", \"12,5x\") is answered in the payload as an InvalidAmountError naming the field, not as a request error."
        scalar Amount
        "A calendar date, ISO 8601 (2026-11-23)."
        scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
        "An instant with its UTC offset, RFC 3339 (2026-11-23T14:05:00Z)."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
        """;

    public static SchemaBuilder AddDebtHubScalars(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddScalar(new ScalarType("Decimal", SerializeDecimal, ParseDecimalValue, ParseDecimalLiteral))
        .AddScalar(new ScalarType("Amount", SerializeDecimal, ParseAmountValue, ParseAmountLiteral))
        .AddScalar(new ScalarType("Date", SerializeDate, ParseDateValue, ParseDateLiteral))
        .AddScalar(new ScalarType("DateTime", SerializeDateTime, ParseDateTimeValue, ParseDateTimeLiteral));

    private static object? SerializeDecimal(object value) => value switch
    {
        decimal d => d,
        int or long => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Decimal cannot represent a non-decimal value: {value}"),
    };

    private static object? ParseDecimalValue(object value) => value switch
    {
        decimal d => d,
        int i => (decimal)i,
        long l => (decimal)l,
        double d when double.IsFinite(d) => decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetDecimal(out var d) => d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new ScalarCoercionException($"Decimal cannot represent a non-decimal value: {Describe(value)}"),
    };

    private static object? ParseDecimalLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode i when decimal.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) => d,
        FloatValueNode f when decimal.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        StringValueNode s when decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new ScalarCoercionException("Decimal cannot represent a non-decimal value."),
    };

    /// <summary>Numbers and numeric strings become decimals; any other string is kept, unparsed, for the mutation to refuse.</summary>
    private static object? ParseAmountValue(object value) => value switch
    {
        string s => ParseAmountText(s),
        JsonElement { ValueKind: JsonValueKind.String } json => ParseAmountText(json.GetString()!),
        _ => ParseDecimalValue(value),
    };

    private static object? ParseAmountLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is StringValueNode s
        ? ParseAmountText(s.Value)
        : ParseDecimalLiteral(literal, variables);

    private static object ParseAmountText(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : new MalformedAmount(text);

    private static object? SerializeDate(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Date cannot represent a non-date value: {value}"),
    };

    private static object? ParseDateValue(object value) => value is string s || (value is JsonElement { ValueKind: JsonValueKind.String } e && (s = e.GetString()!) is not null)
        ? ParseDate(s)
        : throw new ScalarCoercionException($"Date cannot represent a non-string value: {Describe(value)}");

    private static object? ParseDateLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is StringValueNode s
        ? ParseDate(s.Value)
        : throw new ScalarCoercionException("Date cannot represent a non-string value.");

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ScalarCoercionException($"Date cannot represent \"{Shorten(text)}\": expected yyyy-MM-dd.");

    private static object? SerializeDateTime(object value) => value switch
    {
        DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"DateTime cannot represent a non-date-time value: {value}"),
    };

    private static object? ParseDateTimeValue(object value) => value is string s || (value is JsonElement { ValueKind: JsonValueKind.String } e && (s = e.GetString()!) is not null)
        ? ParseDateTime(s)
        : throw new ScalarCoercionException($"DateTime cannot represent a non-string value: {Describe(value)}");

    private static object? ParseDateTimeLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is StringValueNode s
        ? ParseDateTime(s.Value)
        : throw new ScalarCoercionException("DateTime cannot represent a non-string value.");

    /// <summary>RFC 3339: a date, a time and an offset (Z or ±hh:mm) are all required.</summary>
    private static DateTimeOffset ParseDateTime(string text) =>
        text.Length >= 20 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new ScalarCoercionException($"DateTime cannot represent \"{Shorten(text)}\": expected RFC 3339 with an offset.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Describe(object value) => value is JsonElement e ? e.GetRawText() : value.ToString() ?? "";
}

/// <summary>An Amount input that is not a number; <c>InputReader.Amount</c> answers it with an InvalidAmountError.</summary>
internal sealed record MalformedAmount(string Text);
