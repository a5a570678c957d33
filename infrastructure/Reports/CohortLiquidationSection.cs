using System.Globalization;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Liquidation by placement cohort (PRODUCT.md: $ collected ÷ $ placed, by cohort and by month since placement): per
/// calendar month of placement (UTC), cumulative through the period's end, and the stair-step at fixed ages.
/// </summary>
internal static class CohortLiquidationSection
{
    /// <summary>The ages, in days since placement, at which each cohort's liquidation is shown.</summary>
    public static readonly int[] Ages = [30, 60, 90, 180];

    public static IReadOnlyList<CohortLiquidation> Compute(IReadOnlyList<PlacedAccount> accounts, IReadOnlyList<NetMoney> money, DateOnly to)
    {
        var byAccount = money.ToLookup(m => m.AccountId);
        return accounts.Where(a => a.PlacedOn <= to)
            .GroupBy(a => a.PlacedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(cohort =>
            {
                var placed = ReportRounding.Cents(cohort.Sum(a => a.Placed));
                var collected = ReportRounding.Cents(cohort.Sum(a => byAccount[a.Id].Sum(m => m.Collected)));
                var ages = Ages.Select(days => new LiquidationAtAge(days, cohort.All(a => a.PlacedOn.AddDays(days) <= to)
                    ? new Ratio(
                        ReportRounding.Cents(cohort.Sum(a => byAccount[a.Id].Where(m => m.EffectiveOn <= a.PlacedOn.AddDays(days)).Sum(m => m.Collected))),
                        placed,
                        $"Net $ collected on the cohort's accounts by {days} days after each one's placement (placement day + {days}, inclusive) ÷ $ placed.")
                    : null)).ToList();
                return new CohortLiquidation(cohort.Key, cohort.Count(), placed, collected,
                    new Ratio(collected, placed, "Net $ collected through the period's end on accounts placed that month ÷ $ placed (itemization amounts)."),
                    ages);
            }).ToList();
    }
}

/// <summary>An account as liquidation sees it: its placement day (UTC) and the amount placed (itemization amount).</summary>
internal sealed record PlacedAccount(Guid Id, DateOnly PlacedOn, decimal Placed);

/// <summary>Money collected on an account on a day, net: a payment is positive, a reversal or refund negative.</summary>
internal sealed record NetMoney(Guid AccountId, DateOnly EffectiveOn, decimal Collected);
