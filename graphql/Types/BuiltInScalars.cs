using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>Int, Float, String, Boolean and ID with graphql-js 16's coercion rules and messages (spec §3.5.1–3.5.5).</summary>
public static class BuiltInScalars
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    public static ScalarType Int { get; } = new("Int", SerializeInt, ParseIntValue, ParseIntLiteral,
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    { IsBuiltIn = true };

    public static ScalarType Float { get; } = new("Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral,
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    { IsBuiltIn = true };

    public static ScalarType String { get; } = new("String", SerializeString, ParseStringValue, ParseStringLiteral,
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    { IsBuiltIn = true };

    public static ScalarType Boolean { get; } = new("Boolean", SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral,
        "The `Boolean` scalar type represents `true` or `false`.")
    { IsBuiltIn = true };

    public static ScalarType ID { get; } = new("ID", SerializeId, ParseIdValue, ParseIdLiteral,
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) regardless of input value format will be accepted as ID.")
    { IsBuiltIn = true };

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static ScalarType? Get(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>Reads a JSON-ish number as a double, or null when the value is not a number.</summary>
    internal static double? AsNumber(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        _ => null,
    };

    private static object Unwrap(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } e => ReadString(e),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => value,
    };

    /// <summary>
    /// JSON may escape an unpaired surrogate ("\ud800"), which <see cref="JsonElement.GetString"/> refuses; JavaScript
    /// strings (and so graphql-js) keep it, so the value reaches the resolver, which decides what to do with it.
    /// </summary>
    private static string ReadString(JsonElement e)
    {
        try
        {
            return e.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return System.Text.RegularExpressions.Regex.Unescape(e.GetRawText()[1..^1]);
        }
    }

    private static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    private static object SerializeInt(object outputValue)
    {
        var value = Unwrap(outputValue);
        double? number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => AsNumber(value),
        };
        if (number is not { } num || !IsInteger(num))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (num is > MaxInt or < MinInt)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)num;
    }

    private static object ParseIntValue(object inputValue)
    {
        if (AsNumber(inputValue) is not { } num || !IsInteger(num))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(inputValue)}");
        }

        if (num is > MaxInt or < MinInt)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(inputValue)}");
        }

        return (int)num;
    }

    private static object ParseIntLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intNode)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intNode.Value}");
        }

        return value;
    }

    private static object SerializeFloat(object outputValue)
    {
        var value = Unwrap(outputValue);
        double? number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => AsNumber(value),
        };
        if (number is not { } num || !double.IsFinite(num))
        {
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return num;
    }

    private static object ParseFloatValue(object inputValue)
    {
        if (AsNumber(inputValue) is not { } num || !double.IsFinite(num))
        {
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(inputValue)}");
        }

        return num;
    }

    private static object ParseFloatLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };

    private static object SerializeString(object outputValue)
    {
        var value = Unwrap(outputValue);
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case Guid g:
                return g.ToString();
            case char c:
                return c.ToString();
        }

        if (AsNumber(value) is { } num && double.IsFinite(num))
        {
            return ValueInspector.FormatNumber(value, num);
        }

        throw new ScalarCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseStringValue(object inputValue) => Unwrap(inputValue) is string s
        ? s
        : throw new ScalarCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(inputValue)}");

    private static object ParseStringLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is StringValueNode s
        ? s.Value
        : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    private static object SerializeBoolean(object outputValue)
    {
        var value = Unwrap(outputValue);
        if (value is bool b)
        {
            return b;
        }

        if (AsNumber(value) is { } num && double.IsFinite(num))
        {
            return num != 0;
        }

        throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseBooleanValue(object inputValue) => Unwrap(inputValue) is bool b
        ? b
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(inputValue)}");

    private static object ParseBooleanLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal is BooleanValueNode b
        ? b.Value
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

    private static object SerializeId(object outputValue)
    {
        var value = Unwrap(outputValue);
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString();
        }

        if (AsNumber(value) is { } num && IsInteger(num))
        {
            return ValueInspector.FormatNumber(value, num);
        }

        throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseIdValue(object inputValue)
    {
        var value = Unwrap(inputValue);
        if (value is string s)
        {
            return s;
        }

        if (AsNumber(value) is { } num && IsInteger(num))
        {
            return ValueInspector.FormatNumber(value, num);
        }

        throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(inputValue)}");
    }

    private static object ParseIdLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
