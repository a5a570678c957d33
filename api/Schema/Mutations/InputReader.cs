using System.Globalization;
using System.Text;
using DebtHub.Domain.Common;
using DebtHub.GraphQL.Conventions;

namespace DebtHub.Api.Schema.Mutations;

/// <summary>
/// Reads a mutation's input object field by field and collects every problem as a typed error with the field's path,
/// so one answer lists all that is wrong and nothing is written until the whole input is sound. GraphQL has already
/// checked types and required fields; this checks what the type system cannot: ids, text, amounts, phones, places.
/// </summary>
internal sealed class InputReader(IReadOnlyDictionary<string, object?> input, string prefix, List<IMutationError> errors)
{
    /// <summary>Largest amount one request may move; larger numbers are typos or attacks, not money.</summary>
    public const decimal MaxAmount = 100_000_000m;

    private const int EchoLength = 100;

    public InputReader(IReadOnlyDictionary<string, object?> input)
        : this(input, "", [])
    {
    }

    public IReadOnlyList<IMutationError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public bool Has(string field) => input.TryGetValue(field, out var value) && value is not null;

    public void Fail(IMutationError error) => errors.Add(error);

    /// <summary>A nested input object, read with the same error list; null when absent.</summary>
    public InputReader? Object(string field) =>
        input.TryGetValue(field, out var value) && value is IReadOnlyDictionary<string, object?> nested
            ? new InputReader(nested, Path(field) + ".", errors)
            : null;

    /// <summary>The items of a list of input objects (none when absent).</summary>
    public IEnumerable<InputReader> Objects(string field)
    {
        if (!input.TryGetValue(field, out var value) || value is not System.Collections.IEnumerable items)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item is IReadOnlyDictionary<string, object?> nested)
            {
                yield return new InputReader(nested, $"{Path(field)}.{index}.", errors);
            }

            index++;
        }
    }

    /// <summary>An id: the opaque id of a <paramref name="typeName"/> (see <see cref="NodeIds"/>) or its bare UUID.</summary>
    public Guid Id(string field, string typeName)
    {
        var raw = Raw(field);
        if (raw is null)
        {
            errors.Add(new RequiredFieldError($"{Label(field)} is required.", Path(field)));
            return Guid.Empty;
        }

        if (NodeIds.TryParse(raw, out var type, out var id) && (type is null || type == typeName))
        {
            return id;
        }

        errors.Add(new NotFoundError($"No {typeName.ToLowerInvariant()} has the id \"{Echo(raw)}\".", Path(field), Echo(raw)));
        return Guid.Empty;
    }

    public Guid? OptionalId(string field, string typeName) => Has(field) ? Id(field, typeName) : null;

    /// <summary>A list of ids of <paramref name="typeName"/> (none when absent); each bad item is a NotFoundError at its index.</summary>
    public IReadOnlyList<Guid> Ids(string field, string typeName)
    {
        if (!input.TryGetValue(field, out var value) || value is not System.Collections.IEnumerable items || value is string)
        {
            return [];
        }

        var ids = new List<Guid>();
        var index = 0;
        foreach (var item in items)
        {
            var raw = item as string ?? Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty;
            if (NodeIds.TryParse(raw, out var type, out var id) && (type is null || type == typeName))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add(new NotFoundError($"No {typeName.ToLowerInvariant()} has the id \"{Echo(raw)}\".", $"{Path(field)}.{index}", Echo(raw)));
            }

            index++;
        }

        return ids;
    }

    /// <summary>The strings of a list-of-strings field (empty when absent).</summary>
    public IReadOnlyList<string> Strings(string field) =>
        input.TryGetValue(field, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.OfType<string>().ToArray()
            : [];

    /// <summary>Records that <paramref name="id"/>, read from <paramref name="field"/>, names nothing.</summary>
    public void NotFound(string field, string typeName, Guid id) =>
        errors.Add(new NotFoundError($"No {typeName.ToLowerInvariant()} has the id \"{id}\".", Path(field), id.ToString()));

    /// <summary>Free text: trimmed, NFC, bounded, without control characters (tabs and line breaks only when multiline).</summary>
    public string? Text(string field, int maxLength, bool required = false, bool multiline = false)
    {
        var raw = Raw(field);
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new RequiredFieldError($"{Label(field)} is required.", Path(field)));
            }

            return null;
        }

        // Measured before normalizing, so a huge input costs one comparison.
        if (text.Length > maxLength)
        {
            errors.Add(new TextTooLongError($"{Label(field)} is longer than {maxLength} characters.", Path(field), maxLength));
            return null;
        }

        if (FindBadCharacter(text, multiline) is { } bad)
        {
            errors.Add(new InvalidTextError($"{Label(field)} contains a character that is not allowed ({bad}).", Path(field)));
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormC);
        if (normalized.Length > maxLength)
        {
            errors.Add(new TextTooLongError($"{Label(field)} is longer than {maxLength} characters.", Path(field), maxLength));
            return null;
        }

        return normalized;
    }

    public PhoneNumber? Phone(string field)
    {
        var text = Text(field, 40, required: true);
        if (text is null)
        {
            return null;
        }

        if (PhoneNumber.TryParse(text, out var number, out var problem))
        {
            return number;
        }

        errors.Add(new InvalidPhoneError(problem!, Path(field)));
        return null;
    }

    public string? State(string field)
    {
        var text = Text(field, 20, required: true);
        if (text is null)
        {
            return null;
        }

        if (UsState.IsValid(text))
        {
            return UsState.Normalize(text);
        }

        errors.Add(new InvalidAddressError($"\"{Echo(text)}\" is not a US state or territory code.", Path(field)));
        return null;
    }

    public string? Zip(string field)
    {
        var text = Text(field, 20, required: true);
        if (text is null)
        {
            return null;
        }

        if (ZipCode.IsValid(text))
        {
            return ZipCode.Normalize(text);
        }

        errors.Add(new InvalidAddressError($"\"{Echo(text)}\" is not a US ZIP code (12345 or 12345-6789).", Path(field)));
        return null;
    }

    public string? Email(string field)
    {
        var text = Text(field, 254, required: true);
        if (text is null)
        {
            return null;
        }

        if (EmailAddress.IsValid(text))
        {
            return EmailAddress.Normalize(text);
        }

        errors.Add(new InvalidValueError($"\"{Echo(text)}\" is not an email address.", Path(field), "INVALID_EMAIL"));
        return null;
    }

    /// <summary>
    /// An amount of money: at most two decimal places, at most <see cref="MaxAmount"/> in size, and of the sign
    /// <paramref name="rule"/> asks. An absent optional amount is zero.
    /// </summary>
    public decimal Amount(string field, AmountRule rule = AmountRule.Positive, bool required = true)
    {
        if (!input.TryGetValue(field, out var value) || value is null)
        {
            if (required)
            {
                errors.Add(new RequiredFieldError($"{Label(field)} is required.", Path(field)));
            }

            return 0m;
        }

        if (value is not decimal amount)
        {
            var given = value is Scalars.MalformedAmount malformed ? $" (\"{Echo(malformed.Text)}\")" : "";
            errors.Add(new InvalidAmountError($"{Label(field)} is not a number{given}.", Path(field)));
            return 0m;
        }

        var problem = rule switch
        {
            AmountRule.Positive when amount <= 0m => "must be more than zero",
            AmountRule.ZeroOrMore when amount < 0m => "cannot be negative",
            _ when Math.Abs(amount) > MaxAmount => $"is larger than {MaxAmount.ToString("N0", CultureInfo.InvariantCulture)}, more than any one account moves",
            _ when amount != Math.Round(amount, 2) => "has more than two decimal places",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(new InvalidAmountError($"{Label(field)} {problem}.", Path(field)));
            return 0m;
        }

        return amount;
    }

    /// <summary>A calendar date (the Date scalar has checked its form); optionally not after today.</summary>
    public DateOnly? Date(string field, bool required = false, DateOnly? notAfter = null)
    {
        if (!input.TryGetValue(field, out var value) || value is not DateOnly date)
        {
            if (required)
            {
                errors.Add(new RequiredFieldError($"{Label(field)} is required.", Path(field)));
            }

            return null;
        }

        if (date.Year < 1900 || (notAfter is { } last && date > last))
        {
            errors.Add(new InvalidValueError($"{Label(field)} {date:yyyy-MM-dd} is {(date.Year < 1900 ? "before 1900" : "in the future")}.", Path(field), "INVALID_DATE"));
            return null;
        }

        return date;
    }

    /// <summary>An instant (the DateTime scalar has checked its form); optionally not after <paramref name="notAfter"/>.</summary>
    public DateTimeOffset? Instant(string field, DateTimeOffset? notAfter = null)
    {
        if (!input.TryGetValue(field, out var value) || value is not DateTimeOffset instant)
        {
            return null;
        }

        if (notAfter is { } last && instant > last)
        {
            errors.Add(new InvalidValueError($"{Label(field)} is in the future.", Path(field), "INVALID_DATE"));
            return null;
        }

        return instant;
    }

    public T? Enum<T>(string field)
        where T : struct, Enum =>
        input.TryGetValue(field, out var value) && value is T typed ? typed : null;

    public bool? Boolean(string field) => input.TryGetValue(field, out var value) && value is bool b ? b : null;

    public int? Int(string field) => input.TryGetValue(field, out var value) && value is int i ? i : null;

    /// <summary>The value of a list-of-enums field (empty when absent).</summary>
    public IReadOnlyList<T> Enums<T>(string field)
        where T : struct, Enum =>
        input.TryGetValue(field, out var value) && value is System.Collections.IEnumerable items
            ? items.OfType<T>().ToArray()
            : [];

    public string Path(string field) => prefix + field;

    private static string Echo(string text) => text.Length <= EchoLength ? text : text[..EchoLength] + "…";

    private static string Label(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    /// <summary>Describes the first character no person types, or null when there is none.</summary>
    private static string? FindBadCharacter(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return $"noncharacter U+{scalar:X}";
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"unpaired surrogate U+{(int)c:X4}";
            }

            if (multiline && c is '\n' or '\r' or '\t')
            {
                continue;
            }

            if (char.IsControl(c))
            {
                return $"control character U+{(int)c:X4}";
            }

            if (c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                return $"noncharacter U+{(int)c:X4}";
            }

            if (c is '\u2028' or '\u2029' && !multiline)
            {
                return $"line separator U+{(int)c:X4}";
            }
        }

        return null;
    }

    private string? Raw(string field) => input.TryGetValue(field, out var value) ? value switch
    {
        null => null,
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    }
        : null;
}

/// <summary>Which signs an amount may have.</summary>
internal enum AmountRule
{
    Positive,
    ZeroOrMore,

    /// <summary>Either sign (an adjustment up or down).</summary>
    Signed,
}
