namespace DebtHub.Domain.Common;

/// <summary>
/// A telephone number in E.164 (+ then 8 to 15 digits, no leading zero). North American numbers (+1) are checked
/// further: a 10-digit national number whose area code and exchange start with 2-9.
/// </summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string e164) => Value = e164;

    public string Value { get; }

    public bool IsNorthAmerican => Value.StartsWith("+1", StringComparison.Ordinal);

    /// <summary>The three-digit NANP area code (NPA), or null outside North America.</summary>
    public string? AreaCode => IsNorthAmerican ? Value.Substring(2, 3) : null;

    public static PhoneNumber Parse(string? text) =>
        TryParse(text, out var number, out var error)
            ? number
            : throw new DomainException("INVALID_PHONE", error!);

    /// <summary>Accepts E.164, or a 10-digit US number with common punctuation ("(212) 555-0142").</summary>
    public static bool TryParse(string? text, out PhoneNumber number, out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A phone number is required.";
            return false;
        }

        Span<char> digits = stackalloc char[16];
        var count = 0;
        var plus = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c == '+' && count == 0 && !plus)
            {
                plus = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    error = $"\"{text}\" has too many digits for a phone number.";
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.'))
            {
                error = $"\"{text}\" is not a phone number: unexpected character '{c}'.";
                return false;
            }
        }

        var national = digits[..count];
        string e164;
        if (!plus && count == 10)
        {
            e164 = "+1" + new string(national);
        }
        else if (!plus && count == 11 && national[0] == '1')
        {
            e164 = "+" + new string(national);
        }
        else if (plus && count is >= 8 and <= 15 && national[0] != '0')
        {
            e164 = "+" + new string(national);
        }
        else
        {
            error = $"\"{text}\" is not a phone number in E.164 form (for example +12125550142).";
            return false;
        }

        if (e164.StartsWith("+1", StringComparison.Ordinal))
        {
            if (e164.Length != 12 || e164[2] < '2' || e164[5] < '2')
            {
                error = $"\"{text}\" is not a valid North American number (area code and exchange start with 2-9).";
                return false;
            }
        }

        number = new PhoneNumber(e164);
        error = null;
        return true;
    }

    public override string ToString() => Value;
}
