namespace DebtHub.Domain.Common;

/// <summary>A deliverable-looking email address: one @, a dotted domain, no spaces, at most 254 characters.</summary>
public static class EmailAddress
{
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 254)
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1)
        {
            return false;
        }

        var domain = address.AsSpan(at + 1);
        return !address.AsSpan().ContainsAny(" \t\r\n<>,;\"") && domain.Contains('.') && domain[0] != '.' &&
               domain[^1] != '.';
    }

    public static string Normalize(string? address) =>
        IsValid(address)
            ? address!.Trim()
            : throw new DomainException("INVALID_EMAIL", $"\"{address}\" is not an email address.");
}
