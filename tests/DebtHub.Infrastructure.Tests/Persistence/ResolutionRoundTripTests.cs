using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Complaints;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Domain.Resolutions.WorkItems;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Infrastructure.Tests.Persistence;

public sealed class ResolutionRoundTripTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Now = TestData.Now;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Actor Ana = new("ana", CollectorRole.Collector);
    private static readonly Actor Sam = new("sam", CollectorRole.Supervisor);

    [Fact]
    public async Task An_approved_plan_beyond_the_guardrails_reads_back_with_its_schedule_and_reasons()
    {
        Guid planId;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db, principal: 1000m);
            var plan = PaymentPlan.Propose(account, new CreditorRules(60m, 50m, 12),
                new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, new DateOnly(2027, 1, 31), InstallmentCount: 30, RequestApproval: true), Ana, Now);
            plan.Approve(Sam, "Hardship letter on file", Now.AddHours(2));
            db.PaymentPlans.Add(plan);
            await db.SaveChangesAsync();
            planId = plan.Id;
        }

        await using var read = database.NewContext();
        var loaded = await read.PaymentPlans.Include(p => p.Installments).SingleAsync(p => p.Id == planId);

        Assert.Equal(PlanStatus.Active, loaded.Status);
        Assert.Equal("sam", loaded.DecidedBy);
        Assert.Equal(2, loaded.ApprovalReasons.Count);
        Assert.Equal(30, loaded.Installments.Count);
        Assert.Equal(1075m, loaded.Installments.Sum(i => i.Amount));
        Assert.Equal(new DateOnly(2027, 2, 28), loaded.Installments.Single(i => i.Sequence == 2).DueOn);
    }

    [Fact]
    public async Task A_second_open_plan_on_the_same_account_is_refused_by_the_database()
    {
        await using var db = database.NewContext();
        var account = await TestData.PlaceAccountAsync(db);
        var request = new PlanRequest(PlanKind.Installments, PaymentFrequency.Weekly, Today.AddDays(3), InstallmentCount: 4);
        db.PaymentPlans.Add(PaymentPlan.Propose(account, CreditorRules.Default, request, Ana, Now));
        await db.SaveChangesAsync();

        db.PaymentPlans.Add(PaymentPlan.Propose(account, CreditorRules.Default, request, Ana, Now));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task A_broken_promise_and_its_work_item_read_back_and_the_item_is_queued_once()
    {
        Guid promiseId;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db);
            var promise = PromiseToPay.Record(account, [(Today.AddDays(1), new Money(40m, "USD")), (Today.AddDays(8), new Money(60m, "USD"))], 1, Ana, Now);
            promise.Evaluate([new ReceivedPayment(Today.AddDays(1), 15m)], Today.AddDays(3), Now.AddDays(3));
            db.PromisesToPay.Add(promise);
            db.WorkItems.Add(WorkItem.ForBrokenPromise(promise, null, Now.AddDays(3)));
            await db.SaveChangesAsync();
            promiseId = promise.Id;

            db.WorkItems.Add(WorkItem.ForBrokenPromise(promise, null, Now.AddDays(4)));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = database.NewContext();
        var loaded = await read.PromisesToPay.Include(p => p.Payments).SingleAsync(p => p.Id == promiseId);
        var item = await read.WorkItems.SingleAsync(w => w.SubjectId == promiseId);

        Assert.Equal(PromiseStatus.Broken, loaded.Status);
        Assert.Equal([ScheduledPaymentStatus.Broken, ScheduledPaymentStatus.Scheduled], loaded.Payments.OrderBy(p => p.Sequence).Select(p => p.Status));
        Assert.Equal(15m, loaded.Payments.Single(p => p.Sequence == 1).PaidAmount);
        Assert.Equal(WorkItemKind.BrokenPromise, item.Kind);
    }

    [Fact]
    public async Task A_timely_written_dispute_and_its_duplicate_read_back_linked_to_the_hold()
    {
        Guid accountId;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db);
            account.RecordValidationNotice(Now.AddDays(-10), Today.AddDays(25));
            var first = Dispute.Record(account, DisputeChannel.Written, DisputeReason.WrongAmount, "Fees not owed", Today, false, [], Ana, Now);
            var again = Dispute.Record(account, DisputeChannel.Written, DisputeReason.WrongAmount, "Fees not owed (again)", Today, false, [first], Ana, Now);
            db.Disputes.AddRange(first, again);
            await db.SaveChangesAsync();
            accountId = account.Id;
        }

        await using var read = database.NewContext();
        var disputes = await read.Disputes.Where(d => d.AccountId == accountId).OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).ToListAsync();
        var account2 = await read.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == accountId);

        var original = disputes.Single(d => d.DuplicateOfId is null);
        Assert.True(original.IsTimely);
        Assert.True(original.HoldsCollection);
        Assert.Equal(account2.Holds.Single(h => h.Kind == HoldKind.Dispute).Id, original.HoldId);
        Assert.Equal(DisputeStatus.Duplicate, disputes.Single(d => d.DuplicateOfId == original.Id).Status);
    }

    [Fact]
    public async Task A_resolved_complaint_reads_back_with_its_due_date_and_resolution()
    {
        Guid id;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db);
            var complaint = Complaint.Log(account.DebtorId, account.Id, ComplaintCategory.Harassment, ComplaintChannel.Cfpb, "Calls at work", Today, null, Ana, Now);
            complaint.Resolve("Work number suppressed; letter sent", Sam, Now.AddDays(2));
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            id = complaint.Id;
        }

        await using var read = database.NewContext();
        var loaded = await read.Complaints.SingleAsync(c => c.Id == id);

        Assert.Equal(Today.AddDays(15), loaded.DueOn);
        Assert.Equal(ComplaintChannel.Cfpb, loaded.Channel);
        Assert.Equal(ComplaintStatus.Resolved, loaded.Status);
        Assert.Equal("Work number suppressed; letter sent", loaded.Resolution);
    }

    [Fact]
    public async Task A_legal_referral_reads_back_with_its_suit_judgment_and_lien()
    {
        Guid id;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db);
            var referral = LegalReferral.Refer(account, LegalVenue.Attorney, LegalPurpose.Suit, "J. Doe, Doe LLP", "Employed, large balance", Ana, Now);
            referral.RecordSuitFiled(account, "Cook County Circuit Court", "2026-M1-777", Today, Now);
            referral.RecordJudgment("Cook County Circuit Court", "2026-M1-777", new Money(1075m, "USD"), Today, Ana, Now);
            referral.RecordLien("Judgment lien on 12 Main St", "Cook County Recorder", null, new Money(1075m, "USD"), Today, Ana, Now);
            db.LegalReferrals.Add(referral);
            await db.SaveChangesAsync();
            id = referral.Id;
        }

        await using var read = database.NewContext();
        var loaded = await read.LegalReferrals.Include(r => r.Judgments).Include(r => r.Liens).SingleAsync(r => r.Id == id);

        Assert.Equal(LegalReferralStatus.JudgmentEntered, loaded.Status);
        Assert.Equal(new DateOnly(2030, 1, 31), loaded.StatuteOfLimitationsDate);
        Assert.Equal("2026-M1-777", Assert.Single(loaded.Judgments).CaseNumber);
        Assert.Equal(1075m, Assert.Single(loaded.Liens).Amount);
    }
}
