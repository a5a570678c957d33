using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Promises;

/// <summary>
/// A debtor's promise, taken on a call, to pay one or several amounts on given dates. Unlike a plan it needs no
/// approval; like a plan it is kept or broken by the payments that arrive by each date plus grace.
/// </summary>
public sealed class PromiseToPay : IShapesAccountStatus
{
    public const int MaximumPayments = 12;

    private readonly List<PromisedPayment> _payments = [];

    private PromiseToPay()
    {
        Currency = CurrencyCode.UsDollar;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string Currency { get; private set; }

    public PromiseStatus Status { get; private set; }

    public int GraceDays { get; private set; }

    /// <summary>Payments from this day on count toward the promise.</summary>
    public DateOnly MadeOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<PromisedPayment> Payments => _payments;

    public decimal TotalAmount => _payments.Sum(p => p.Amount);

    public static PromiseToPay Record(Account account, IReadOnlyList<(DateOnly DueOn, Money Amount)> payments, int graceDays, Actor recordedBy, DateTimeOffset now)
    {
        ResolutionGuards.RequireCollectible(account);
        var today = ResolutionGuards.Today(now);
        if (payments.Count is < 1 or > MaximumPayments)
        {
            throw new DomainException("INVALID_PROMISE", $"A promise has between 1 and {MaximumPayments} payments.");
        }

        if (graceDays is < 0 or > 15)
        {
            throw new DomainException("INVALID_GRACE_DAYS", "Grace is between 0 and 15 days.");
        }

        var lines = new List<ScheduledPayment>(payments.Count);
        foreach (var (dueOn, amount) in payments.OrderBy(p => p.DueOn))
        {
            if (dueOn < today)
            {
                throw new DomainException("INVALID_DATE", "A promised payment cannot be due in the past.");
            }

            if (lines.Count > 0 && lines[^1].DueOn == dueOn)
            {
                throw new DomainException("INVALID_PROMISE", "Two promised payments fall on the same day; combine them into one.");
            }

            lines.Add(new ScheduledPayment(dueOn, ResolutionGuards.RequireCents(amount, account.Currency, "A promised payment")));
        }

        var total = lines.Sum(l => l.Amount);
        if (total > account.Balance.Amount)
        {
            throw new DomainException("OVERPAYMENT", $"The promised {total:0.00} is more than the balance of {account.Balance.Amount:0.00}.");
        }

        var promise = new PromiseToPay
        {
            Id = Ids.New(now),
            AccountId = account.Id,
            Currency = account.Currency,
            Status = PromiseStatus.Pending,
            GraceDays = graceDays,
            MadeOn = today,
            RecordedBy = recordedBy.UserName,
            RecordedAt = now,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            promise._payments.Add(PromisedPayment.Create(promise.Id, i + 1, lines[i], now));
        }

        return promise;
    }

    /// <summary>Marks the promised payments kept or broken; returns true when the promise has just broken.</summary>
    public bool Evaluate(IReadOnlyList<ReceivedPayment> payments, DateOnly today, DateTimeOffset now)
    {
        if (Status != PromiseStatus.Pending)
        {
            return false;
        }

        // A database returns the payments in no particular order; money is applied in due order.
        _payments.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var counted = payments.Where(p => p.EffectiveOn >= MadeOn).ToList();
        var verdicts = ScheduleEvaluator.Evaluate(_payments.Select(p => p.Scheduled).ToList(), counted, GraceDays, today);
        for (var i = 0; i < _payments.Count; i++)
        {
            _payments[i].Apply(verdicts[i], now);
        }

        if (verdicts.Any(v => v.Status == ScheduledPaymentStatus.Broken))
        {
            Status = PromiseStatus.Broken;
            ClosedAt = now;
            return true;
        }

        if (verdicts.All(v => v.Status == ScheduledPaymentStatus.Kept))
        {
            Status = PromiseStatus.Kept;
            ClosedAt = now;
        }

        return false;
    }

    /// <summary>A payment the promise counted did not clear: a kept promise is pending again. Returns true when it reopened.</summary>
    public bool ReopenAfterReversal()
    {
        if (Status != PromiseStatus.Kept)
        {
            return false;
        }

        Status = PromiseStatus.Pending;
        ClosedAt = null;
        return true;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status != PromiseStatus.Pending)
        {
            throw new DomainException("PROMISE_NOT_PENDING", $"The promise is already {Status}.");
        }

        CancelReason = Text.Required(reason, "Reason for cancelling", 500);
        Status = PromiseStatus.Cancelled;
        ClosedAt = now;
    }
}
