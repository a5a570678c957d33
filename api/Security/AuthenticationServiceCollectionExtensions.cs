using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DebtHub.Api.Security;

internal static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer authentication (HS256, issuer and audience checked, 30 s clock skew). Anonymous requests still reach
    /// GraphQL: fields decide with <c>@authorize</c> and answer with AUTH_NOT_AUTHENTICATED, as HotChocolate does.
    /// </summary>
    public static IServiceCollection AddDebtHubAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => IsKey(o.SigningKey), "Auth:SigningKey must be set: base64, at least 32 bytes (./debthub makes one).")
            .ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((bearer, auth) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = Parameters(auth.Value);
            });
        services.AddSingleton<WebSocketAuthenticator>();
        return services;
    }

    public static TokenValidationParameters Parameters(AuthOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(options.KeyBytes()),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = JwtClaims.Subject,
        RoleClaimType = JwtClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    private static bool IsKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= 32;
    }
}

/// <summary>
/// Browsers cannot set headers on a WebSocket, so graphql-transport-ws clients send the token in the
/// <c>connection_init</c> payload (<c>{"authorization": "Bearer ..."}</c>); the upgrade request's header also works.
/// A present but invalid token refuses the connection (4403); no token leaves it anonymous.
/// </summary>
internal sealed class WebSocketAuthenticator(IOptionsMonitor<JwtBearerOptions> bearer)
{
    public async ValueTask<bool> OnConnectAsync(HttpContext context, JsonElement? payload)
    {
        var header = payload is { ValueKind: JsonValueKind.Object } body && Authorization(body) is { } fromPayload
            ? fromPayload
            : context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler { MapInboundClaims = false };
        var result = await handler.ValidateTokenAsync(header[scheme.Length..].Trim(), options.TokenValidationParameters);
        if (!result.IsValid)
        {
            return false;
        }

        context.User = new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity);
        return true;
    }

    private static string? Authorization(JsonElement payload)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
