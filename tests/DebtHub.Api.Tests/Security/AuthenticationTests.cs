using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Security;

public sealed class AuthenticationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = "query($id: ID!) { account(id: $id) { creditorAccountNumber } }";

    [Fact]
    public async Task An_anonymous_request_gets_null_and_AUTH_NOT_AUTHENTICATED_with_HTTP_200()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.Code());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Data("account").ValueKind);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_treated_as_anonymous()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var forged = Tokens.For(world.Sue, "supervisor", key: Convert.ToBase64String(new byte[48]));

        var result = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount }, forged);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.Code());
    }

    [Fact]
    public async Task An_expired_token_or_one_from_another_issuer_is_refused()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var expired = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount },
            Tokens.For(world.Sue, "supervisor", expires: DateTimeOffset.UtcNow.AddMinutes(-5)));
        var foreign = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount },
            Tokens.For(world.Sue, "supervisor", issuer: "someone-else"));

        Assert.Equal("AUTH_NOT_AUTHENTICATED", expired.Code());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", foreign.Code());
    }

    [Fact]
    public async Task A_valid_supervisor_token_reads_the_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal($"A-{world.Suffix}", result.Data("account", "creditorAccountNumber").GetString());
    }

    [Fact]
    public async Task A_token_with_a_role_DebtHub_does_not_know_is_not_authorized()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, new { id = world.AnnAccount }, Tokens.For(world.Sue, "janitor"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", result.Code());
    }
}
