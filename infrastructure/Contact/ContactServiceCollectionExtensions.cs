using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Contact;

public static class ContactServiceCollectionExtensions
{
    /// <summary>The contact gateway and its facts loader. Needs AddPersistence and AddRedis; adds the ledger (and compliance) if missing.</summary>
    public static IServiceCollection AddContactGateway(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IContactLedger)))
        {
            services.AddContactLedger();
        }

        services.AddSingleton<ContactFactsLoader>();
        services.AddSingleton<ContactRefusalLog>();
        services.AddScoped<ContactGateway>();
        return services;
    }
}
