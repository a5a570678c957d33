using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Collection KPIs (stateless: each report opens its own context).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddSingleton<CollectionReports>();
}
