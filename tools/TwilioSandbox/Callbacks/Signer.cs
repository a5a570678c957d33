using System.Security.Cryptography;
using System.Text;

namespace DebtHub.TwilioSandbox.Callbacks;

/// <summary>
/// Signs a callback as Twilio does: Base64(HMAC-SHA1(AuthToken, url + each parameter name and value, names sorted
/// ordinally)). Written independently of the dialer's validator so the end-to-end test checks one against the other.
/// </summary>
public static class Signer
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var text = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
