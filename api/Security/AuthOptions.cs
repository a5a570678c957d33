namespace DebtHub.Api.Security;

/// <summary>How bearer tokens are checked. The key comes from configuration or the environment (Auth__SigningKey).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The HS256 key, base64 (at least 32 bytes); ./debthub makes one for local runs.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "debthub-dev";

    public string Audience { get; set; } = "debthub";

    public byte[] KeyBytes() => Convert.FromBase64String(SigningKey);
}
