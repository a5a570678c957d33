namespace DebtHub.Domain.Common;

/// <summary>ISO 4217 alphabetic codes: three ASCII letters, upper case.</summary>
public static class CurrencyCode
{
    public const string UsDollar = "USD";

    public static bool IsValid(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) && char.IsAsciiLetter(code[2]);

    public static string Normalize(string? code) =>
        IsValid(code)
            ? code!.ToUpperInvariant()
            : throw new DomainException("INVALID_CURRENCY", $"\"{code}\" is not an ISO 4217 currency code.");
}
