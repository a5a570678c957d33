using System.Security.Claims;

namespace DebtHub.Api.Security;

/// <summary>
/// Who is asking, from the validated token: the user name (<c>sub</c>, the collector's user name) and the role. The
/// collector id and team are not in the token; queries that need them join on the user name in SQL, so knowing them
/// costs no extra round trip.
/// </summary>
internal sealed record CurrentUser(string UserName, string Role)
{
    public bool IsCollector => Role == Roles.Collector;

    /// <summary>Supervisors and admins see every account and the full SSN.</summary>
    public bool IsSupervisorOrAdmin => Role is Roles.Supervisor or Roles.Admin;

    public bool SeesEveryAccount => Role != Roles.Collector;

    /// <summary>The user of an authenticated principal; null for an anonymous one.</summary>
    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var name = principal.FindFirstValue(JwtClaims.Subject);
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        return name is null || role is null ? null : new CurrentUser(name.ToLowerInvariant(), role);
    }
}

internal static class JwtClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
}
