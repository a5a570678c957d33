namespace DebtHub.Infrastructure.Ledger;

/// <summary>The ledger's answer to a reservation.</summary>
public sealed record ReservationOutcome
{
    private ReservationOutcome(ReservationStatus status, IReadOnlyList<LimitReached> limits, DateTimeOffset? earliestRetry, string? reason)
    {
        Status = status;
        LimitsReached = limits;
        EarliestRetry = earliestRetry;
        Reason = reason;
    }

    public ReservationStatus Status { get; }

    public bool Granted => Status == ReservationStatus.Granted;

    /// <summary>When refused: every limit that is full, with the instant each frees up.</summary>
    public IReadOnlyList<LimitReached> LimitsReached { get; }

    /// <summary>When refused: the instant every limit named here frees up (the latest of them).</summary>
    public DateTimeOffset? EarliestRetry { get; }

    /// <summary>When unavailable or already used: why, in words for a supervisor (no personal data).</summary>
    public string? Reason { get; }

    internal static ReservationOutcome Grant() => new(ReservationStatus.Granted, [], null, null);

    internal static ReservationOutcome Refuse(IReadOnlyList<LimitReached> limits) =>
        new(ReservationStatus.Refused, limits, limits.Count == 0 ? null : limits.Max(l => l.AllowedFrom), null);

    internal static ReservationOutcome AlreadyUsed() =>
        new(ReservationStatus.AlreadyUsed, [], null, "This permit was already used for a contact; a permit allows one contact.");

    internal static ReservationOutcome Unavailable(string reason) => new(ReservationStatus.Unavailable, [], null, reason);
}

public enum ReservationStatus
{
    Granted,

    /// <summary>A frequency limit is full; see <see cref="ReservationOutcome.LimitsReached"/>.</summary>
    Refused,

    /// <summary>The permit was confirmed already: it cannot be used again.</summary>
    AlreadyUsed,

    /// <summary>Redis is unreachable or not rebuilt yet: nothing is granted (fail closed).</summary>
    Unavailable,
}

/// <summary>One full limit: which rule, how many contacts it counted against its maximum, and when it frees up.</summary>
public sealed record LimitReached(string RuleId, int Counted, int Max, TimeSpan Window, DateTimeOffset AllowedFrom);
