using System.Text.Json;
using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Resolutions;
using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Schema;

public sealed class AccountScreenRoundTripTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>The collector's account screen (bench/README.md measures the same query under load).</summary>
    public const string Screen = """
        query Screen($id: ID!) {
          account(id: $id) {
            id creditorAccountNumber status balance daysDelinquent governingState currentCreditor
            ledgerSummary { balance principal interest fees paid lastPaymentOn }
            holds(activeOnly: true) { kind reason }
            contactAttempts(last: 20) { channel direction destination placedAt disposition }
            paymentPlans(openOnly: true) { kind status frequency totalAmount installments { sequence dueOn amount paidAmount status } }
            debtor {
              id displayName dateOfBirth ssnLastFour preferredLanguage
              phones { number lineType status isDialable consents { scope isActive } }
              addresses { line1 line2 city state zip status }
            }
          }
        }
        """;

    [Fact]
    public async Task The_collectors_account_screen_takes_at_most_three_SQL_round_trips()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.CidAccount, frequency = "MONTHLY", firstDueOn = ResolutionTestSupport.Day(1), installmentCount = 3 },
            Tokens.For(world.Cid, "collector"))).Succeeded("proposePaymentPlan");
        using var counter = new SqlCommandCounter();
        async Task<(JsonElement Result, IReadOnlyList<string> Queries)> ScreenAsync()
        {
            var (trace, traceparent) = SqlCommandCounter.NewTrace();
            var screen = await client.PostGraphQLAsync(Screen, new { id = world.CidAccount }, Tokens.For(world.Cid, "collector"), traceparent);
            return (screen, counter.Queries(trace));
        }

        var (result, queries) = await SqlCommandCounter.FewestAsync(ScreenAsync, s => s.Queries.Count);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("Maria Lopez", result.Data("account", "debtor", "displayName").GetString());
        Assert.Equal(2, result.Data("account", "debtor", "phones").GetArrayLength());
        Assert.Equal(535m, result.Data("account", "ledgerSummary", "balance").GetDecimal());
        var plan = Assert.Single(result.Data("account", "paymentPlans").EnumerateArray());
        Assert.Equal(3, plan.GetProperty("installments").GetArrayLength());
        Assert.Equal(535m, plan.GetProperty("installments").EnumerateArray().Sum(i => i.GetProperty("amount").GetDecimal()));
        Assert.True(queries.Count is >= 1 and <= 3, string.Join("\n----\n", queries));
    }

    [Fact]
    public async Task A_page_of_accounts_with_debtors_phones_and_creditors_costs_the_same_queries_for_one_row_as_for_four()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        using var counter = new SqlCommandCounter();
        var sue = Tokens.For(world.Sue, "supervisor");
        async Task<IReadOnlyList<string>> PageAsync(int first)
        {
            var (trace, traceparent) = SqlCommandCounter.NewTrace();
            var query = "{ accounts(first: " + first + ", where: { creditorId: { eq: \"" + world.CreditorId + "\" } }) "
                + "{ totalCount nodes { balance ledgerSummary { paid } debtor { displayName phones { number } } creditor { name } } } }";
            var result = await client.PostGraphQLAsync(query, token: sue, traceparent: traceparent);
            Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.Equal(first, result.Data("accounts", "nodes").GetArrayLength());
            return counter.Queries(trace);
        }

        var one = await SqlCommandCounter.FewestAsync(() => PageAsync(1), q => q.Count);
        var four = await SqlCommandCounter.FewestAsync(() => PageAsync(4), q => q.Count);

        // The page, its count, then one batch per relation (debtors with phones, creditors, ledger summaries).
        Assert.True(four.Count == one.Count && four.Count <= 6, string.Join("\n----\n", four));
    }
}
