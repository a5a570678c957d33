using DebtHub.Domain.Common;

namespace DebtHub.Domain.SkipTracing;

/// <summary>A collector's request to skip-trace an account (the debtor moved, the number reaches someone else...).</summary>
public sealed class SkipFlag
{
    private SkipFlag() => Reason = FlaggedBy = string.Empty;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string Reason { get; private set; }

    public string FlaggedBy { get; private set; }

    public DateTimeOffset FlaggedAt { get; private set; }

    /// <summary>Set when a skip trace about the account completed (or a person cleared the flag).</summary>
    public DateTimeOffset? ClearedAt { get; private set; }

    public bool IsActive => ClearedAt is null;

    public static SkipFlag Raise(Guid accountId, string reason, string flaggedBy, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        AccountId = accountId,
        Reason = Text.Required(reason, "Reason", 500),
        FlaggedBy = Text.Required(flaggedBy, "Flagged by", 100),
        FlaggedAt = now,
    };

    public void Clear(DateTimeOffset now) => ClearedAt ??= now;
}
