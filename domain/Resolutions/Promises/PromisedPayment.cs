using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Promises;

/// <summary>One payment the debtor promised: an amount on a date, and what became of it.</summary>
public sealed class PromisedPayment
{
    private PromisedPayment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PromiseId { get; private set; }

    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public decimal Amount { get; private set; }

    public decimal PaidAmount { get; private set; }

    public ScheduledPaymentStatus Status { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    internal ScheduledPayment Scheduled => new(DueOn, Amount);

    internal static PromisedPayment Create(Guid promiseId, int sequence, ScheduledPayment payment, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        PromiseId = promiseId,
        Sequence = sequence,
        DueOn = payment.DueOn,
        Amount = payment.Amount,
        Status = ScheduledPaymentStatus.Scheduled,
    };

    internal bool Apply(ScheduledPaymentVerdict verdict, DateTimeOffset now)
    {
        PaidAmount = verdict.Paid;
        if (verdict.Status == Status)
        {
            return false;
        }

        Status = verdict.Status;
        StatusChangedAt = now;
        return true;
    }
}
