using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class LetterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_validation_notice_itemizes_the_debt_since_the_itemization_date_as_printable_html()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync("""
            query($id: ID!) { account(id: $id) { validationNotice {
              consumerName itemizationDate itemizationAmount interestSince feesSince paymentsAndCreditsSince currentAmount disputeBy timeBarredDisclosure html } } }
            """, new { id = world.AnnAccount }, Tokens.For(world.Ann, "collector"));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var notice = result.Data("account", "validationNotice");
        // Placed at 1,000 principal + 25 interest + 10 fees on 2026-02-01; one payment of 100 since.
        Assert.Equal("Maria Lopez", notice.GetProperty("consumerName").GetString());
        Assert.Equal("2026-02-01", notice.GetProperty("itemizationDate").GetString());
        Assert.Equal(1035m, notice.GetProperty("itemizationAmount").GetDecimal());
        Assert.Equal(0m, notice.GetProperty("interestSince").GetDecimal());
        Assert.Equal(0m, notice.GetProperty("feesSince").GetDecimal());
        Assert.Equal(100m, notice.GetProperty("paymentsAndCreditsSince").GetDecimal());
        Assert.Equal(935m, notice.GetProperty("currentAmount").GetDecimal());
        Assert.Equal(JsonValueKindNull, notice.GetProperty("timeBarredDisclosure").ValueKind);
        var html = notice.GetProperty("html").GetString()!;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Total amount of the debt now:</td><td class=\"amount\">$935.00", html);
        Assert.Contains("As of February 1, 2026, you owed:</td><td class=\"amount\">$1,035.00", html);
        Assert.Contains("www.cfpb.gov/debt-collection", html);
    }

    [Fact]
    public async Task Sending_the_validation_notice_goes_through_the_gate_records_a_letter_attempt_and_starts_the_validation_period()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var cid = Tokens.For(world.Cid, "collector");
        await api.Services.LedgerReadyAsync();

        var sent = (await client.MutateAsync("sendLetter", "SendLetterInput", "letter { kind contactAttemptId html } account { validationPeriodEndsOn validationNoticeSentAt contactAttempts { channel disposition } }",
            new { accountId = world.CidAccount, kind = "VALIDATION_NOTICE" }, cid)).Succeeded("sendLetter");

        var account = sent.GetProperty("account");
        var attempt = Assert.Single(account.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("LETTER", attempt.GetProperty("channel").GetString());
        Assert.Equal("SENT", attempt.GetProperty("disposition").GetString());
        Assert.NotEqual(JsonValueKindNull, account.GetProperty("validationNoticeSentAt").ValueKind);
        var periodEnd = account.GetProperty("validationPeriodEndsOn").GetString();
        Assert.Equal(Domain.Resolutions.Letters.ValidationNotice.PeriodEnd(Today).ToString("yyyy-MM-dd"), periodEnd);
        Assert.Contains(DateOnly.Parse(periodEnd!).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), sent.GetProperty("letter").GetProperty("html").GetString());
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        Assert.Equal(1, await db.ContactAttempts.CountAsync(c => c.AccountIds.Contains(world.CidAccount) && c.Channel == Domain.Compliance.ContactChannel.Letter));
    }

    [Fact]
    public async Task The_validation_notice_prints_from_an_http_page_for_those_who_may_see_the_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        async Task<HttpResponseMessage> GetAsync(string? token, string kind = "validation-notice")
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/accounts/{world.AnnAccount}/letters/{kind}");
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            return await client.SendAsync(request);
        }

        using var ann = await GetAsync(Tokens.For(world.Ann, "collector"));
        using var anonymous = await GetAsync(null);
        using var otherTeam = await GetAsync(Tokens.For(world.Cid, "collector"));
        using var unknownKind = await GetAsync(Tokens.For(world.Ann, "collector"), "threat-of-suit");

        Assert.Equal(System.Net.HttpStatusCode.OK, ann.StatusCode);
        Assert.Equal("text/html", ann.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Total amount of the debt now", await ann.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknownKind.StatusCode);
    }

    [Fact]
    public async Task A_letter_to_a_debtor_without_an_address_is_refused_and_nothing_is_recorded()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("sendLetter", "SendLetterInput", "letter { kind }",
            new { accountId = world.BobAccount, kind = "VALIDATION_NOTICE" }, Tokens.For(world.Bob, "collector"));

        Assert.Equal(["ConflictError NO_ADDRESS"], result.TypedErrors("sendLetter"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_settlement_offer_on_a_time_barred_New_York_debt_carries_the_DFS_disclosure_and_a_plan_confirmation_on_a_current_debt_does_not()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        Guid portfolio;
        using (var scope = api.Services.CreateScope())
        {
            portfolio = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Portfolios.Where(p => p.CreditorId == world.CreditorId).Select(p => p.Id).SingleAsync();
        }

        var old = (await client.MutateAsync("placeAccount", "PlaceAccountInput", "account { id }", new
        {
            debtorId = world.Debtor, portfolioId = portfolio, creditorAccountNumber = $"NY-{world.Suffix}", originalCreditor = "Old Bank",
            type = "CREDIT_CARD", principal = 900, itemizationDate = "2019-06-01", statuteOfLimitationsDate = "2022-06-01", governingState = "NY",
        }, sue)).Succeeded("placeAccount").GetProperty("account").GetProperty("id").GetString();
        var settlement = (await client.MutateAsync("offerSettlement", "OfferSettlementInput", "plan { id }",
            new { accountId = old, amount = 600, firstDueOn = Day(7) }, sue)).Succeeded("offerSettlement").GetProperty("plan").GetProperty("id").GetString();
        var plan = (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.CidAccount, frequency = "MONTHLY", firstDueOn = Day(7), installmentCount = 5 }, Tokens.For(world.Cid, "collector")))
            .Succeeded("proposePaymentPlan").GetProperty("plan").GetProperty("id").GetString();

        var offer = await client.PostGraphQLAsync("query($id: ID!, $plan: ID!) { account(id: $id) { letter(kind: SETTLEMENT_OFFER, planId: $plan) } }", new { id = old, plan = settlement }, sue);
        var confirmation = await client.PostGraphQLAsync("query($id: ID!, $plan: ID!) { account(id: $id) { letter(kind: PLAN_CONFIRMATION, planId: $plan) } }", new { id = world.CidAccount, plan }, sue);

        var offerHtml = offer.Data("account", "letter").GetString()!;
        Assert.Contains("will accept <strong>$600.00</strong>", offerHtml);
        Assert.Contains("New York State Department of Financial Services", offerHtml);
        Assert.Contains("does not restart the time limit", offerHtml);
        var confirmationHtml = confirmation.Data("account", "letter").GetString()!;
        Assert.Contains("$107.00", confirmationHtml); // 535.00 in 5
        Assert.DoesNotContain("class=\"disclosure\"", confirmationHtml);
    }

    [Fact]
    public async Task A_page_of_accounts_with_their_validation_notices_costs_the_same_queries_for_one_row_as_for_four()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using (var scope = api.Services.CreateScope())
        {
            // Tom (Bob's and the unassigned account) needs an address for his notices.
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var tom = await db.Debtors.Include(d => d.Addresses).SingleAsync(d => d.Id == world.OtherDebtor);
            tom.AddAddress(Domain.Debtors.AddressType.Home, "9 Elm St", null, "Salem", "OR", "97301", Domain.Debtors.ContactSource.Creditor, TestPortfolio.Now);
            await db.SaveChangesAsync();
        }

        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        using var counter = new SqlCommandCounter();
        async Task<(IReadOnlyList<string> Queries, System.Text.Json.JsonElement Nodes)> PageAsync(int first)
        {
            var (trace, traceparent) = SqlCommandCounter.NewTrace();
            var query = "{ accounts(first: " + first + ", where: { creditorId: { eq: \"" + world.CreditorId + "\" } }) { nodes { balance validationNotice { currentAmount disputeBy html } } } }";
            var result = await client.PostGraphQLAsync(query, token: sue, traceparent: traceparent);
            Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
            return (counter.Queries(trace), result.Data("accounts", "nodes"));
        }

        var one = await SqlCommandCounter.FewestAsync(() => PageAsync(1), p => p.Queries.Count);
        var four = await SqlCommandCounter.FewestAsync(() => PageAsync(4), p => p.Queries.Count);

        Assert.Equal(4, four.Nodes.GetArrayLength());
        foreach (var node in four.Nodes.EnumerateArray())
        {
            Assert.Equal(node.GetProperty("balance").GetDecimal(), node.GetProperty("validationNotice").GetProperty("currentAmount").GetDecimal());
        }

        Assert.Equal(one.Queries.Count, four.Queries.Count);
        // The page, then accounts, debtors with their addresses, and ledgers: once for the whole batch.
        Assert.True(four.Queries.Count <= 5, string.Join("\n----\n", four.Queries));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
