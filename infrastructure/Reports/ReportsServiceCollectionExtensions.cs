using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Collection KPIs (scoped: the compliance snapshot asks the request's contact gate).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddScoped<CollectionReports>();
}
