using System.Globalization;
using System.Text;

namespace DebtHub.Infrastructure.Reports;

public enum ReportSection
{
    Aging,
    Liquidation,
    Rates,
    DollarsPerCollectorHour,
    ComplianceBlocks,
}

/// <summary>
/// CSV exports of a report (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), numbers
/// in invariant culture without trailing zeros, so spreadsheets in any locale read the same values.
/// </summary>
public static class ReportCsv
{
    public static string Write(CollectionReport report, ReportSection section) => section switch
    {
        ReportSection.Aging => Table(["bucket", "accounts", "balance"], report.Aging.Select(b => Row(b.Bucket, b.Accounts, b.Balance))),
        ReportSection.Liquidation => Table(["cohort", "accounts", "placed", "collected", "liquidation_rate"],
            report.Liquidation.Select(c => Row(c.Cohort, c.Accounts, c.Placed, c.Collected, c.Liquidation.Rate))),
        ReportSection.Rates => Table(["figure", "numerator", "denominator", "rate", "definition"], Rates(report)),
        ReportSection.DollarsPerCollectorHour => Table(["collector", "collected", "hours", "dollars_per_hour"],
            report.DollarsPerCollectorHour.Select(c => Row(c.UserName, c.Collected, c.Hours, c.DollarsPerHour))),
        ReportSection.ComplianceBlocks => Table(["rule", "citation", "accounts"], report.ComplianceBlocks.Select(b => Row(b.RuleId, b.Citation, b.Accounts))),
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    private static IEnumerable<string> Rates(CollectionReport r)
    {
        var figures = new (string Name, Ratio Ratio)[]
        {
            ("recovery_rate", r.RecoveryRate),
            ("rpc_per_dial_attempt", r.RightPartyContact.PerDialAttempt),
            ("rpc_per_live_connect", r.RightPartyContact.PerLiveConnect),
            ("rpc_per_account_worked", r.RightPartyContact.PerAccountWorked),
            ("promise_rate", r.PromiseRate),
            ("promise_kept_rate_count", r.PromiseKept.ByCount),
            ("promise_kept_rate_amount", r.PromiseKept.ByAmount),
            ("dialer_penetration", r.DialerPenetration),
            ("abandon_rate", r.AbandonRate),
            ("dispute_rate", r.DisputeRate),
        };
        return figures.Select(f => Row(f.Name, f.Ratio.Numerator, f.Ratio.Denominator, f.Ratio.Rate, f.Ratio.Definition));
    }

    private static string Table(string[] header, IEnumerable<string> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(row).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Row(params object?[] fields) => string.Join(',', fields.Select(Field));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            // Numeric columns carry their scale (2540.0000); a spreadsheet wants the number.
            decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
