using System.Globalization;
using System.Text;

namespace DebtHub.Infrastructure.SkipTracing.Batch;

/// <summary>
/// The common vendor CSV layouts (RFC 4180, UTF-8, a header row). Out: one row per debtor, referenced by the skip
/// trace's id. Back: one row per finding (record_type PHONE, ADDRESS, EMAIL, EMPLOYER, DECEASED, BANKRUPTCY,
/// LITIGIOUS, NOHIT or REFUSED), scores 0-100, dates yyyy-MM-dd. tools/SkipTraceSandbox reads and writes the same.
/// </summary>
public static class BatchLayout
{
    public static readonly string[] ExportColumns =
    [
        "reference_id", "first_name", "middle_name", "last_name", "dob", "ssn", "address1", "address2", "city", "state", "zip",
        "phone", "fcra_purpose", "glba_purpose", "dppa_purpose",
    ];

    public static readonly string[] ResultColumns =
    [
        "reference_id", "record_type", "score", "first_seen", "last_seen", "phone", "phone_type", "address1", "address2", "city",
        "state", "zip", "email", "employer_name", "detail",
    ];

    public static void WriteRow(StringBuilder output, IEnumerable<string?> cells) =>
        output.AppendJoin(',', cells.Select(c => Quote(c ?? string.Empty))).Append("\r\n");

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
