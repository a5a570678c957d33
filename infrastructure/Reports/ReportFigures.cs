namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// A ratio with its parts, so a reader can check it; Rate is null when the denominator is zero. Money parts are in cents
/// already (<see cref="ReportRounding.Cents"/>), so the rate is the one a reader computes from what is shown.
/// </summary>
public sealed record Ratio(decimal Numerator, decimal Denominator, string Definition)
{
    public decimal? Rate => Denominator == 0m ? null : ReportRounding.Rate(Numerator / Denominator);
}

/// <summary>Open accounts by days past their delinquency date, on a day.</summary>
public sealed record AgingBucket(string Bucket, int Accounts, decimal Balance);

/// <summary>
/// Accounts placed in one calendar month (UTC): what was placed, what has been collected on them through the period's
/// end, and the stair-step: what was collected by fixed ages since each account's placement.
/// </summary>
public sealed record CohortLiquidation(string Cohort, int Accounts, decimal Placed, decimal Collected, Ratio Liquidation, IReadOnlyList<LiquidationAtAge> ByAge);

/// <summary>
/// Net $ collected on a cohort's accounts by the day each turned <see cref="Days"/> days old (placement day + Days,
/// inclusive) ÷ $ placed. Null until every account of the cohort has reached that age by the period's end.
/// </summary>
public sealed record LiquidationAtAge(int Days, Ratio? Liquidation);

/// <summary>Right-party contacts against the three denominators PRODUCT.md asks for.</summary>
public sealed record RightPartyContact(int DialAttempts, int LiveConnects, int AccountsWorked, int RightPartyContacts, Ratio PerDialAttempt, Ratio PerLiveConnect, Ratio PerAccountWorked);

/// <summary>Promises due in the period whose outcome is known, kept against broken, by count and by dollars.</summary>
public sealed record PromiseKept(Ratio ByCount, Ratio ByAmount);

/// <summary>
/// Dollars collected on a collector's accounts per logged-in hour (available, on call or in wrap-up, from their presence
/// periods in the period). Hours are shown to two decimals; the rate is computed from the exact time.
/// </summary>
public sealed record CollectorDollars(Guid CollectorId, string UserName, decimal Collected, decimal Hours, decimal? DollarsPerHour);

/// <summary>One campaign's abandon rate over 30 days (the TCPA measure); CampaignId is null for dialer calls outside campaigns.</summary>
public sealed record CampaignAbandonRate(Guid? CampaignId, string? Name, Ratio AbandonRate, bool OverCap);

/// <summary>Abandon rates per campaign over the 30 UTC days ending with the period's last day, and all calls together.</summary>
public sealed record AbandonRates(DateOnly From, DateOnly To, decimal Cap, IReadOnlyList<CampaignAbandonRate> Campaigns, Ratio Total)
{
    /// <summary>Whether all calls together exceed the cap, judged on the exact rate (not the rounded one shown).</summary>
    public bool TotalOverCap => Total.Denominator > 0m && Total.Numerator / Total.Denominator > Cap;
}

/// <summary>
/// One rule's refusals in the period: permits asked for and refused naming it (a permit refused by two rules counts under
/// each), and the distinct accounts they concerned. FailClosed marks the refusal given because the ledger was unavailable.
/// </summary>
public sealed record RuleBlocks(string RuleId, string Citation, int Refusals, int Accounts, bool FailClosed);

/// <summary>The compliance blocks of a period, from the record of refused permits.</summary>
public sealed record ComplianceBlocks(int Refusals, int FailClosedRefusals, IReadOnlyList<RuleBlocks> ByRule);

/// <summary>Every figure for one period, [From, To] in UTC days.</summary>
public sealed record CollectionReport(
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    IReadOnlyList<AgingBucket> Aging,
    IReadOnlyList<CohortLiquidation> Liquidation,
    Ratio RecoveryRate,
    RightPartyContact RightPartyContact,
    Ratio PromiseRate,
    PromiseKept PromiseKept,
    IReadOnlyList<CollectorDollars> DollarsPerCollectorHour,
    Ratio DialerPenetration,
    AbandonRates Abandon,
    ComplianceBlocks ComplianceBlocks,
    Ratio DisputeRate);
