namespace DebtHub.Infrastructure.Reports;

/// <summary>A ratio with its parts, so a reader can check it; Rate is null when the denominator is zero.</summary>
public sealed record Ratio(decimal Numerator, decimal Denominator, string Definition)
{
    public decimal? Rate => Denominator == 0m ? null : decimal.Round(Numerator / Denominator, 4);
}

/// <summary>Open accounts by days past their delinquency date, on a day.</summary>
public sealed record AgingBucket(string Bucket, int Accounts, decimal Balance);

/// <summary>Accounts placed in one calendar month (UTC): what was placed and what has been collected on them since.</summary>
public sealed record CohortLiquidation(string Cohort, int Accounts, decimal Placed, decimal Collected, Ratio Liquidation);

/// <summary>Right-party contacts against the three denominators PRODUCT.md asks for.</summary>
public sealed record RightPartyContact(int DialAttempts, int LiveConnects, int AccountsWorked, int RightPartyContacts, Ratio PerDialAttempt, Ratio PerLiveConnect, Ratio PerAccountWorked);

/// <summary>Promises due in the period whose outcome is known, kept against broken, by count and by dollars.</summary>
public sealed record PromiseKept(Ratio ByCount, Ratio ByAmount);

/// <summary>Dollars collected on a collector's accounts per hour of activity derived from their contact attempts.</summary>
public sealed record CollectorDollars(Guid CollectorId, string UserName, decimal Collected, decimal Hours, decimal? DollarsPerHour);

/// <summary>How many accounts one compliance rule blocks from a hand-dialed call right now.</summary>
public sealed record RuleBlocks(string RuleId, string Citation, int Accounts);

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
    Ratio AbandonRate,
    IReadOnlyList<RuleBlocks> ComplianceBlocks,
    int ComplianceBlocksEvaluated,
    Ratio DisputeRate);
