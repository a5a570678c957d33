using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;

namespace DebtHub.Domain.Resolutions.WorkItems;

/// <summary>
/// Something a collector should do next on an account, in their queue (or the team's unassigned queue when the account
/// has no collector). There is one item per subject, so queueing the same broken plan twice is harmless.
/// </summary>
public sealed class WorkItem
{
    private WorkItem()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public WorkItemKind Kind { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>The plan or promise the item is about.</summary>
    public Guid SubjectId { get; private set; }

    public Guid? CollectorId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public bool IsOpen => CompletedAt is null;

    public static WorkItem ForBrokenPlan(PaymentPlan plan, Guid? collectorId, DateTimeOffset now)
    {
        if (plan.Status != PlanStatus.Broken)
        {
            throw new DomainException("PLAN_NOT_BROKEN", "Only a broken plan is queued for follow-up.");
        }

        var missed = plan.Installments.First(i => i.Status == Scheduling.ScheduledPaymentStatus.Broken);
        return Create(WorkItemKind.BrokenPlan, plan.AccountId, plan.Id, collectorId, FormattableString.Invariant(
            $"Installment {missed.Sequence} of {missed.Amount:0.00} due {missed.DueOn:yyyy-MM-dd} was not paid within {plan.GraceDays} grace days."), now);
    }

    public static WorkItem ForBrokenPromise(PromiseToPay promise, Guid? collectorId, DateTimeOffset now)
    {
        if (promise.Status != PromiseStatus.Broken)
        {
            throw new DomainException("PROMISE_NOT_BROKEN", "Only a broken promise is queued for follow-up.");
        }

        var missed = promise.Payments.First(p => p.Status == Scheduling.ScheduledPaymentStatus.Broken);
        return Create(WorkItemKind.BrokenPromise, promise.AccountId, promise.Id, collectorId, FormattableString.Invariant(
            $"The promised {missed.Amount:0.00} due {missed.DueOn:yyyy-MM-dd} was not paid within {promise.GraceDays} grace days."), now);
    }

    public void Complete(Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("WORK_ITEM_DONE", "This work item is already done.");
        }

        CompletedAt = now;
        CompletedBy = by.UserName;
    }

    private static WorkItem Create(WorkItemKind kind, Guid accountId, Guid subjectId, Guid? collectorId, string reason, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        Kind = kind,
        AccountId = accountId,
        SubjectId = subjectId,
        CollectorId = collectorId,
        Reason = reason,
        CreatedAt = now,
    };
}
