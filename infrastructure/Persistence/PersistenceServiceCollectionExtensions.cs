using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DebtHub.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>PostgreSQL through one pooled data source, shared by EF Core, the migrator and bulk loaders.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not configured (./debthub sets it for local runs).");
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddPooledDbContextFactory<DebtHubDbContext>((provider, options) =>
            Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<DebtHubDbContext>>().CreateDbContext());
        services.AddOptions<Accounts.PaymentOptions>().BindConfiguration(Accounts.PaymentOptions.Section)
            .Validate(o => o.IsValid, "Payments:ApplicationOrder must name Principal, Interest and Fees once each.")
            .ValidateOnStart();
        services.AddSingleton(provider => new Accounts.PaymentPoster(
            provider.GetRequiredService<IDbContextFactory<DebtHubDbContext>>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Accounts.PaymentOptions>>().Value));
        services.AddSingleton<Accounts.BalanceCheck>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
}
