using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Infrastructure.Compliance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DebtHub.Infrastructure.Ledger;

public static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// The contact ledger and its maintenance loop. Needs AddPersistence and AddRedis; adds the compliance rule sets if
    /// they are not registered yet (the ledger's limits are their numbers). Calling it again changes nothing.
    /// </summary>
    public static IServiceCollection AddContactLedger(this IServiceCollection services)
    {
        // Once per container: a second maintenance loop would only repeat the first one's work.
        if (services.Any(d => d.ServiceType == typeof(IContactLedger)))
        {
            return services;
        }

        if (!services.Any(d => d.ServiceType == typeof(RuleSetSchedule)))
        {
            services.AddCompliance();
        }

        services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LedgerReadiness>();
        services.AddSingleton<LedgerHistory>();
        services.AddSingleton<IContactLedger, RedisContactLedger>();
        services.AddSingleton<LedgerMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<LedgerMaintenance>());
        return services;
    }
}
