using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Api.Tests.Compliance;

/// <summary>The compliance gate over GraphQL: what a collector's screen asks before a call, and the rules in force.</summary>
public sealed class ComplianceQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Eligibility = """
        query($account: ID!, $phone: ID!, $at: DateTime) {
          contactEligibility(accountId: $account, phoneId: $phone, channel: CALL, mode: MANUAL_DIAL, at: $at) {
            allowed nextAllowedAt evaluatedAt ruleSetVersion zonesUnknown
            blockedBy { ruleId citation explanation allowedFrom }
            zonesUsed { zoneId localTime }
          }
        }
        """;

    /// <summary>22:00 in Portland, where the debtor lives and whose area code (503) both numbers carry.</summary>
    private static readonly DateTimeOffset PortlandEvening = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_call_at_ten_in_the_evening_is_blocked_with_the_zone_and_local_time_used_and_allowed_from_eight()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var mobile = await MobileOfAsync(world.Debtor);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = mobile, at = PortlandEvening }, Tokens.For(world.Cid, "collector"));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var eligibility = result.Data("contactEligibility");
        Assert.False(eligibility.GetProperty("allowed").GetBoolean());
        var block = eligibility.GetProperty("blockedBy").EnumerateArray().Single();
        Assert.Equal("TIME-WINDOW", block.GetProperty("ruleId").GetString());
        Assert.Equal("12 CFR 1006.6(b)(1)(i); 15 USC 1692c(a)(1)", block.GetProperty("citation").GetString());
        Assert.Equal("2026-11-24T16:00:00Z", eligibility.GetProperty("nextAllowedAt").GetString());
        Assert.Equal("""[{"zoneId":"America/Los_Angeles","localTime":"2026-11-23T22:00:00"}]""", eligibility.GetProperty("zonesUsed").GetRawText());
        Assert.Equal("2026.11", eligibility.GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public async Task A_disputed_account_is_blocked_until_a_person_acts_with_the_disputes_citation()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var mobile = await MobileOfAsync(world.Debtor);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Eligibility, new { account = world.AnnAccount, phone = mobile, at = PortlandEvening.AddHours(12) }, Tokens.For(world.Ann, "collector"));

        var eligibility = result.Data("contactEligibility");
        var block = eligibility.GetProperty("blockedBy").EnumerateArray().Single();
        Assert.Equal("DISPUTE", block.GetProperty("ruleId").GetString());
        Assert.StartsWith("12 CFR 1006.38(d)(2)", block.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, block.GetProperty("allowedFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, eligibility.GetProperty("nextAllowedAt").ValueKind);
    }

    [Fact]
    public async Task A_collector_cannot_ask_about_an_account_of_another_team()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var mobile = await MobileOfAsync(world.Debtor);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = mobile, at = PortlandEvening }, Tokens.For(world.Ann, "collector"));

        Assert.Equal("NOT_FOUND", result.Code());
    }

    [Fact]
    public async Task A_number_of_another_debtor_is_refused_as_not_on_file()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var other = await TestPortfolio.CreateAsync(api);
        var strangersMobile = await MobileOfAsync(other.Debtor);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = strangersMobile, at = PortlandEvening }, Tokens.For(world.Cid, "collector"));

        Assert.Equal("UNKNOWN_DESTINATION", result.Code());
    }

    [Fact]
    public async Task The_rules_in_force_are_listed_with_citations_and_the_rule_sets_numbers()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(
            "{ complianceRules { ruleSetVersion effectiveFrom rules { id citation description } versions { version inForce } } }", null, Tokens.For(world.Ann, "collector"));

        var rules = result.Data("complianceRules");
        Assert.Equal("2026.11", rules.GetProperty("ruleSetVersion").GetString());
        var list = rules.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Domain.Compliance.RuleRegistry.Default.Rules.Select(r => r.Id), list.Select(r => r.GetProperty("id").GetString()));
        Assert.All(list, r => Assert.NotEqual(r.GetProperty("id").GetString(), r.GetProperty("description").GetString()));
        var seven = list.Single(r => r.GetProperty("id").GetString() == "FREQ-7IN7");
        Assert.Equal("12 CFR 1006.14(b)(2)(i)(A), (b)(3), (b)(4)", seven.GetProperty("citation").GetString());
        Assert.Contains("At most 7 calls about a debt in 168 hours", seven.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(rules.GetProperty("versions").EnumerateArray(), v => v.GetProperty("inForce").GetBoolean());
    }

    [Fact]
    public async Task An_account_shows_when_it_can_next_be_called_and_a_disputed_one_shows_none()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var evening = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(PortlandEvening))));
        using var client = evening.CreateClient();

        var cid = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { nextEligibleContactAt } }", new { id = world.CidAccount }, Tokens.For(world.Cid, "collector"));
        var ann = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { nextEligibleContactAt } }", new { id = world.AnnAccount }, Tokens.For(world.Ann, "collector"));

        Assert.Equal("2026-11-24T16:00:00Z", cid.Data("account", "nextEligibleContactAt").GetString());
        Assert.Equal(JsonValueKind.Null, ann.Data("account", "nextEligibleContactAt").ValueKind);
    }

    [Fact]
    public async Task A_page_of_accounts_with_their_next_call_time_takes_one_compliance_round_trip_however_many_rows()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var evening = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(PortlandEvening))));
        using var client = evening.CreateClient();
        using var counter = new SqlCommandCounter();
        async Task<(IReadOnlyList<string> Queries, JsonElement Nodes)> PageAsync(int first)
        {
            var (trace, traceparent) = SqlCommandCounter.NewTrace();
            var query = "{ accounts(first: " + first + ", where: { creditorId: { eq: \"" + world.CreditorId + "\" } }, order: [{ creditorAccountNumber: ASC }]) "
                + "{ nodes { creditorAccountNumber nextEligibleContactAt } } }";
            var result = await client.PostGraphQLAsync(query, token: Tokens.For(world.Sue, "supervisor"), traceparent: traceparent);
            Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
            return (counter.Queries(trace), result.Data("accounts", "nodes"));
        }

        var one = await SqlCommandCounter.FewestAsync(() => PageAsync(1), p => p.Queries.Count);
        var four = await SqlCommandCounter.FewestAsync(() => PageAsync(4), p => p.Queries.Count);

        Assert.Equal(4, four.Nodes.GetArrayLength());
        Assert.Equal(one.Queries.Count, four.Queries.Count);
        // Per row, the same answers the single-account query gives: A- is disputed (a person must act), C- opens at 08:00.
        var byNumber = four.Nodes.EnumerateArray().ToDictionary(n => n.GetProperty("creditorAccountNumber").GetString()![..2], n => n.GetProperty("nextEligibleContactAt"));
        Assert.Equal(JsonValueKind.Null, byNumber["A-"].ValueKind);
        Assert.Equal("2026-11-24T16:00:00Z", byNumber["C-"].GetString());
    }

    private async Task<Guid> MobileOfAsync(Guid debtorId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        return await db.DebtorPhones.Where(p => p.DebtorId == debtorId && p.Number == "+15035550101").Select(p => p.Id).SingleAsync();
    }
}
