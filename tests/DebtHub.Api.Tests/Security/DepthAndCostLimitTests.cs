using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Security;

public sealed class DepthAndCostLimitTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        const string deep = """
            query($id: ID!) { account(id: $id) { debtor { accounts { debtor { accounts { debtor { accounts { debtor {
              accounts { debtor { accounts { debtor { displayName } } } } } } } } } } } } }
            """;

        var result = await client.PostGraphQLAsync(deep, new { id = world.AnnAccount }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal("MAX_DEPTH_EXCEEDED", result.Code());
        Assert.False(result.TryGetProperty("data", out _));
    }
}
