using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DebtHub.Cli.Commands;

/// <summary>
/// Mints a development JWT (HS256, 12 hours) signed with Auth:SigningKey from the environment, for trying the API with
/// curl or the GraphQL IDE. Production tokens come from the identity provider, not from here.
/// </summary>
internal static class TokenCommand
{
    private static readonly string[] Roles = ["collector", "supervisor", "admin", "integration"];

    public static int Run(CommandOptions options)
    {
        var user = options.Get("user");
        var role = options.Get("role");
        if (string.IsNullOrWhiteSpace(user) || role is null || !Roles.Contains(role))
        {
            Console.Error.WriteLine($"usage: ./debthub token --user NAME --role {string.Join('|', Roles)}");
            return 2;
        }

        var key = Environment.GetEnvironmentVariable("Auth__SigningKey");
        if (string.IsNullOrWhiteSpace(key))
        {
            Console.Error.WriteLine("Auth__SigningKey is not set (./debthub sets it from .data/secrets.env).");
            return 1;
        }

        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = user,
            ["role"] = role,
            ["iss"] = "debthub-dev",
            ["aud"] = "debthub",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (12 * 3600),
        }));
        var signature = Base64Url(HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        Console.WriteLine($"{header}.{payload}.{signature}");
        return 0;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
