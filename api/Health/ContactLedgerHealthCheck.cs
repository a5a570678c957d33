using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DebtHub.Api.Health;

/// <summary>
/// Whether the contact ledger grants reservations, and if not, why (Redis unreachable, data lost and rebuilding, not yet
/// rebuilt). Degraded rather than unhealthy: the API still serves everything but new contacts, which fail closed.
/// </summary>
internal sealed class ContactLedgerHealthCheck(IContactLedger ledger) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = ledger.Status;
        return Task.FromResult(status.Ready
            ? HealthCheckResult.Healthy($"Granting contacts since {status.Since:O}: {status.Reason}")
            : HealthCheckResult.Degraded($"Every contact is refused since {status.Since:O}: {status.Reason}"));
    }
}

internal static class ContactLedgerHealthRegistration
{
    /// <summary>The contact ledger's check under /health/ready as "contact-ledger" (the ledger itself: AddContactLedger).</summary>
    public static IServiceCollection AddContactLedgerHealthCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContactLedgerHealthCheck>("contact-ledger", tags: ["ready"]);
        return services;
    }
}
