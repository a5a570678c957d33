using System.Globalization;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Converts a coerced GraphQL input value (string, int, double, bool, enum value, list) to the CLR type of the member
/// it is compared with: an ID string to a Guid, a Float to a decimal, an enum value name to the CLR enum member.
/// </summary>
internal static class ValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }
        try
        {
            return value switch
            {
                string text when type == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
                string text when type.IsEnum => ParseEnum(text, type),
                string text when type == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
                string text when type == typeof(TimeOnly) => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
                string text when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                string text when type == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                string text when type == typeof(TimeSpan) => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
                string text when type == typeof(decimal) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
                Enum when type.IsEnum => Enum.ToObject(type, value),
                _ when type.IsEnum => Enum.ToObject(type, value),
                _ when type == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                IConvertible => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new Execution.Errors.GraphQLException($"The value {ValueInspector.Inspect(value)} cannot be compared with a {type.Name}.", Execution.Errors.ErrorCodes.BadUserInput);
        }
    }

    private static object ParseEnum(string text, Type type)
    {
        foreach (var name in Enum.GetNames(type))
        {
            if (SchemaBuilder.EnumValueName(name) == text || string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse(type, name);
            }
        }
        throw new FormatException();
    }
}
