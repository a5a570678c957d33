using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio.Webhooks;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> exactly as Twilio computes it: Base64(HMAC-SHA1(AuthToken, url + for each form
/// parameter, in ordinal key order, key + value)); repeated keys contribute each distinct value in ordinal order.
/// The URL is used as configured in Twilio, case, credentials and query included. Because some proxies add or drop
/// the default port, the URL with the port toggled (:443 / :80) is accepted too, as Twilio's own validators do.
/// JSON bodies are signed without parameters and carry <c>bodySHA256</c> (hex SHA-256 of the body) in the query.
/// </summary>
public sealed class TwilioRequestValidator
{
    private readonly byte[] _key;

    public TwilioRequestValidator(IOptions<TwilioOptions> options)
        : this(options.Value.AuthToken)
    {
    }

    internal TwilioRequestValidator(string authToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        _key = Encoding.UTF8.GetBytes(authToken);
    }

    /// <summary>Validates a form POST (or, with no parameters, a GET).</summary>
    public bool IsValid(string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var materialised = parameters.ToList();
        return Candidates(url).Any(candidate => Matches(ComputeSignature(candidate, materialised), signature));
    }

    /// <summary>Validates a JSON-body request: the URL's <c>bodySHA256</c> must be the body's hash and the URL signed.</summary>
    public bool IsValidJsonBody(string url, ReadOnlySpan<byte> body, string? signature)
    {
        var expectedHash = QueryValue(url, "bodySHA256");
        if (expectedHash is null)
        {
            return false;
        }

        var actualHash = Convert.ToHexStringLower(SHA256.HashData(body));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actualHash), Encoding.ASCII.GetBytes(expectedHash))
            && IsValid(url, [], signature);
    }

    /// <summary>The signature Twilio would send for <paramref name="url"/> and <paramref name="parameters"/>.</summary>
    public string ComputeSignature(string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var group in parameters.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(group.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(_key, Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static bool Matches(string computed, string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(computed), Encoding.UTF8.GetBytes(received));

    /// <summary>The URL as given, then with the scheme's default port added or removed.</summary>
    private static IEnumerable<string> Candidates(string url)
    {
        yield return url;
        if (TogglePort(url) is { } toggled)
        {
            yield return toggled;
        }
    }

    /// <summary>
    /// Adds or removes :443 (https) / :80 (http) by string surgery: <see cref="Uri"/> would lower-case the host and
    /// scheme, which are part of what Twilio signed.
    /// </summary>
    internal static string? TogglePort(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var scheme = url[..schemeEnd];
        var defaultPort = scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? "443"
            : scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ? "80" : null;
        if (defaultPort is null)
        {
            return null;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        var hostStart = authority.LastIndexOf('@') + 1;
        var portColon = authority.LastIndexOf(':');
        var hasPort = portColon >= hostStart && portColon > authority.LastIndexOf(']');
        string toggled;
        if (hasPort)
        {
            if (authority[(portColon + 1)..] != defaultPort)
            {
                return null;
            }

            toggled = authority[..portColon];
        }
        else
        {
            toggled = authority + ":" + defaultPort;
        }

        return string.Concat(url.AsSpan(0, authorityStart), toggled, url.AsSpan(authorityEnd));
    }

    private static string? QueryValue(string url, string name)
    {
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return null;
        }

        var fragment = url.IndexOf('#', queryStart);
        var query = fragment < 0 ? url[(queryStart + 1)..] : url[(queryStart + 1)..fragment];
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == name)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}
