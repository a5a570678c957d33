using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio.AccessTokens;

/// <summary>A collector's softphone credential for Twilio's Voice JS SDK, and when it stops working.</summary>
public sealed record CollectorVoiceToken(string Jwt, string Identity, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues Twilio access tokens (HS256 JWTs signed with an API key secret, header <c>cty: twilio-fpa;v=1</c>) with a
/// voice grant: outgoing calls through the configured TwiML App, incoming calls to the collector's client identity.
/// </summary>
public sealed partial class CollectorVoiceTokenIssuer(IOptions<TwilioOptions> options, TimeProvider time)
{
    /// <summary>Twilio rejects access tokens that live longer than 24 hours (error 20157).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    /// <summary>Whether an API key and the TwiML App are configured, so tokens can be issued.</summary>
    public bool IsConfigured =>
        !string.IsNullOrEmpty(options.Value.ApiKeySid)
        && !string.IsNullOrEmpty(options.Value.ApiKeySecret)
        && !string.IsNullOrEmpty(options.Value.Voice.OutgoingApplicationSid);

    public CollectorVoiceToken Issue(string identity, TimeSpan? lifetime = null)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ApiKeySid) || string.IsNullOrEmpty(settings.ApiKeySecret))
        {
            throw new InvalidOperationException("Softphone tokens need Twilio:ApiKeySid and Twilio:ApiKeySecret.");
        }

        if (string.IsNullOrEmpty(settings.Voice.OutgoingApplicationSid))
        {
            throw new InvalidOperationException("Softphone tokens need Twilio:Voice:OutgoingApplicationSid (the TwiML App).");
        }

        if (!IdentityPattern().IsMatch(identity))
        {
            throw new ArgumentException("A client identity uses only letters, digits and '_' (at most 121 characters).", nameof(identity));
        }

        var ttl = lifetime ?? settings.Voice.TokenLifetime;
        if (ttl <= TimeSpan.Zero || ttl > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), ttl, "A token lives more than 0 and at most 24 hours.");
        }

        var now = time.GetUtcNow();
        var expiresAt = now + ttl;
        var header = new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT", ["cty"] = "twilio-fpa;v=1" };
        var payload = new Dictionary<string, object>
        {
            ["jti"] = $"{settings.ApiKeySid}-{now.ToUnixTimeSeconds()}",
            ["iss"] = settings.ApiKeySid,
            ["sub"] = settings.AccountSid,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expiresAt.ToUnixTimeSeconds(),
            ["grants"] = new Dictionary<string, object>
            {
                ["identity"] = identity,
                ["voice"] = new Dictionary<string, object>
                {
                    ["incoming"] = new Dictionary<string, object> { ["allow"] = true },
                    ["outgoing"] = new Dictionary<string, object> { ["application_sid"] = settings.Voice.OutgoingApplicationSid },
                },
            },
        };

        var signingInput = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.ApiKeySecret), Encoding.ASCII.GetBytes(signingInput));
        return new CollectorVoiceToken($"{signingInput}.{Base64Url(signature)}", identity, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9_]{1,121}$")]
    private static partial Regex IdentityPattern();
}
