namespace DebtHub.Infrastructure.Twilio.AccessTokens;

/// <summary>
/// The Twilio client identity of a collector's softphone: the token grants it and routed calls dial it
/// (<c>&lt;Dial&gt;&lt;Client&gt;</c>). Made from the collector's id, never the name, so no personal data reaches Twilio.
/// </summary>
public static class CollectorClientIdentity
{
    private const string Prefix = "collector_";

    public static string For(Guid collectorId) => Prefix + collectorId.ToString("N");

    public static bool TryParse(string identity, out Guid collectorId)
    {
        collectorId = Guid.Empty;
        return identity.StartsWith(Prefix, StringComparison.Ordinal)
            && Guid.TryParseExact(identity.AsSpan(Prefix.Length), "N", out collectorId);
    }
}
