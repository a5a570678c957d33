namespace DebtHub.Infrastructure.Twilio;

/// <summary>
/// Configuration section <c>Twilio</c>. Secrets (AuthToken, ApiKeySecret) come from user secrets or the environment
/// (<c>Twilio__AuthToken</c>), never from files in the repository.
/// </summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>https://api.twilio.com for Twilio; the sandbox's address (e.g. http://127.0.0.1:5090) locally.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.twilio.com");

    public string AccountSid { get; set; } = "";

    /// <summary>Signs webhooks (always) and authenticates REST requests when no API key is configured.</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>Optional API key (SK…) for REST requests; required for collector softphone tokens.</summary>
    public string? ApiKeySid { get; set; }

    public string? ApiKeySecret { get; set; }

    /// <summary>How many REST requests may be in flight at once; Twilio answers 429 beyond its concurrency limit.</summary>
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>How many times a request refused with 429 is sent again (Twilio never processes a refused request).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The public address Twilio uses for our webhooks (scheme, host, port, path prefix), needed to check signatures
    /// behind a proxy or tunnel. When empty, the URL of the incoming request is used.
    /// </summary>
    public Uri? PublicWebhookBaseUrl { get; set; }

    public TwilioVoiceOptions Voice { get; set; } = new();
}

public sealed class TwilioVoiceOptions
{
    /// <summary>The TwiML App (AP…) whose Voice URL serves collectors' outgoing softphone calls.</summary>
    public string? OutgoingApplicationSid { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
