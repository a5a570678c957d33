using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Voice;

public sealed class CollectorVoiceTokenTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = "{ collectorVoiceToken { token identity expiresAt } }";

    [Fact]
    public async Task A_collector_gets_a_softphone_token_Twilio_accepts_for_their_own_client_identity()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, token: Tokens.For(world.Ann, "collector"));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var voice = result.Data("collectorVoiceToken");
        Assert.Equal($"collector_{world.AnnId:N}", voice.GetProperty("identity").GetString());

        var parts = voice.GetProperty("token").GetString()!.Split('.');
        Assert.Equal(3, parts.Length);
        // Twilio checks the HS256 signature with the API key secret; a wrong one means the softphone never registers.
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiFactory.VoiceApiKeySecret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.Equal(Base64Url(expected), parts[2]);
        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        Assert.Equal("twilio-fpa;v=1", header.RootElement.GetProperty("cty").GetString());
        using var payload = JsonDocument.Parse(FromBase64Url(parts[1]));
        var claims = payload.RootElement;
        Assert.Equal(ApiFactory.VoiceApiKeySid, claims.GetProperty("iss").GetString());
        Assert.Equal("AC00000000000000000000000000000000", claims.GetProperty("sub").GetString());
        var grants = claims.GetProperty("grants");
        Assert.Equal($"collector_{world.AnnId:N}", grants.GetProperty("identity").GetString());
        Assert.True(grants.GetProperty("voice").GetProperty("incoming").GetProperty("allow").GetBoolean());
        Assert.Equal(ApiFactory.VoiceApplicationSid, grants.GetProperty("voice").GetProperty("outgoing").GetProperty("application_sid").GetString());
        Assert.Equal(
            DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64()),
            voice.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Two_collectors_get_different_identities_so_a_routed_call_rings_only_one_headset()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var ann = await client.PostGraphQLAsync(Query, token: Tokens.For(world.Ann, "collector"));
        var bob = await client.PostGraphQLAsync(Query, token: Tokens.For(world.Bob, "collector"));

        Assert.NotEqual(
            ann.Data("collectorVoiceToken").GetProperty("identity").GetString(),
            bob.Data("collectorVoiceToken").GetProperty("identity").GetString());
    }

    [Fact]
    public async Task Without_a_token_no_softphone_token_is_issued()
    {
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.Code());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task An_integration_client_is_not_given_a_softphone()
    {
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, token: Tokens.For("billing-sync", "integration"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", result.Code());
    }

    [Fact]
    public async Task A_user_who_is_not_on_record_as_a_collector_gets_a_clear_error()
    {
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Query, token: Tokens.For($"ghost{Guid.NewGuid():N}"[..12], "collector"));

        Assert.Equal("NOT_A_COLLECTOR", result.Code());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
