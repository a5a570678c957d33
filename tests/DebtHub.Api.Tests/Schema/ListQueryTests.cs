using System.Text.Json;
using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Schema;

public sealed class ListQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string[] Numbers(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("creditorAccountNumber").GetString()!).Order()];

    private static void NoErrors(JsonElement result) => Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());

    [Fact]
    public async Task A_collectors_account_list_holds_their_own_and_their_teams_accounts_only()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(
            "{ accounts(first: 50, order: [{ creditorAccountNumber: ASC }]) { totalCount nodes { creditorAccountNumber } } }",
            token: Tokens.For(world.Ann, "collector"));

        NoErrors(result);
        Assert.Equal([$"A-{world.Suffix}", $"B-{world.Suffix}"], Numbers(result.Data("accounts")));
        Assert.Equal(2, result.Data("accounts", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Accounts_filter_by_creditor_status_balance_state_and_holds_in_one_where()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var creditor = $$"""creditorId: { eq: "{{world.CreditorId}}" }""";

        var rich = await client.PostGraphQLAsync($$"""{ accounts(where: { {{creditor}}, balance: { gte: 600 }, status: { eq: NEW }, governingState: { eq: "OR" } }) { nodes { creditorAccountNumber } } }""", token: sue);
        var disputed = await client.PostGraphQLAsync($$"""{ accounts(where: { {{creditor}}, holds: { some: { kind: { eq: DISPUTE } } }, status: { eq: DISPUTED } }) { nodes { creditorAccountNumber } } }""", token: sue);
        var unassigned = await client.PostGraphQLAsync($$"""{ accounts(where: { {{creditor}}, assignedCollectorId: { eq: "{{world.BobId}}" } }) { nodes { creditorAccountNumber } } }""", token: sue);

        NoErrors(rich);
        // Ann's account (1000 placed) is DISPUTED by its dispute hold, so only Bob's is NEW.
        Assert.Equal([$"B-{world.Suffix}"], Numbers(rich.Data("accounts")));
        Assert.Equal([$"A-{world.Suffix}"], Numbers(disputed.Data("accounts")));
        Assert.Equal([$"B-{world.Suffix}"], Numbers(unassigned.Data("accounts")));
    }

    [Fact]
    public async Task Accounts_filter_by_days_delinquent()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");

        // Every test account became delinquent on 2025-11-01.
        var days = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - new DateOnly(2025, 11, 1).DayNumber;
        var old = await client.PostGraphQLAsync($"{{ accounts(minDaysDelinquent: {days - 1}) {{ nodes {{ creditorAccountNumber daysDelinquent }} }} }}", token: ann);
        var young = await client.PostGraphQLAsync($"{{ accounts(maxDaysDelinquent: {days - 1}) {{ nodes {{ creditorAccountNumber }} }} }}", token: ann);

        NoErrors(old);
        Assert.Equal(2, old.Data("accounts", "nodes").GetArrayLength());
        Assert.Equal(days, old.Data("accounts", "nodes")[0].GetProperty("daysDelinquent").GetInt32());
        Assert.Equal(0, young.Data("accounts", "nodes").GetArrayLength());
    }

    [Fact]
    public async Task Pages_follow_their_cursor_without_repeating_or_skipping()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var where = $$"""where: { creditorId: { eq: "{{world.CreditorId}}" } }, order: [{ balance: DESC }]""";

        var first = await client.PostGraphQLAsync($$"""{ accounts(first: 2, {{where}}) { pageInfo { hasNextPage endCursor } nodes { balance } } }""", token: sue);
        var cursor = first.Data("accounts", "pageInfo", "endCursor").GetString();
        var second = await client.PostGraphQLAsync($$"""{ accounts(first: 2, after: "{{cursor}}", {{where}}) { pageInfo { hasNextPage } nodes { balance } } }""", token: sue);

        NoErrors(first);
        Assert.True(first.Data("accounts", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal([935m, 735m], first.Data("accounts", "nodes").EnumerateArray().Select(n => n.GetProperty("balance").GetDecimal()));
        Assert.Equal([535m, 335m], second.Data("accounts", "nodes").EnumerateArray().Select(n => n.GetProperty("balance").GetDecimal()));
        Assert.False(second.Data("accounts", "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_node_is_fetched_by_its_id_and_an_invisible_account_is_null_for_a_collector()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var ids = await client.PostGraphQLAsync("query($a: ID!, $c: ID!) { a: account(id: $a) { id } c: account(id: $c) { id } }",
            new { a = world.AnnAccount, c = world.CidAccount }, sue);
        var annId = ids.Data("a", "id").GetString();
        var cidId = ids.Data("c", "id").GetString();

        var result = await client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Account { creditorAccountNumber } } }",
            new { ids = new[] { annId, cidId } }, Tokens.For(world.Ann, "collector"));

        NoErrors(result);
        Assert.Equal($"A-{world.Suffix}", result.Data("nodes")[0].GetProperty("creditorAccountNumber").GetString());
        Assert.Equal(JsonValueKind.Null, result.Data("nodes")[1].ValueKind);
    }

    [Fact]
    public async Task A_collectors_work_queue_holds_their_workable_accounts_in_priority_order()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var ann = await client.PostGraphQLAsync("{ workQueue { rank account { creditorAccountNumber } } }", token: Tokens.For(world.Ann, "collector"));
        var bob = await client.PostGraphQLAsync("{ workQueue { rank priority reason account { creditorAccountNumber } } }", token: Tokens.For(world.Bob, "collector"));

        NoErrors(bob);
        // Ann's only account has an active dispute hold: nothing to work.
        Assert.Equal(0, ann.Data("workQueue").GetArrayLength());
        // 735 owed (700 + 25 interest + 10 fees), delinquent since 2025-11-01: past a year, so ×0.3.
        Assert.Equal($$$"""[{"rank":1,"priority":220.50,"reason":"NEVER_CONTACTED","account":{"creditorAccountNumber":"B-{{{world.Suffix}}}"}}]""",
            bob.Data("workQueue").GetRawText());
    }

    [Fact]
    public async Task The_audit_trail_is_for_supervisors_and_admins_only()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        await client.PostGraphQLAsync("query($id: ID!) { debtor(id: $id) { displayName } }", new { id = world.Debtor }, Tokens.For(world.Ann, "collector"));
        var query = $$"""{ auditTrail(where: { entityId: { eq: "{{world.Debtor}}" } }) { nodes { actor action entityType } } }""";

        var asCollector = await client.PostGraphQLAsync(query, token: Tokens.For(world.Ann, "collector"));
        JsonElement asSupervisor = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            asSupervisor = await client.PostGraphQLAsync(query, token: Tokens.For(world.Sue, "supervisor"));
            if (asSupervisor.Data("auditTrail", "nodes").GetArrayLength() > 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("AUTH_NOT_AUTHORIZED", asCollector.Code());
        Assert.Equal($$"""[{"actor":"{{world.Ann}}","action":"read-debtor","entityType":"Debtor"}]""", asSupervisor.Data("auditTrail", "nodes").GetRawText());
    }
}
