using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class AccountResolutionQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Lists = """
        paymentPlans { status totalAmount installments { amount } }
        settlements { totalAmount }
        promises { totalAmount payments { amount } }
        disputes { channel status }
        complaints { category dueOn }
        legalReferrals { purpose judgments { amount } liens { amount } }
        """;

    [Fact]
    public async Task A_page_of_accounts_with_every_resolution_list_costs_the_same_queries_for_one_row_as_for_four()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        foreach (var (account, collector) in new[] { (world.BobAccount, world.Bob), (world.CidAccount, world.Cid) })
        {
            var token = Tokens.For(collector, "collector");
            (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
                new { accountId = account, frequency = "MONTHLY", firstDueOn = Day(1), installmentCount = 3 }, token)).Succeeded("proposePaymentPlan");
            (await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { id }",
                new { accountId = account, payments = new[] { new { dueOn = Day(2), amount = 20 } } }, token)).Succeeded("recordPromise");
            (await client.MutateAsync("recordDispute", "RecordDisputeInput", "dispute { id }",
                new { accountId = account, channel = "ORAL", reason = "OTHER", summary = "Questions the interest" }, token)).Succeeded("recordDispute");
            (await client.MutateAsync("logComplaint", "LogComplaintInput", "complaint { id }",
                new { accountId = account, category = "OTHER", channel = "PHONE", summary = "Rude" }, token)).Succeeded("logComplaint");
            (await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id }",
                new { accountId = account, venue = "LEGAL_QUEUE", purpose = "REVIEW", reason = "Counsel review" }, sue)).Succeeded("referToLegal");
        }

        using var counter = new SqlCommandCounter();
        async Task<IReadOnlyList<string>> PageAsync(int first)
        {
            var (trace, traceparent) = SqlCommandCounter.NewTrace();
            var query = "{ accounts(first: " + first + ", where: { creditorId: { eq: \"" + world.CreditorId + "\" } }) { nodes { " + Lists + " } } }";
            var result = await client.PostGraphQLAsync(query, token: sue, traceparent: traceparent);
            Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.Equal(first, result.Data("accounts", "nodes").GetArrayLength());
            return counter.Queries(trace);
        }

        var one = await SqlCommandCounter.FewestAsync(() => PageAsync(1), q => q.Count);
        var four = await SqlCommandCounter.FewestAsync(() => PageAsync(4), q => q.Count);

        Assert.Equal(one.Count, four.Count);
        // The page, and one query per list: plans (settlements reuse them), promises, disputes, complaints, referrals.
        Assert.True(four.Count <= 6, string.Join("\n----\n", four));
    }

    [Fact]
    public async Task An_accounts_lists_show_what_was_arranged_on_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        (await client.MutateAsync("offerSettlement", "OfferSettlementInput", "plan { id }",
            new { accountId = world.BobAccount, amount = 500, firstDueOn = Day(5) }, bob)).Succeeded("offerSettlement");

        var result = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { " + Lists + " } }", new { id = world.BobAccount }, bob);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var plan = Assert.Single(result.Data("account", "paymentPlans").EnumerateArray());
        Assert.Equal("ACTIVE", plan.GetProperty("status").GetString());
        Assert.Equal(500m, plan.GetProperty("totalAmount").GetDecimal());
        Assert.Equal(500m, Assert.Single(plan.GetProperty("installments").EnumerateArray()).GetProperty("amount").GetDecimal());
        Assert.Equal(500m, Assert.Single(result.Data("account", "settlements").EnumerateArray()).GetProperty("totalAmount").GetDecimal());
        Assert.Equal("[]", result.Data("account", "promises").GetRawText());
    }
}
