using System.IdentityModel.Tokens.Jwt;
using System.Text;
using System.Text.Json;
using DebtHub.Infrastructure.Tests.Twilio.Support;
using DebtHub.Infrastructure.Twilio.AccessTokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using static DebtHub.Infrastructure.Tests.Twilio.Support.TwilioTestServices;

namespace DebtHub.Infrastructure.Tests.Twilio;

public sealed class VoiceTokenTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static ServiceProvider Services(string? ttl = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:ApiKeySid"] = ApiKeySid,
            ["Twilio:ApiKeySecret"] = ApiKeySecret,
            ["Twilio:Voice:OutgoingApplicationSid"] = ApplicationSid,
        };
        if (ttl is not null)
        {
            settings["Twilio:Voice:TokenLifetime"] = ttl;
        }

        return Build("https://api.twilio.com", time: new RecordingTimeProvider(_now), extra: settings);
    }

    [Fact]
    public void The_token_verifies_with_the_api_key_secret_and_carries_the_voice_grant()
    {
        using var services = Services();
        var token = services.GetRequiredService<CollectorVoiceTokenIssuer>().Issue("collector_42");

        var handler = new JwtSecurityTokenHandler();
        handler.ValidateToken(token.Jwt, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiKeySecret)),
            ValidIssuer = ApiKeySid,
            ValidateAudience = false,
            LifetimeValidator = (_, _, _, _) => true,
        }, out var validated);
        var jwt = (JwtSecurityToken)validated;

        Assert.Equal("HS256", jwt.Header.Alg);
        Assert.Equal("twilio-fpa;v=1", jwt.Header.Cty);
        Assert.Equal(AccountSid, jwt.Subject);
        Assert.Equal(_now.AddHours(1), token.ExpiresAt);
        Assert.Equal(_now.AddHours(1).ToUnixTimeSeconds(), long.Parse(jwt.Payload["exp"].ToString()!, System.Globalization.CultureInfo.InvariantCulture));
        using var grants = JsonDocument.Parse(jwt.Payload["grants"].ToString()!);
        Assert.Equal("collector_42", grants.RootElement.GetProperty("identity").GetString());
        var voice = grants.RootElement.GetProperty("voice");
        Assert.True(voice.GetProperty("incoming").GetProperty("allow").GetBoolean());
        Assert.Equal(ApplicationSid, voice.GetProperty("outgoing").GetProperty("application_sid").GetString());
    }

    [Fact]
    public void A_token_signed_with_another_secret_does_not_verify()
    {
        using var services = Services();
        var token = services.GetRequiredService<CollectorVoiceTokenIssuer>().Issue("collector_42");

        Assert.ThrowsAny<SecurityTokenException>(() => new JwtSecurityTokenHandler().ValidateToken(token.Jwt, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-secret-that-is-long-enough-too")),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        }, out _));
    }

    [Fact]
    public void Lifetimes_beyond_24_hours_and_odd_identities_are_refused()
    {
        using var services = Services();
        var issuer = services.GetRequiredService<CollectorVoiceTokenIssuer>();

        Assert.Throws<ArgumentOutOfRangeException>(() => issuer.Issue("collector_42", TimeSpan.FromHours(25)));
        Assert.Throws<ArgumentException>(() => issuer.Issue("collector-42 <script>"));
        Assert.Equal(_now.AddHours(24), issuer.Issue("collector_42", TimeSpan.FromHours(24)).ExpiresAt);
    }

    [Fact]
    public void A_configured_lifetime_over_24_hours_fails_at_start_up()
    {
        using var services = Services("1.01:00:00");

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<CollectorVoiceTokenIssuer>().Issue("collector_42"));
    }
}
