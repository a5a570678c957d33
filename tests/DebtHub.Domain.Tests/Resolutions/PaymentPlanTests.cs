using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Scheduling;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class PaymentPlanTests
{
    /// <summary>Floor 60%, minimum installment 25.00, at most 12 months.</summary>
    private static readonly CreditorRules Rules = new(60m, 25m, 12);

    private static readonly DateOnly FirstDue = new(2026, 12, 1);

    private static PlanRequest Monthly(int count) => new(PlanKind.Installments, PaymentFrequency.Monthly, FirstDue, InstallmentCount: count);

    [Fact]
    public void A_plan_inside_the_guardrails_is_active_at_once_and_covers_the_balance_to_the_cent()
    {
        var account = Place(1000m);

        var plan = PaymentPlan.Propose(account, Rules, Monthly(3), Ana, Now);

        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Equal([333.34m, 333.33m, 333.33m], plan.Installments.Select(i => i.Amount));
        Assert.Equal(1000m, plan.TotalAmount);
        Assert.Empty(plan.ApprovalReasons);
    }

    [Fact]
    public void A_plan_beyond_the_guardrails_is_refused_unless_approval_is_requested()
    {
        var account = Place(1000m);

        var error = Assert.Throws<DomainException>(() => PaymentPlan.Propose(account, Rules, Monthly(50), Ana, Now));

        Assert.Equal("OUTSIDE_GUARDRAILS", error.Code);
        Assert.Contains("minimum of 25.00", error.Message);
        Assert.Contains("maximum term of 12 months", error.Message);
    }

    [Fact]
    public void A_plan_beyond_the_guardrails_with_approval_requested_waits_for_a_supervisor_with_the_reasons()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(50) with { RequestApproval = true }, Ana, Now);

        Assert.Equal(PlanStatus.PendingApproval, plan.Status);
        Assert.Equal(2, plan.ApprovalReasons.Count);
    }

    [Fact]
    public void A_supervisor_approves_a_pending_plan_and_it_becomes_active()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(20) with { RequestApproval = true }, Ana, Now);

        plan.Approve(Sam, "Hardship documented", Now.AddHours(1));

        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Equal("sam", plan.DecidedBy);
    }

    [Fact]
    public void A_collector_cannot_approve_a_plan()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(20) with { RequestApproval = true }, Ana, Now);

        var error = Assert.Throws<DomainException>(() => plan.Approve(new Actor("bob", CollectorRole.Collector), null, Now));

        Assert.Equal("NOT_A_SUPERVISOR", error.Code);
        Assert.Equal(PlanStatus.PendingApproval, plan.Status);
    }

    [Fact]
    public void A_supervisor_cannot_approve_their_own_proposal()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(20) with { RequestApproval = true }, Sam, Now);

        Assert.Equal("OWN_PROPOSAL", Assert.Throws<DomainException>(() => plan.Approve(Sam, null, Now)).Code);
    }

    [Fact]
    public void A_rejected_plan_keeps_the_reason_and_can_no_longer_be_approved()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(20) with { RequestApproval = true }, Ana, Now);

        plan.Reject(Sam, "Debtor can pay more", Now);

        Assert.Equal(PlanStatus.Rejected, plan.Status);
        Assert.Equal("Debtor can pay more", plan.DecisionNote);
        Assert.Equal("PLAN_NOT_PENDING", Assert.Throws<DomainException>(() => plan.Approve(new Actor("kim", CollectorRole.Supervisor), null, Now)).Code);
    }

    [Fact]
    public void A_plan_inside_the_guardrails_has_nothing_to_approve()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules, Monthly(3), Ana, Now);

        Assert.Equal("PLAN_NOT_PENDING", Assert.Throws<DomainException>(() => plan.Approve(Sam, null, Now)).Code);
    }

    [Fact]
    public void A_first_installment_in_the_past_is_refused()
    {
        var request = Monthly(3) with { FirstDueOn = Today.AddDays(-1) };

        Assert.Equal("INVALID_DATE", Assert.Throws<DomainException>(() => PaymentPlan.Propose(Place(), Rules, request, Ana, Now)).Code);
    }

    [Fact]
    public void A_plan_longer_than_ten_years_is_refused_even_with_approval()
    {
        var request = Monthly(122) with { RequestApproval = true };

        Assert.Equal("TERM_TOO_LONG", Assert.Throws<DomainException>(() => PaymentPlan.Propose(Place(100_000m), Rules, request, Ana, Now)).Code);
    }

    [Fact]
    public void A_plan_on_a_paid_account_is_refused()
    {
        var account = Place(100m);
        account.PostPayment(Usd(100m), Today, null, PaymentApplicationOrder.Default, "ana", Now);

        Assert.Equal("ACCOUNT_FINISHED", Assert.Throws<DomainException>(() => PaymentPlan.Propose(account, Rules, Monthly(2), Ana, Now)).Code);
    }

    [Fact]
    public void A_plan_while_a_written_dispute_awaits_verification_is_refused()
    {
        var account = Place();
        account.PlaceHold(HoldKind.Dispute, "Timely written dispute", null, "ana", Now);

        Assert.Equal("DISPUTE_PENDING", Assert.Throws<DomainException>(() => PaymentPlan.Propose(account, Rules, Monthly(2), Ana, Now)).Code);
    }

    [Fact]
    public void A_settlement_at_the_floor_is_active_and_one_below_it_needs_approval()
    {
        var atFloor = PaymentPlan.Propose(Place(1000m), Rules,
            new PlanRequest(PlanKind.Settlement, PaymentFrequency.Monthly, FirstDue, InstallmentCount: 1, SettlementAmount: Usd(600m)), Ana, Now);
        var belowFloor = new PlanRequest(PlanKind.Settlement, PaymentFrequency.Monthly, FirstDue, InstallmentCount: 1, SettlementAmount: Usd(599.99m));

        Assert.Equal(PlanStatus.Active, atFloor.Status);
        Assert.Equal(600m, Assert.Single(atFloor.Installments).Amount);
        var error = Assert.Throws<DomainException>(() => PaymentPlan.Propose(Place(1000m), Rules, belowFloor, Ana, Now));
        Assert.Contains("floor of 60% of 1000.00 (600.00)", error.Message);
    }

    [Fact]
    public void A_short_settlement_plan_splits_the_settlement_amount()
    {
        var plan = PaymentPlan.Propose(Place(1000m), Rules,
            new PlanRequest(PlanKind.Settlement, PaymentFrequency.Biweekly, FirstDue, InstallmentCount: 3, SettlementAmount: Usd(700m)), Ana, Now);

        Assert.Equal(PlanKind.Settlement, plan.Kind);
        Assert.Equal([233.34m, 233.33m, 233.33m], plan.Installments.Select(i => i.Amount));
        Assert.Equal(1000m, plan.BalanceAtProposal);
    }

    [Fact]
    public void A_settlement_for_the_whole_balance_or_more_is_refused()
    {
        var request = new PlanRequest(PlanKind.Settlement, PaymentFrequency.Monthly, FirstDue, InstallmentCount: 1, SettlementAmount: Usd(1000m));

        Assert.Equal("INVALID_AMOUNT", Assert.Throws<DomainException>(() => PaymentPlan.Propose(Place(1000m), Rules, request, Ana, Now)).Code);
    }

    [Fact]
    public void Installments_paid_on_time_complete_the_plan()
    {
        var plan = PaymentPlan.Propose(Place(100m), Rules, Monthly(2), Ana, Now);
        ReceivedPayment[] payments = [new(new DateOnly(2026, 12, 1), 50m), new(new DateOnly(2027, 1, 2), 50m)];

        var result = plan.Evaluate(payments, new DateOnly(2027, 1, 10), Now.AddDays(48));

        Assert.True(result.CompletedNow);
        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.All(plan.Installments, i => Assert.Equal(ScheduledPaymentStatus.Kept, i.Status));
    }

    [Fact]
    public void A_missed_installment_breaks_the_plan_once_and_only_once()
    {
        var plan = PaymentPlan.Propose(Place(100m), Rules, Monthly(2), Ana, Now);

        var first = plan.Evaluate([], new DateOnly(2026, 12, 5), Now.AddDays(12));
        var second = plan.Evaluate([], new DateOnly(2026, 12, 6), Now.AddDays(13));

        Assert.True(first.BrokeNow);
        Assert.False(second.BrokeNow);
        Assert.Equal(PlanStatus.Broken, plan.Status);
        Assert.Equal(ScheduledPaymentStatus.Broken, plan.Installments[0].Status);
    }

    [Fact]
    public void Payments_made_before_the_plan_was_agreed_do_not_count_toward_it()
    {
        var plan = PaymentPlan.Propose(Place(100m), Rules, Monthly(2), Ana, Now);

        var result = plan.Evaluate([new(Today.AddDays(-10), 50m)], new DateOnly(2026, 12, 5), Now.AddDays(12));

        Assert.True(result.BrokeNow);
    }
}
