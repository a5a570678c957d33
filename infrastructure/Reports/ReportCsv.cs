using System.Globalization;
using System.Text;

namespace DebtHub.Infrastructure.Reports;

public enum ReportSection
{
    Aging,
    Liquidation,
    Rates,
    DollarsPerCollectorHour,
    AbandonRate,
    ComplianceBlocks,
}

/// <summary>
/// CSV exports of a report (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), numbers
/// in invariant culture so spreadsheets in any locale read the same values: money with two decimals (cents, rounded half
/// away from zero), rates with up to four, counts as integers, an empty field where a figure does not exist yet.
/// </summary>
public static class ReportCsv
{
    public static string Write(CollectionReport report, ReportSection section) => section switch
    {
        ReportSection.Aging => Table(["bucket", "accounts", "balance"], report.Aging.Select(b => Row(b.Bucket, b.Accounts, b.Balance))),
        ReportSection.Liquidation => Table(
            ["cohort", "accounts", "placed", "collected", "liquidation_rate", .. CohortLiquidationSection.Ages.SelectMany(d => new[] { $"collected_{d}d", $"liquidation_rate_{d}d" })],
            report.Liquidation.Select(c => Row([c.Cohort, c.Accounts, c.Placed, c.Collected, c.Liquidation.Rate,
                .. c.ByAge.SelectMany(a => new object?[] { a.Liquidation?.Numerator, a.Liquidation?.Rate })]))),
        ReportSection.Rates => Table(["figure", "numerator", "denominator", "rate", "definition"], Rates(report)),
        ReportSection.DollarsPerCollectorHour => Table(["collector", "collected", "hours", "dollars_per_hour"],
            report.DollarsPerCollectorHour.Select(c => Row(c.UserName, c.Collected, c.Hours, c.DollarsPerHour))),
        ReportSection.AbandonRate => Table(["campaign", "from", "to", "abandoned", "live_answered", "rate", "over_cap"],
            report.Abandon.Campaigns.Select(c => Row(c.Name ?? (c.CampaignId is null ? "(outside campaigns)" : c.CampaignId.ToString()), report.Abandon.From,
                    report.Abandon.To, c.AbandonRate.Numerator, c.AbandonRate.Denominator, c.AbandonRate.Rate, c.OverCap))
                .Append(Row("(total)", report.Abandon.From, report.Abandon.To, report.Abandon.Total.Numerator, report.Abandon.Total.Denominator,
                    report.Abandon.Total.Rate, report.Abandon.TotalOverCap))),
        ReportSection.ComplianceBlocks => Table(["rule", "citation", "refusals", "accounts", "fail_closed"],
            report.ComplianceBlocks.ByRule.Select(b => Row(b.RuleId, b.Citation, b.Refusals, b.Accounts, b.FailClosed))),
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
            ("abandon_rate_30_days", r.Abandon.Total),
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
            // A report's decimals carry the scale they are shown with: money two places, rates up to four, counts none.
            IFormattable f => f.ToString(value is DateOnly ? "yyyy-MM-dd" : null, CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
