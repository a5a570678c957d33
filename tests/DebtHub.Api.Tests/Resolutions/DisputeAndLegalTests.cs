using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class DisputeAndLegalTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string DisputeResult = "dispute { id status isTimely holdsCollection duplicateOfId } duplicate collectionOnHold";

    [Fact]
    public async Task A_timely_written_dispute_holds_collection_a_repeat_is_a_duplicate_and_verification_lifts_the_hold()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var cid = Tokens.For(world.Cid, "collector");
        var dispute = new { accountId = world.CidAccount, channel = "WRITTEN", reason = "WRONG_AMOUNT", summary = "Letter says the fees are wrong" };

        var first = (await client.MutateAsync("recordDispute", "RecordDisputeInput", DisputeResult, dispute, cid)).Succeeded("recordDispute");
        var repeat = (await client.MutateAsync("recordDispute", "RecordDisputeInput", DisputeResult, dispute, cid)).Succeeded("recordDispute");
        var plan = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.CidAccount, frequency = "MONTHLY", firstDueOn = Day(1), installmentCount = 3 }, cid);

        Assert.True(first.GetProperty("collectionOnHold").GetBoolean());
        Assert.True(first.GetProperty("dispute").GetProperty("isTimely").GetBoolean());
        Assert.True(first.GetProperty("dispute").GetProperty("holdsCollection").GetBoolean());
        Assert.True(repeat.GetProperty("duplicate").GetBoolean());
        Assert.Equal("DUPLICATE", repeat.GetProperty("dispute").GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("dispute").GetProperty("id").GetString(), repeat.GetProperty("dispute").GetProperty("duplicateOfId").GetString());
        Assert.Equal(["ConflictError DISPUTE_PENDING"], plan.TypedErrors("proposePaymentPlan"));
        Assert.Equal(1, await ActiveDisputeHoldsAsync(world.CidAccount));

        var verified = await client.MutateAsync("recordDisputeVerification", "RecordDisputeVerificationInput", "dispute { status verifiedBy } account { onHold }",
            new { disputeId = first.GetProperty("dispute").GetProperty("id").GetString(), summary = "Itemized statement mailed" }, cid);

        var payload = verified.Succeeded("recordDisputeVerification");
        Assert.Equal("VERIFIED", payload.GetProperty("dispute").GetProperty("status").GetString());
        Assert.False(payload.GetProperty("account").GetProperty("onHold").GetBoolean());
        Assert.Equal(0, await ActiveDisputeHoldsAsync(world.CidAccount));
    }

    [Fact]
    public async Task Oral_and_late_written_disputes_are_recorded_without_stopping_collection()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == world.BobAccount);
            account.RecordValidationNotice(DateTimeOffset.UtcNow.AddDays(-60), Today.AddDays(-20));
            await db.SaveChangesAsync();
        }

        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var oral = (await client.MutateAsync("recordDispute", "RecordDisputeInput", DisputeResult,
            new { accountId = world.BobAccount, channel = "ORAL", reason = "NOT_MY_DEBT", summary = "Says it is not theirs" }, bob)).Succeeded("recordDispute");
        var late = (await client.MutateAsync("recordDispute", "RecordDisputeInput", DisputeResult,
            new { accountId = world.BobAccount, channel = "WRITTEN", reason = "ALREADY_PAID", summary = "Says it was paid", receivedOn = Day(-1) }, bob)).Succeeded("recordDispute");

        Assert.False(oral.GetProperty("collectionOnHold").GetBoolean());
        Assert.False(late.GetProperty("dispute").GetProperty("isTimely").GetBoolean());
        Assert.False(late.GetProperty("collectionOnHold").GetBoolean());
        Assert.Equal(0, await ActiveDisputeHoldsAsync(world.BobAccount));
    }

    [Fact]
    public async Task A_complaint_through_the_CFPB_is_due_in_15_days_and_is_resolved_with_the_resolution()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");

        var logged = (await client.MutateAsync("logComplaint", "LogComplaintInput", "complaint { id dueOn status isOverdue category channel }",
            new { accountId = world.BobAccount, category = "HARASSMENT", channel = "CFPB", summary = "Too many calls", receivedOn = Day(-20) }, bob))
            .Succeeded("logComplaint").GetProperty("complaint");
        Assert.Equal(Day(-5), logged.GetProperty("dueOn").GetString());
        Assert.True(logged.GetProperty("isOverdue").GetBoolean());

        var resolved = (await client.MutateAsync("resolveComplaint", "ResolveComplaintInput", "complaint { status resolution resolvedBy isOverdue }",
            new { complaintId = logged.GetProperty("id").GetString(), resolution = "Calls capped; apology letter sent" }, bob)).Succeeded("resolveComplaint").GetProperty("complaint");
        Assert.Equal("RESOLVED", resolved.GetProperty("status").GetString());
        Assert.False(resolved.GetProperty("isOverdue").GetBoolean());

        var again = await client.MutateAsync("resolveComplaint", "ResolveComplaintInput", "complaint { id }",
            new { complaintId = logged.GetProperty("id").GetString(), resolution = "Again" }, bob);
        Assert.Equal(["ConflictError COMPLAINT_RESOLVED"], again.TypedErrors("resolveComplaint"));
    }

    [Fact]
    public async Task A_suit_on_a_time_barred_debt_is_refused_with_the_reason_and_nothing_is_written()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var placed = await client.MutateAsync("placeAccount", "PlaceAccountInput", "account { id }", new
        {
            debtorId = world.OtherDebtor, portfolioId = await PortfolioAsync(world), creditorAccountNumber = $"OLD-{world.Suffix}", originalCreditor = "Old Bank",
            type = "CREDIT_CARD", principal = 900, itemizationDate = "2019-06-01", statuteOfLimitationsDate = "2023-06-01", governingState = "NY",
        }, sue);
        var accountId = placed.Succeeded("placeAccount").GetProperty("account").GetProperty("id").GetString();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id }",
            new { accountId, venue = "ATTORNEY", purpose = "SUIT", attorney = "J. Doe, Doe & Partners", reason = "Large balance" }, sue);

        var error = result.Payload("referToLegal").GetProperty("errors")[0];
        Assert.Equal("TIME_BARRED", error.GetProperty("code").GetString());
        Assert.Contains("expired on 2023-06-01", error.GetProperty("message").GetString());
        Assert.Contains("1006.26(b)", error.GetProperty("message").GetString());
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));

        // Legal review stays possible on the same debt.
        var review = await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { status purpose }",
            new { accountId, venue = "LEGAL_QUEUE", purpose = "REVIEW", reason = "Consumer threatens to sue" }, sue);
        Assert.Equal("REFERRED", review.Succeeded("referToLegal").GetProperty("referral").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Judgments_and_liens_are_recorded_on_a_suit_referral_and_collectors_may_not_refer()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");

        var byCollector = await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id }",
            new { accountId = world.BobAccount, venue = "LEGAL_QUEUE", purpose = "SUIT", reason = "x" }, Tokens.For(world.Bob, "collector"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", byCollector.Code());

        var referral = (await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id statuteOfLimitationsDate }",
            new { accountId = world.BobAccount, venue = "ATTORNEY", purpose = "SUIT", attorney = "J. Doe", reason = "No response to letters" }, sue))
            .Succeeded("referToLegal").GetProperty("referral");
        Assert.Equal("2031-01-01", referral.GetProperty("statuteOfLimitationsDate").GetString());
        var referralId = referral.GetProperty("id").GetString();

        var judgment = await client.MutateAsync("recordJudgment", "RecordJudgmentInput", "judgment { amount } referral { status }",
            new { referralId, court = "Multnomah County Circuit Court", caseNumber = "26CV01234", amount = 812.40m, enteredOn = Day(-1) }, sue);
        var lien = await client.MutateAsync("recordLien", "RecordLienInput", "lien { amount releasedOn } referral { liens { description } judgments { caseNumber } }",
            new { referralId, description = "Judgment lien on 9 Elm St", jurisdiction = "Multnomah County Recorder", amount = 812.40m, recordedOn = Day(0) }, sue);
        var badLien = await client.MutateAsync("recordLien", "RecordLienInput", "lien { amount }",
            new { referralId, description = "x", jurisdiction = "y", amount = "-5", recordedOn = Day(0) }, sue);

        Assert.Equal("JUDGMENT_ENTERED", judgment.Succeeded("recordJudgment").GetProperty("referral").GetProperty("status").GetString());
        var withLien = lien.Succeeded("recordLien").GetProperty("referral");
        Assert.Equal("26CV01234", withLien.GetProperty("judgments")[0].GetProperty("caseNumber").GetString());
        Assert.Equal("Judgment lien on 9 Elm St", withLien.GetProperty("liens")[0].GetProperty("description").GetString());
        Assert.Equal(["InvalidAmountError amount"], badLien.TypedErrors("recordLien"));
    }

    private async Task<int> ActiveDisputeHoldsAsync(Guid accountId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        return await db.AccountHolds.CountAsync(h => h.AccountId == accountId && h.Kind == Domain.Accounts.HoldKind.Dispute && h.LiftedAt == null);
    }

    private async Task<Guid> PortfolioAsync(TestPortfolio world)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        return await db.Portfolios.Where(p => p.CreditorId == world.CreditorId).Select(p => p.Id).SingleAsync();
    }
}
