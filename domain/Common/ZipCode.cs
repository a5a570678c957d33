namespace DebtHub.Domain.Common;

/// <summary>A US ZIP code: five digits, optionally followed by -NNNN (ZIP+4). Stored as written, normalized.</summary>
public static class ZipCode
{
    public static bool IsValid(string? zip)
    {
        if (zip is null)
        {
            return false;
        }

        var s = zip.AsSpan().Trim();
        if (s.Length is not (5 or 9 or 10))
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var ok = (s.Length == 10 && i == 5) ? s[i] == '-' : char.IsAsciiDigit(s[i]);
            if (!ok)
            {
                return false;
            }
        }

        return s[..5] is not "00000";
    }

    public static string Normalize(string? zip)
    {
        if (!IsValid(zip))
        {
            throw new DomainException("INVALID_ZIP", $"\"{zip}\" is not a US ZIP code (12345 or 12345-6789).");
        }

        var s = zip!.Trim();
        return s.Length == 9 ? $"{s[..5]}-{s[5..]}" : s;
    }

    /// <summary>The five-digit delivery area, which is what time-zone tables are keyed by.</summary>
    public static string Zip5(string zip) => zip[..5];
}
