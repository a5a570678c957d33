using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace DebtHub.Api.Health;

/// <summary>Ready only when PostgreSQL answers and the schema is migrated.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select count(*) from schema_migrations");
            var applied = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return HealthCheckResult.Healthy($"{applied} migrations applied");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable or not migrated", e);
        }
    }
}
