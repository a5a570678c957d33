using System.Globalization;
using DebtHub.Domain.Common;

namespace DebtHub.Infrastructure.Import;

/// <summary>
/// Reads the fields of one placement row, recording a message for every field that does not parse instead of stopping
/// at the first, so a creditor can fix a whole file in one pass.
/// </summary>
internal sealed class PlacementFields(Func<string, string?> field, int line, List<PlacementError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy"];

    public int Line => line;

    public bool HasErrors { get; private set; }

    public string? Text(string column)
    {
        var value = field(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Required(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            Error(column, "a value is required.");
        }

        return value ?? string.Empty;
    }

    /// <summary>A non-negative amount with at most two decimals: 1234.56, 1,234.56 or $1,234.56.</summary>
    public decimal Amount(string column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (string.IsNullOrEmpty(text))
        {
            return 0m;
        }

        var digits = text.StartsWith('$') ? text[1..] : text;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) ||
            amount.Scale > 2 && decimal.Round(amount, 2) != amount)
        {
            Error(column, $"\"{text}\" is not an amount (for example 1234.56, at most two decimals, no sign).");
            return 0m;
        }

        return amount;
    }

    /// <summary>A date as YYYY-MM-DD (or M/D/YYYY, as spreadsheets write it).</summary>
    public DateOnly? Date(string column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"\"{text}\" is not a date (YYYY-MM-DD).");
        return null;
    }

    public TEnum Choice<TEnum>(string column, TEnum fallback)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return fallback;
        }

        var name = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<TEnum>(name, ignoreCase: true, out var value) && !int.TryParse(name, out _))
        {
            return value;
        }

        Error(column, $"\"{text}\" is not one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(Snake))}.");
        return fallback;
    }

    public string? State(string column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (UsState.IsValid(text))
        {
            return text.ToUpperInvariant();
        }

        Error(column, $"\"{text}\" is not a US state or territory code (two letters, such as NY).");
        return null;
    }

    public PhoneNumber? Phone(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (PhoneNumber.TryParse(text, out var number, out var message))
        {
            return number;
        }

        Error(column, message!);
        return null;
    }

    /// <summary>Runs a domain check and records its refusal against the column.</summary>
    public T? Check<T>(string? column, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (DomainException e)
        {
            Error(column, e.Message);
            return default;
        }
    }

    public void Error(string? column, string message)
    {
        HasErrors = true;
        errors.Add(new PlacementError(line, column, message));
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
