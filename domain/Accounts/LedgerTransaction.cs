using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>
/// One line of an account's append-only ledger. Balances are the sum of these; nothing here is ever updated or deleted:
/// a mistake is corrected by a reversal, refund or adjustment that points at it.
/// </summary>
public sealed class LedgerTransaction
{
    private LedgerTransaction() => Currency = CurrencyCode.UsDollar;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public TransactionKind Kind { get; private set; }

    /// <summary>Signed change to each bucket: positive raises the balance, negative lowers it.</summary>
    public decimal PrincipalDelta { get; private set; }

    public decimal InterestDelta { get; private set; }

    public decimal FeeDelta { get; private set; }

    public string Currency { get; private set; }

    /// <summary>When the money moved (a payment's effective date may precede its posting).</summary>
    public DateOnly EffectiveOn { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The client's key for a payment; a key already seen is never posted twice (unique index).</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>For reversals and refunds: the payment they undo.</summary>
    public Guid? RelatedTransactionId { get; private set; }

    public string? Reason { get; private set; }

    public string? PostedBy { get; private set; }

    public Buckets Deltas => new(PrincipalDelta, InterestDelta, FeeDelta);

    public decimal Amount => PrincipalDelta + InterestDelta + FeeDelta;

    internal static LedgerTransaction Create(
        Guid accountId, TransactionKind kind, Buckets deltas, string currency, DateOnly effectiveOn, DateTimeOffset now,
        string? idempotencyKey = null, Guid? relatedTransactionId = null, string? reason = null, string? postedBy = null) => new()
    {
        Id = Ids.New(now),
        AccountId = accountId,
        Kind = kind,
        PrincipalDelta = deltas.Principal,
        InterestDelta = deltas.Interest,
        FeeDelta = deltas.Fees,
        Currency = currency,
        EffectiveOn = effectiveOn,
        PostedAt = now,
        IdempotencyKey = idempotencyKey,
        RelatedTransactionId = relatedTransactionId,
        Reason = reason,
        PostedBy = postedBy,
    };
}
