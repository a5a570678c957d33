using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Mutations;

public sealed class AccountMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string PlaceAccount = $$"""
        mutation Place($input: PlaceAccountInput!) {
          placeAccount(input: $input) { account { id status balance governingState debtor { id } } {{MutationAssertions.Errors}} }
        }
        """;

    private const string AssignAccount = $$"""
        mutation Assign($input: AssignAccountInput!) { assignAccount(input: $input) { account { assignedCollector { userName } } {{MutationAssertions.Errors}} } }
        """;

    private const string PlaceHold = $$"""
        mutation Hold($input: PlaceHoldInput!) {
          placeHold(input: $input) { hold { id kind reason details isActive placedBy } account { onHold } {{MutationAssertions.Errors}} }
        }
        """;

    private const string LiftHold = $$"""
        mutation Lift($input: LiftHoldInput!) { liftHold(input: $input) { hold { isActive liftReason liftedBy } {{MutationAssertions.Errors}} } }
        """;

    private const string AddNote = $$"""
        mutation Note($input: AddNoteInput!) { addNote(input: $input) { note { body author } {{MutationAssertions.Errors}} } }
        """;

    [Fact]
    public async Task An_integration_places_an_account_whose_first_ledger_line_is_the_placed_balance()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var portfolioId = await PortfolioIdAsync(world.AnnAccount);

        var result = await client.PostGraphQLAsync(PlaceAccount, new { input = Placement(world, portfolioId, $"N-{world.Suffix}") }, Tokens.For($"feed{world.Suffix}", "integration"));

        var account = result.Succeeded("placeAccount").GetProperty("account");
        Assert.Equal("NEW", account.GetProperty("status").GetString());
        Assert.Equal(1234.56m + 10m, account.GetProperty("balance").GetDecimal());
        Assert.Equal("TX", account.GetProperty("governingState").GetString());
        var snapshot = await DatabaseSnapshot.TakeAsync(api);
        Assert.Equal(snapshot.LedgerSum, snapshot.BalanceSum);
    }

    [Fact]
    public async Task Placing_with_unknown_ids_a_bad_state_a_future_date_and_a_negative_fee_reports_each_and_writes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);
        var input = new
        {
            debtorId = Guid.NewGuid().ToString(),
            portfolioId = Guid.NewGuid().ToString(),
            creditorAccountNumber = "X-1",
            originalCreditor = "First Bank",
            type = "MEDICAL",
            principal = 100m,
            fees = -5m,
            itemizationDate = "2999-01-01",
            governingState = "Texas",
        };

        var result = await client.PostGraphQLAsync(PlaceAccount, new { input }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["InvalidAmountError fees", "InvalidValueError itemizationDate", "InvalidAddressError governingState"], result.TypedErrors("placeAccount"));
        var unknown = await client.PostGraphQLAsync(PlaceAccount, new { input = input with { fees = 0m, itemizationDate = "2026-01-01", governingState = "TX" } },
            Tokens.For(world.Sue, "supervisor"));
        Assert.Equal(["NotFoundError portfolioId", "NotFoundError debtorId"], unknown.TypedErrors("placeAccount"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task The_same_creditor_account_number_twice_is_a_conflict()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var portfolioId = await PortfolioIdAsync(world.AnnAccount);
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(PlaceAccount, new { input = Placement(world, portfolioId, $"A-{world.Suffix}") }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["ConflictError DUPLICATE_ACCOUNT_NUMBER"], result.TypedErrors("placeAccount"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_collector_may_not_place_accounts()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var portfolioId = await PortfolioIdAsync(world.AnnAccount);

        var result = await client.PostGraphQLAsync(PlaceAccount, new { input = Placement(world, portfolioId, $"Z-{world.Suffix}") }, Tokens.For(world.Ann, "collector"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", result.Code());
    }

    [Fact]
    public async Task A_supervisor_reassigns_an_account_and_an_unknown_collector_changes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");

        var moved = await client.PostGraphQLAsync(AssignAccount, new { input = new { accountId = world.UnassignedAccount.ToString(), collectorId = world.AnnId.ToString() } }, token);
        var before = await DatabaseSnapshot.TakeAsync(api);
        var unknown = await client.PostGraphQLAsync(AssignAccount, new { input = new { accountId = world.UnassignedAccount.ToString(), collectorId = Guid.NewGuid().ToString() } }, token);

        Assert.Equal(world.Ann, moved.Succeeded("assignAccount").GetProperty("account").GetProperty("assignedCollector").GetProperty("userName").GetString());
        Assert.Equal(["NotFoundError collectorId"], unknown.TypedErrors("assignAccount"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task An_attorney_hold_keeps_the_attorneys_contact_and_stops_the_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(PlaceHold, new
        {
            input = new
            {
                accountId = world.CidAccount.ToString(),
                kind = "ATTORNEY_REPRESENTATION",
                reason = "Letter of representation received",
                attorney = new { name = "Dana Wu", firm = "Wu & Park LLP", phone = "(212) 555-0199", email = "dana@wupark.example" },
            },
        }, Tokens.For(world.Cid, "collector"));

        var payload = result.Succeeded("placeHold");
        Assert.Equal("Dana Wu; Wu & Park LLP; +12125550199; dana@wupark.example", payload.GetProperty("hold").GetProperty("details").GetString());
        Assert.Equal(world.Cid, payload.GetProperty("hold").GetProperty("placedBy").GetString());
        Assert.True(payload.GetProperty("account").GetProperty("onHold").GetBoolean());
    }

    [Fact]
    public async Task Hold_details_are_checked_for_the_kind_they_belong_to()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Cid, "collector");
        var before = await DatabaseSnapshot.TakeAsync(api);
        var account = world.CidAccount.ToString();

        var noAttorney = await client.PostGraphQLAsync(PlaceHold, new { input = new { accountId = account, kind = "ATTORNEY_REPRESENTATION", reason = "Letter" } }, token);
        var badPhone = await client.PostGraphQLAsync(PlaceHold,
            new { input = new { accountId = account, kind = "ATTORNEY_REPRESENTATION", reason = "Letter", attorney = new { name = "Dana Wu", phone = "call me" } } }, token);
        var badChapter = await client.PostGraphQLAsync(PlaceHold,
            new { input = new { accountId = account, kind = "BANKRUPTCY", reason = "Notice", bankruptcy = new { caseNumber = "24-10001", chapter = 8, filedOn = "2026-10-01" } } }, token);
        var misplaced = await client.PostGraphQLAsync(PlaceHold,
            new { input = new { accountId = account, kind = "CEASE", reason = "Letter", bankruptcy = new { caseNumber = "24-10001", chapter = 7, filedOn = "2026-10-01" } } }, token);

        Assert.Equal(["RequiredFieldError attorney"], noAttorney.TypedErrors("placeHold"));
        Assert.Equal(["InvalidPhoneError attorney.phone"], badPhone.TypedErrors("placeHold"));
        Assert.Equal(["InvalidValueError bankruptcy.chapter"], badChapter.TypedErrors("placeHold"));
        Assert.Equal(["InvalidValueError bankruptcy"], misplaced.TypedErrors("placeHold"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_bankruptcy_hold_records_the_case_on_the_hold_and_the_filing_on_the_debtor()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(PlaceHold, new
        {
            input = new { accountId = world.CidAccount.ToString(), kind = "BANKRUPTCY", reason = "Notice of filing", bankruptcy = new { caseNumber = "3:26-bk-10001", chapter = 13, filedOn = "2026-10-01" } },
        }, Tokens.For(world.Cid, "collector"));

        Assert.Equal("3:26-bk-10001", result.Succeeded("placeHold").GetProperty("hold").GetProperty("details").GetString());
        using var scope = api.Services.CreateScope();
        var debtor = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Debtors.AsNoTracking().SingleAsync(d => d.Id == world.Debtor);
        Assert.Equal((13, "3:26-bk-10001"), (debtor.Bankruptcy!.Chapter, debtor.Bankruptcy.CaseNumber));
    }

    [Fact]
    public async Task A_second_active_hold_of_the_same_kind_is_a_conflict_and_a_supervisor_lifts_the_first()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var holdId = await ActiveHoldAsync(world.AnnAccount);
        var before = await DatabaseSnapshot.TakeAsync(api);

        var duplicate = await client.PostGraphQLAsync(PlaceHold,
            new { input = new { accountId = world.AnnAccount.ToString(), kind = "DISPUTE", reason = "Again" } }, Tokens.For(world.Ann, "collector"));
        Assert.Equal(["ConflictError HOLD_EXISTS"], duplicate.TypedErrors("placeHold"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));

        var byCollector = await client.PostGraphQLAsync(LiftHold,
            new { input = new { accountId = world.AnnAccount.ToString(), holdId = holdId.ToString(), reason = "Verified" } }, Tokens.For(world.Ann, "collector"));
        var lifted = await client.PostGraphQLAsync(LiftHold,
            new { input = new { accountId = world.AnnAccount.ToString(), holdId = holdId.ToString(), reason = "Debt verified, notice mailed" } }, Tokens.For(world.Sue, "supervisor"));
        var again = await client.PostGraphQLAsync(LiftHold,
            new { input = new { accountId = world.AnnAccount.ToString(), holdId = holdId.ToString(), reason = "Twice" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", byCollector.Code());
        var hold = lifted.Succeeded("liftHold").GetProperty("hold");
        Assert.False(hold.GetProperty("isActive").GetBoolean());
        Assert.Equal(world.Sue, hold.GetProperty("liftedBy").GetString());
        Assert.Equal(["ConflictError HOLD_NOT_ACTIVE"], again.TypedErrors("liftHold"));
    }

    [Fact]
    public async Task A_collector_writes_a_multiline_note_on_their_account_but_not_on_another_teams()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Ann, "collector");

        var written = await client.PostGraphQLAsync(AddNote, new { input = new { accountId = world.AnnAccount.ToString(), body = "Called at 10:05.\nPromised €50 — Friday ✔" } }, token);
        var before = await DatabaseSnapshot.TakeAsync(api);
        var foreign = await client.PostGraphQLAsync(AddNote, new { input = new { accountId = world.CidAccount.ToString(), body = "Peek" } }, Tokens.For(world.Bob, "collector"));
        var neither = await client.PostGraphQLAsync(AddNote, new { input = new { body = "Orphan" } }, token);
        var huge = await client.PostGraphQLAsync(AddNote, new { input = new { accountId = world.AnnAccount.ToString(), body = new string('n', 4001) } }, token);

        var note = written.Succeeded("addNote").GetProperty("note");
        Assert.Equal("Called at 10:05.\nPromised €50 — Friday ✔", note.GetProperty("body").GetString());
        Assert.Equal(["NotFoundError accountId"], foreign.TypedErrors("addNote"));
        Assert.Equal(["RequiredFieldError accountId"], neither.TypedErrors("addNote"));
        Assert.Equal(["TextTooLongError body"], huge.TypedErrors("addNote"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_refused_mutation_in_a_request_leaves_nothing_for_the_next_one_to_save()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);
        const string Both = """
            mutation($bad: AdjustBalanceInput!, $good: AddNoteInput!) {
              bad: adjustBalance(input: $bad) { errors { __typename } }
              good: addNote(input: $good) { note { body } errors { __typename } }
            }
            """;

        var result = await client.PostGraphQLAsync(Both, new
        {
            bad = new { accountId = world.CidAccount.ToString(), principal = -400m, interest = -30m, reason = "Interest cannot go below zero" },
            good = new { accountId = world.CidAccount.ToString(), body = "Reviewed" },
        }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal("ConflictError", result.GetProperty("data").GetProperty("bad").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("good").GetProperty("errors").ValueKind);
        var after = await DatabaseSnapshot.TakeAsync(api);
        Assert.Equal(before with { Notes = before.Notes + 1, AuditEntries = before.AuditEntries + 1 }, after);
    }

    private static object Placement(TestPortfolio world, Guid portfolioId, string number) => new
    {
        debtorId = world.OtherDebtor.ToString(),
        portfolioId = portfolioId.ToString(),
        creditorAccountNumber = number,
        originalCreditor = "First Bank",
        type = "MEDICAL",
        principal = 1234.56m,
        fees = 10m,
        itemizationDate = "2026-01-15",
        governingState = "tx",
    };

    private async Task<Guid> PortfolioIdAsync(Guid accountId)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Accounts.Where(a => a.Id == accountId).Select(a => a.PortfolioId).SingleAsync();
    }

    private async Task<Guid> ActiveHoldAsync(Guid accountId)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().AccountHolds
            .Where(h => h.AccountId == accountId && h.Kind == HoldKind.Dispute && h.LiftedAt == null).Select(h => h.Id).SingleAsync();
    }
}
