using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.SkipTracing.Batch;
using DebtHub.Infrastructure.SkipTracing.Providers;
using DebtHub.Infrastructure.SkipTracing.Vendor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.SkipTracing;

public static class SkipTracingServiceCollectionExtensions
{
    /// <summary>
    /// Skip tracing: the providers (internal cross-match, one HTTP adapter per configured vendor), the waterfall, review,
    /// batch files and budgets. Needs AddPersistence and AddSsnProtection. Vendors are read from configuration at start.
    /// </summary>
    public static IServiceCollection AddSkipTracing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SkipTracingOptions>().BindConfiguration(SkipTracingOptions.Section)
            .Validate(o => o.ConfidenceThreshold is >= 0 and <= 100, "SkipTracing:ConfidenceThreshold must be 0 to 100.")
            .Validate(o => o.AutoApplyMinimumConfidence is null or (>= 0 and <= 100), "SkipTracing:AutoApplyMinimumConfidence must be 0 to 100.")
            .Validate(o => o.Waterfall.All(n => n is not null && (n.Equals(InternalCrossMatchProvider.ProviderName, StringComparison.OrdinalIgnoreCase) || o.Vendors.ContainsKey(n))),
                "Every SkipTracing:Waterfall entry must be \"internal\" or a name under SkipTracing:Vendors.")
            .Validate(o => o.Vendors.Values.All(v => v.BaseUrl is not null && !string.IsNullOrWhiteSpace(v.ApiKey) && v.CostPerLookup >= 0 && v.MonthlyBudget >= 0),
                "Each SkipTracing:Vendors entry needs BaseUrl, ApiKey (from the environment or a secret store), CostPerLookup and MonthlyBudget.")
            .ValidateOnStart();
        services.AddSingleton<SkipTraceBudgets>();
        services.AddSingleton<ISkipTraceProvider, InternalCrossMatchProvider>();
        var vendors = configuration.GetSection(SkipTracingOptions.Section).Get<SkipTracingOptions>()?.Vendors ?? [];
        foreach (var name in vendors.Keys)
        {
            services.AddHttpClient($"skiptrace:{name}");
            services.AddSingleton<ISkipTraceProvider>(sp =>
            {
                var vendor = sp.GetRequiredService<IOptions<SkipTracingOptions>>().Value.Vendors[name];
                var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient($"skiptrace:{name}");
                http.BaseAddress = vendor.BaseUrl;
                http.Timeout = TimeSpan.FromSeconds(vendor.TimeoutSeconds);
                return new HttpVendorProvider(name, vendor, http, sp.GetRequiredService<SkipTraceBudgets>(), sp.GetRequiredService<ILogger<HttpVendorProvider>>());
            });
        }

        services.AddSingleton<SkipTraceProviders>();
        services.AddSingleton<SkipTraceWaterfall>();
        services.AddSingleton<SkipTraceReview>();
        services.AddSingleton<SkipTraceBatchExchange>();
        return services;
    }
}
