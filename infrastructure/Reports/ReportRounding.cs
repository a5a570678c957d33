namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// How a report shows its numbers. Sums are taken exactly and rounded once, where they are shown: money to cents and
/// rates to four decimals, both half away from zero (2.345 → 2.35, the commercial rule, not banker's rounding). Money
/// always carries two decimals (100 → 100.00), so GraphQL and CSV print cents the same way.
/// </summary>
internal static class ReportRounding
{
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static decimal Rate(decimal rate) => decimal.Round(rate, 4, MidpointRounding.AwayFromZero);
}
