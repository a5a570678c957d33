using DebtHub.Api.Schema;
using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>A referral's life after it is made (suit, judgment, lien and its release, closing), and a dispute withdrawn.</summary>
public sealed class LegalLifecycleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Referral = "referral { status court caseNumber suitFiledOn closedAt closingReason } account { status }";

    [Fact]
    public async Task A_suit_is_filed_a_judgment_and_lien_recorded_the_lien_released_and_the_referral_closed()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var referralId = await ReferForSuitAsync(client, world.BobAccount, sue);

        var filed = (await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId, court = "Multnomah County Circuit Court", caseNumber = "26CV01234", filedOn = Day(-1) }, sue)).Succeeded("fileSuit");
        var again = await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId, court = "Multnomah County Circuit Court", caseNumber = "26CV01234", filedOn = Day(0) }, sue);
        (await client.MutateAsync("recordJudgment", "RecordJudgmentInput", "judgment { amount }",
            new { referralId, court = "Multnomah County Circuit Court", caseNumber = "26CV01234", amount = 812.40m, enteredOn = Day(0) }, sue)).Succeeded("recordJudgment");
        var lienId = (await client.MutateAsync("recordLien", "RecordLienInput", "lien { id }",
            new { referralId, description = "Judgment lien on 9 Elm St", jurisdiction = "Multnomah County Recorder", amount = 812.40m, recordedOn = Day(0) }, sue))
            .Succeeded("recordLien").GetProperty("lien").GetProperty("id").GetString();
        var released = (await client.MutateAsync("releaseLien", "ReleaseLienInput", "lien { releasedOn } referral { liens { releasedOn } }",
            new { lienId, releasedOn = Day(0) }, sue)).Succeeded("releaseLien");
        var releasedTwice = await client.MutateAsync("releaseLien", "ReleaseLienInput", "lien { releasedOn }", new { lienId, releasedOn = Day(0) }, sue);
        var closed = (await client.MutateAsync("closeLegalReferral", "CloseLegalReferralInput", Referral,
            new { referralId, outcome = "CLOSED", reason = "Judgment satisfied by garnishment" }, sue)).Succeeded("closeLegalReferral");
        var closedTwice = await client.MutateAsync("closeLegalReferral", "CloseLegalReferralInput", Referral,
            new { referralId, outcome = "RECALLED", reason = "Again" }, sue);
        var lienAfter = await client.MutateAsync("recordLien", "RecordLienInput", "lien { id }",
            new { referralId, description = "Second lien", jurisdiction = "Multnomah County Recorder", amount = 10m, recordedOn = Day(0) }, sue);

        var suit = filed.GetProperty("referral");
        Assert.Equal(("SUIT_FILED", "26CV01234", Day(-1)), (suit.GetProperty("status").GetString(), suit.GetProperty("caseNumber").GetString(), suit.GetProperty("suitFiledOn").GetString()));
        Assert.Equal("LEGAL", filed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal(["ConflictError INVALID_REFERRAL_STATE"], again.TypedErrors("fileSuit"));
        Assert.Equal(Day(0), released.GetProperty("lien").GetProperty("releasedOn").GetString());
        Assert.Equal(Day(0), released.GetProperty("referral").GetProperty("liens")[0].GetProperty("releasedOn").GetString());
        Assert.Equal(["ConflictError LIEN_RELEASED"], releasedTwice.TypedErrors("releaseLien"));
        Assert.Equal("CLOSED", closed.GetProperty("referral").GetProperty("status").GetString());
        Assert.Equal("Judgment satisfied by garnishment", closed.GetProperty("referral").GetProperty("closingReason").GetString());
        Assert.Equal("ACTIVE", closed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal(["ConflictError REFERRAL_CLOSED"], closedTwice.TypedErrors("closeLegalReferral"));
        Assert.Equal(["ConflictError REFERRAL_CLOSED"], lienAfter.TypedErrors("recordLien"));
    }

    [Fact]
    public async Task A_suit_filed_after_the_limitation_date_ran_out_is_refused_with_the_reason_and_nothing_is_written()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var accountId = await PlaceAsync(client, world, sue, statuteOfLimitations: Day(-5));
        // Referred for suit a month ago, while the debt could still be sued on.
        var referralId = await ReferInThePastAsync(world, accountId, daysAgo: 30);
        var before = await ResolutionSnapshot.TakeAsync(api);

        var late = await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId, court = "Kings County Civil Court", caseNumber = "CV-1", filedOn = Day(0) }, sue);

        var error = late.Payload("fileSuit").GetProperty("errors")[0];
        Assert.Equal("TIME_BARRED", error.GetProperty("code").GetString());
        Assert.Contains($"expired on {Day(-5)}", error.GetProperty("message").GetString());
        Assert.Contains("1006.26(b)", error.GetProperty("message").GetString());
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
        Assert.Equal("REFERRED", await ReferralStatusAsync(referralId!));

        // The same suit filed before the limitation date is recorded: the check is against the filing date.
        var inTime = await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId, court = "Kings County Civil Court", caseNumber = "CV-1", filedOn = Day(-6) }, sue);
        Assert.Equal("SUIT_FILED", inTime.Succeeded("fileSuit").GetProperty("referral").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_legal_input_is_a_typed_error_per_field_and_changes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var referralId = await ReferForSuitAsync(client, world.BobAccount, sue);
        var lienId = (await client.MutateAsync("recordLien", "RecordLienInput", "lien { id }",
            new { referralId, description = "Judgment lien", jurisdiction = "Recorder", amount = 100m, recordedOn = Day(0) }, sue))
            .Succeeded("recordLien").GetProperty("lien").GetProperty("id").GetString();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var future = await client.MutateAsync("fileSuit", "FileSuitInput", Referral, new { referralId, court = "", caseNumber = "CV-2", filedOn = Day(2) }, sue);
        var unknown = await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId = Guid.NewGuid().ToString(), court = "Court", caseNumber = "CV-2", filedOn = Day(0) }, sue);
        var unknownDispute = await client.MutateAsync("withdrawDispute", "WithdrawDisputeInput", "dispute { id }", new { disputeId = Guid.NewGuid().ToString() }, Tokens.For(world.Bob, "collector"));
        var byCollector = await client.MutateAsync("closeLegalReferral", "CloseLegalReferralInput", Referral,
            new { referralId, outcome = "RECALLED", reason = "x" }, Tokens.For(world.Bob, "collector"));
        var beforeRecorded = await client.MutateAsync("releaseLien", "ReleaseLienInput", "lien { id }", new { lienId, releasedOn = Day(-3) }, sue);
        var noReason = await client.MutateAsync("closeLegalReferral", "CloseLegalReferralInput", Referral, new { referralId, outcome = "CLOSED", reason = " " }, sue);

        Assert.Equal(["RequiredFieldError court", "InvalidValueError filedOn"], future.TypedErrors("fileSuit"));
        Assert.Equal(["NotFoundError referralId"], unknown.TypedErrors("fileSuit"));
        Assert.Equal(["NotFoundError disputeId"], unknownDispute.TypedErrors("withdrawDispute"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", byCollector.Code());
        Assert.Equal(["InvalidValueError INVALID_DATE"], beforeRecorded.TypedErrors("releaseLien"));
        Assert.Equal(["RequiredFieldError reason"], noReason.TypedErrors("closeLegalReferral"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
        Assert.Equal("REFERRED", await ReferralStatusAsync(referralId!));
    }

    [Fact]
    public async Task No_suit_is_filed_while_a_timely_written_dispute_awaits_verification()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var referralId = await ReferForSuitAsync(client, world.CidAccount, sue);
        (await client.MutateAsync("recordDispute", "RecordDisputeInput", "dispute { id }",
            new { accountId = world.CidAccount, channel = "WRITTEN", reason = "NOT_MY_DEBT", summary = "Never had this card" }, Tokens.For(world.Cid, "collector"))).Succeeded("recordDispute");
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("fileSuit", "FileSuitInput", Referral,
            new { referralId, court = "Multnomah County Circuit Court", caseNumber = "26CV9", filedOn = Day(0) }, sue);

        Assert.Equal(["ConflictError DISPUTE_PENDING"], result.TypedErrors("fileSuit"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_withdrawn_dispute_lifts_its_hold_and_cannot_be_withdrawn_twice()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var cid = Tokens.For(world.Cid, "collector");
        var disputeId = (await client.MutateAsync("recordDispute", "RecordDisputeInput", "dispute { id }",
            new { accountId = world.CidAccount, channel = "WRITTEN", reason = "WRONG_AMOUNT", summary = "Fees look wrong" }, cid))
            .Succeeded("recordDispute").GetProperty("dispute").GetProperty("id").GetString();

        var withdrawn = (await client.MutateAsync("withdrawDispute", "WithdrawDisputeInput", "dispute { status holdsCollection } account { status }", new { disputeId }, cid))
            .Succeeded("withdrawDispute");
        var before = await ResolutionSnapshot.TakeAsync(api);
        var twice = await client.MutateAsync("withdrawDispute", "WithdrawDisputeInput", "dispute { status }", new { disputeId }, cid);

        Assert.Equal("WITHDRAWN", withdrawn.GetProperty("dispute").GetProperty("status").GetString());
        Assert.False(withdrawn.GetProperty("dispute").GetProperty("holdsCollection").GetBoolean());
        Assert.Equal("ACTIVE", withdrawn.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal(["ConflictError DISPUTE_NOT_OPEN"], twice.TypedErrors("withdrawDispute"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    private static async Task<string?> ReferForSuitAsync(HttpClient client, Guid accountId, string token) =>
        (await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id }",
            new { accountId, venue = "ATTORNEY", purpose = "SUIT", attorney = "J. Doe, Doe LLP", reason = "No response to letters" }, token))
        .Succeeded("referToLegal").GetProperty("referral").GetProperty("id").GetString();

    private async Task<Guid> PlaceAsync(HttpClient client, TestPortfolio world, string token, string statuteOfLimitations)
    {
        Guid portfolioId;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            portfolioId = await db.Portfolios.Where(p => p.CreditorId == world.CreditorId).Select(p => p.Id).SingleAsync();
        }

        var placed = await client.MutateAsync("placeAccount", "PlaceAccountInput", "account { id }", new
        {
            debtorId = world.OtherDebtor, portfolioId, creditorAccountNumber = $"SOL-{world.Suffix}", originalCreditor = "Old Bank",
            type = "CREDIT_CARD", principal = 900, itemizationDate = "2020-06-01", statuteOfLimitationsDate = statuteOfLimitations, governingState = "NY",
        }, token);
        return NodeIds.Parse(placed.Succeeded("placeAccount").GetProperty("account").GetProperty("id").GetString()!, "Account");
    }

    private async Task<string> ReferInThePastAsync(TestPortfolio world, Guid accountId, int daysAgo)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == accountId);
        var referral = LegalReferral.Refer(account, LegalVenue.Attorney, LegalPurpose.Suit, "J. Doe, Doe LLP", "Referred before the limitation date",
            new Actor(world.Sue, CollectorRole.Supervisor), DateTimeOffset.UtcNow.AddDays(-daysAgo));
        db.LegalReferrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id.ToString();
    }

    private async Task<string> ReferralStatusAsync(string referralId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var id = Guid.TryParse(referralId, out var raw) ? raw : NodeIds.Parse(referralId, "LegalReferral");
        return (await db.LegalReferrals.SingleAsync(r => r.Id == id)).Status.ToString().ToUpperInvariant();
    }
}
