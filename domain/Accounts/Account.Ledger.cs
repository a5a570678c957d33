using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

public sealed partial class Account
{
    /// <summary>Posts a payment split over the buckets in <paramref name="order"/>; paying the balance to zero settles the account as paid.</summary>
    public LedgerTransaction PostPayment(
        Money amount, DateOnly effectiveOn, string? idempotencyKey, IReadOnlyList<BalanceBucket> order, string postedBy, DateTimeOffset now)
    {
        RequireCurrency(amount);
        if (Status == AccountStatus.Closed)
        {
            throw new DomainException("ACCOUNT_CLOSED", "Payments cannot be posted to a closed account.");
        }

        if (effectiveOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new DomainException("INVALID_DATE", "A payment cannot take effect in the future.");
        }

        var key = Text.Optional(idempotencyKey, "Idempotency key", 200);
        var split = Buckets.ApplyPayment(Balances, amount.Amount, PaymentApplicationOrder.Validate(order));
        var payment = Post(TransactionKind.Payment, split, effectiveOn, now, key, postedBy: postedBy);
        LastPaymentDate = LastPaymentDate is { } last && last > effectiveOn ? last : effectiveOn;
        if (Balances.Total == 0m)
        {
            Status = AccountStatus.PaidInFull;
        }

        return payment;
    }

    /// <summary>
    /// Undoes a payment that did not clear: the exact negation of its split. A paid-in-full or settled account reopens.
    /// The database refuses a second reversal of the same payment (unique index), so a race cannot reverse twice.
    /// </summary>
    public LedgerTransaction ReversePayment(LedgerTransaction payment, bool alreadyReversed, string reason, string postedBy, DateTimeOffset now)
    {
        RequirePaymentOfThisAccount(payment);
        if (alreadyReversed)
        {
            throw new DomainException("ALREADY_REVERSED", "This payment was already reversed.");
        }

        var reversal = Post(TransactionKind.Reversal, -payment.Deltas, DateOnly.FromDateTime(now.UtcDateTime), now,
            relatedTransactionId: payment.Id, reason: Text.Required(reason, "Reason", 500), postedBy: postedBy);
        if (Status is AccountStatus.PaidInFull or AccountStatus.Settled)
        {
            Status = AccountStatus.Active;
        }

        return reversal;
    }

    /// <summary>
    /// Gives money back out of a payment (an overpayment, a goodwill refund): the balance rises by the refund, principal
    /// first. An idempotency key makes a retried refund post once (the ledger's keys are unique).
    /// </summary>
    public LedgerTransaction RefundPayment(
        LedgerTransaction payment, Money amount, decimal alreadyRefunded, string reason, string postedBy, DateTimeOffset now, string? idempotencyKey = null)
    {
        RequirePaymentOfThisAccount(payment);
        RequireCurrency(amount);
        var paid = -payment.Amount;
        if (amount.Amount <= 0m || amount.Amount > paid - alreadyRefunded)
        {
            throw new DomainException("INVALID_AMOUNT", $"A refund must be more than zero and at most the {paid - alreadyRefunded:0.00} still refundable on this payment.");
        }

        // Undo the payment's split in reverse order of application: principal was paid last, so it is refunded first.
        var left = amount.Amount;
        var deltas = Buckets.None;
        foreach (var bucket in new[] { BalanceBucket.Principal, BalanceBucket.Interest, BalanceBucket.Fees })
        {
            var take = Math.Min(left, -payment.Deltas[bucket]);
            deltas = deltas.With(bucket, take);
            left -= take;
        }

        var refund = Post(TransactionKind.Refund, deltas, DateOnly.FromDateTime(now.UtcDateTime), now,
            idempotencyKey: Text.Optional(idempotencyKey, "Idempotency key", 200), relatedTransactionId: payment.Id, reason: Text.Required(reason, "Reason", 500), postedBy: postedBy);
        if (Status == AccountStatus.PaidInFull && Balances.Total > 0m)
        {
            Status = AccountStatus.Active;
        }

        return refund;
    }

    /// <summary>A supervisor's correction of one or more buckets, with a reason. A bucket may not go below zero.</summary>
    public LedgerTransaction Adjust(Buckets deltas, string reason, string postedBy, DateTimeOffset now)
    {
        if (deltas == Buckets.None)
        {
            throw new DomainException("INVALID_AMOUNT", "An adjustment must change at least one bucket.");
        }

        var after = Balances + deltas;
        if (after.Principal < 0m || after.Interest < 0m || after.Fees < 0m)
        {
            throw new DomainException("NEGATIVE_BALANCE", "An adjustment cannot take a balance bucket below zero.");
        }

        RequireOpen();
        var adjustment = Post(TransactionKind.Adjustment, deltas, DateOnly.FromDateTime(now.UtcDateTime), now,
            reason: Text.Required(reason, "Reason", 500), postedBy: postedBy);
        if (after.Total == 0m && Status is not AccountStatus.Settled)
        {
            Status = AccountStatus.PaidInFull;
        }

        return adjustment;
    }

    public LedgerTransaction AccrueInterest(decimal amount, DateOnly effectiveOn, DateTimeOffset now) =>
        PostCharge(TransactionKind.Interest, new Buckets(0m, amount, 0m), effectiveOn, now);

    public LedgerTransaction AddFee(decimal amount, string reason, DateOnly effectiveOn, DateTimeOffset now) =>
        PostCharge(TransactionKind.Fee, new Buckets(0m, 0m, amount), effectiveOn, now, reason);

    private LedgerTransaction PostCharge(TransactionKind kind, Buckets deltas, DateOnly effectiveOn, DateTimeOffset now, string? reason = null)
    {
        if (deltas.Total <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "Interest and fees must be greater than zero.");
        }

        RequireOpen();
        return Post(kind, deltas, effectiveOn, now, reason: reason);
    }

    private LedgerTransaction Post(
        TransactionKind kind, Buckets deltas, DateOnly effectiveOn, DateTimeOffset now,
        string? idempotencyKey = null, Guid? relatedTransactionId = null, string? reason = null, string? postedBy = null)
    {
        var transaction = LedgerTransaction.Create(Id, kind, deltas, Currency, effectiveOn, now, idempotencyKey, relatedTransactionId, reason, postedBy);
        _transactions.Add(transaction);
        PrincipalBalance += deltas.Principal;
        InterestBalance += deltas.Interest;
        FeeBalance += deltas.Fees;
        return transaction;
    }

    private void RequireOpen()
    {
        if (IsFinished)
        {
            throw new DomainException("ACCOUNT_FINISHED", $"The account is {Status}; its balance cannot change this way.");
        }
    }

    private void RequireCurrency(Money amount)
    {
        if (amount.Currency != Currency)
        {
            throw new DomainException("CURRENCY_MISMATCH", $"The account is in {Currency}, not {amount.Currency}.");
        }
    }

    private void RequirePaymentOfThisAccount(LedgerTransaction payment)
    {
        if (payment.AccountId != Id || payment.Kind != TransactionKind.Payment)
        {
            throw new DomainException("NOT_A_PAYMENT", "Only a payment posted to this account can be reversed or refunded.");
        }
    }
}
