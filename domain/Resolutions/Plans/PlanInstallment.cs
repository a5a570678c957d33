using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Plans;

/// <summary>One installment of a plan: what is due when, how much of it has been paid, and whether it was kept.</summary>
public sealed class PlanInstallment
{
    private PlanInstallment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>1-based position in the schedule.</summary>
    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public decimal Amount { get; private set; }

    public decimal PaidAmount { get; private set; }

    public ScheduledPaymentStatus Status { get; private set; }

    /// <summary>When the status last changed (kept or broken), by the evaluation that changed it.</summary>
    public DateTimeOffset? StatusChangedAt { get; private set; }

    internal ScheduledPayment Scheduled => new(DueOn, Amount);

    internal static PlanInstallment Create(Guid planId, int sequence, ScheduledPayment payment, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        PlanId = planId,
        Sequence = sequence,
        DueOn = payment.DueOn,
        Amount = payment.Amount,
        Status = ScheduledPaymentStatus.Scheduled,
    };

    /// <summary>Applies an evaluation; returns true when the status changed.</summary>
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
