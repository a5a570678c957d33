using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;

namespace DebtHub.Domain.Tests.Accounts;

/// <summary>Which status an account shows when plans, promises, disputes and referrals stand at once.</summary>
public sealed class AccountStatusPrecedenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static readonly AccountArrangements Everything = new(ActivePlan: true, PendingPromise: true, OpenLegalReferral: true, SettlementCompleted: false);

    private static Account Place() =>
        Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A-1", "Bank", "Bank", AccountType.Medical,
            new Money(300m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), null, null, null, null, "WA"), Now);

    [Fact]
    public void A_dispute_hold_outranks_a_referral_a_plan_and_a_promise()
    {
        var account = Place();
        account.PlaceHold(HoldKind.Dispute, "Timely written dispute", null, "ana", Now);

        Assert.True(account.ReconcileStatus(Everything));

        Assert.Equal(AccountStatus.Disputed, account.Status);
    }

    [Fact]
    public void Each_arrangement_gives_way_to_the_one_above_it_and_nothing_left_means_active()
    {
        var account = Place();

        account.ReconcileStatus(Everything);
        Assert.Equal(AccountStatus.Legal, account.Status);
        account.ReconcileStatus(Everything with { OpenLegalReferral = false });
        Assert.Equal(AccountStatus.PaymentPlan, account.Status);
        account.ReconcileStatus(AccountArrangements.None with { PendingPromise = true });
        Assert.Equal(AccountStatus.Promised, account.Status);
        account.ReconcileStatus(AccountArrangements.None);
        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Fact]
    public void A_new_account_with_nothing_arranged_stays_new()
    {
        var account = Place();

        Assert.False(account.ReconcileStatus(AccountArrangements.None));

        Assert.Equal(AccountStatus.New, account.Status);
    }

    [Fact]
    public void Lifting_the_dispute_hold_returns_the_account_to_its_plan()
    {
        var account = Place();
        var hold = account.PlaceHold(HoldKind.Dispute, "Timely written dispute", null, "ana", Now);
        account.ReconcileStatus(AccountArrangements.None with { ActivePlan = true });

        account.LiftHold(hold.Id, "ana", "Verification mailed", Now.AddDays(3));
        account.ReconcileStatus(AccountArrangements.None with { ActivePlan = true });

        Assert.Equal(AccountStatus.PaymentPlan, account.Status);
    }

    [Fact]
    public void A_completed_settlement_settles_the_account_until_a_reversal_reopens_the_settlement()
    {
        var account = Place();

        account.ReconcileStatus(Everything with { SettlementCompleted = true });
        Assert.Equal(AccountStatus.Settled, account.Status);
        Assert.False(account.ReconcileStatus(AccountArrangements.None with { SettlementCompleted = true, PendingPromise = true }));
        Assert.Equal(AccountStatus.Settled, account.Status);

        // The settling payment bounced: the settlement is active again.
        account.ReconcileStatus(AccountArrangements.None with { ActivePlan = true });
        Assert.Equal(AccountStatus.PaymentPlan, account.Status);
    }

    [Fact]
    public void A_closed_account_stays_closed_whatever_stands_on_it()
    {
        var account = Place();
        account.ChangeStatus(AccountStatus.Closed);

        Assert.False(account.ReconcileStatus(Everything with { SettlementCompleted = true }));

        Assert.Equal(AccountStatus.Closed, account.Status);
    }

    [Fact]
    public void A_paid_account_stays_paid_whatever_is_still_open()
    {
        var account = Place();
        account.PostPayment(new Money(300m, "USD"), new DateOnly(2026, 11, 23), "k", PaymentApplicationOrder.Default, "ana", Now);

        Assert.False(account.ReconcileStatus(Everything));

        Assert.Equal(AccountStatus.PaidInFull, account.Status);
    }

    [Theory]
    [InlineData(AccountStatus.Cease)]
    [InlineData(AccountStatus.AttorneyRepresented)]
    [InlineData(AccountStatus.Bankruptcy)]
    [InlineData(AccountStatus.Deceased)]
    public void A_status_a_person_recorded_to_stop_contact_is_never_derived_away(AccountStatus recorded)
    {
        var account = Place();
        account.ChangeStatus(recorded);
        account.PlaceHold(HoldKind.Dispute, "Timely written dispute", null, "ana", Now);

        Assert.False(account.ReconcileStatus(Everything));

        Assert.Equal(recorded, account.Status);
    }

    [Fact]
    public void Arrangements_count_active_plans_pending_promises_and_open_referrals_only()
    {
        var closed = Arrangements.Of(
            [(PlanKind.Installments, PlanStatus.PendingApproval), (PlanKind.Installments, PlanStatus.Broken), (PlanKind.Settlement, PlanStatus.Cancelled)],
            [PromiseStatus.Kept, PromiseStatus.Broken, PromiseStatus.Cancelled],
            [LegalReferralStatus.Recalled, LegalReferralStatus.Closed]);
        var open = Arrangements.Of(
            [(PlanKind.Installments, PlanStatus.Active), (PlanKind.Settlement, PlanStatus.Completed)],
            [PromiseStatus.Pending],
            [LegalReferralStatus.JudgmentEntered]);

        Assert.Equal(AccountArrangements.None, closed);
        Assert.Equal(new AccountArrangements(true, true, true, true), open);
    }
}
