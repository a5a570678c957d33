namespace DebtHub.Domain.SkipTracing;

/// <summary>What a provider found: a way to reach the debtor, or where they work.</summary>
public enum CandidateKind
{
    Phone,
    Address,
    Email,
    Employer,
}

/// <summary>Where a candidate stands in review. Candidates never change data on file until applied.</summary>
public enum CandidateStatus
{
    /// <summary>Waiting for a collector (or the configured rule).</summary>
    Pending,

    /// <summary>The same phone, address or email is on file already; nothing to apply.</summary>
    AlreadyOnFile,
    Applied,
    Rejected,
}

/// <summary>Facts a provider reports that change how (or whether) the debt may be collected.</summary>
public enum IndicatorKind
{
    Deceased,
    Bankruptcy,
    Litigious,
}

/// <summary>How one provider's answer to one lookup ended.</summary>
public enum LookupOutcome
{
    Hit,
    NoHit,

    /// <summary>The provider's monthly budget is spent; it was not asked (and not charged).</summary>
    BudgetExhausted,

    /// <summary>The provider's request rate is at its limit; it was not asked.</summary>
    RateLimited,

    /// <summary>The provider failed or answered something we could not read; not charged.</summary>
    Failed,

    /// <summary>Sent in a batch file; the answer comes with the vendor's result file.</summary>
    Sent,
}

public enum SkipTraceStatus
{
    /// <summary>In a batch file sent to a vendor, waiting for the result file.</summary>
    AwaitingBatch,
    Completed,
}

public enum SkipTraceMode
{
    Single,
    Batch,
}
