using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DebtHub.Api.Tests.Support;

/// <summary>Development tokens for tests, shaped like <c>./debthub token</c> mints them (HS256, iss debthub-dev, aud debthub).</summary>
public static class Tokens
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)i).ToArray());

    public static string For(string user, string role, string? key = null, DateTimeOffset? expires = null, string issuer = "debthub-dev")
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "debthub",
            IssuedAt = now.UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = user, ["role"] = role },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
