using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Domain.Resolutions.WorkItems;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class WorkItemTests
{
    [Fact]
    public void A_broken_plan_becomes_a_work_item_for_the_collector_naming_the_missed_installment()
    {
        var plan = PaymentPlan.Propose(Place(100m), CreditorRules.Default,
            new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, new DateOnly(2026, 12, 1), InstallmentCount: 2), Ana, Now);
        plan.Evaluate([], new DateOnly(2026, 12, 10), Now.AddDays(17));
        var collectorId = Guid.NewGuid();

        var item = WorkItem.ForBrokenPlan(plan, collectorId, Now.AddDays(17));

        Assert.Equal(WorkItemKind.BrokenPlan, item.Kind);
        Assert.Equal(collectorId, item.CollectorId);
        Assert.Equal(plan.Id, item.SubjectId);
        Assert.Equal("Installment 1 of 50.00 due 2026-12-01 was not paid within 3 grace days.", item.Reason);
    }

    [Fact]
    public void A_plan_that_is_not_broken_is_not_queued()
    {
        var plan = PaymentPlan.Propose(Place(100m), CreditorRules.Default,
            new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, new DateOnly(2026, 12, 1), InstallmentCount: 2), Ana, Now);

        Assert.Equal("PLAN_NOT_BROKEN", Assert.Throws<DomainException>(() => WorkItem.ForBrokenPlan(plan, null, Now)).Code);
    }
}
