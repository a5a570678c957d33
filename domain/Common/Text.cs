namespace DebtHub.Domain.Common;

/// <summary>Checks for free text typed by people: required or optional, trimmed, bounded in length.</summary>
public static class Text
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("REQUIRED", $"{field} is required.");
        }

        return Bounded(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Bounded(trimmed, field, maxLength);
    }

    private static string Bounded(string value, string field, int maxLength) =>
        value.Length <= maxLength
            ? value
            : throw new DomainException("TOO_LONG", $"{field} is longer than {maxLength} characters.");
}
