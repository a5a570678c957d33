using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>
/// Each paid provider's spend per month. A charge is one statement: the row is created or increased only when the new
/// total stays within the budget, and PostgreSQL's row lock on the conflicting row makes concurrent charges queue and
/// re-check, so the budget is never overspent however many lookups run at once, on however many API instances.
/// </summary>
public sealed class SkipTraceBudgets(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private const string ChargeSql = """
        insert into skip_trace_budgets as b (provider, month, spent, currency, lookups)
        select $1, $2, $3, $4, $6 where $3 <= $5
        on conflict (provider, month) do update set spent = b.spent + excluded.spent, lookups = b.lookups + excluded.lookups
        where b.spent + excluded.spent <= $5
        returning spent
        """;

    private const string RefundSql = """
        update skip_trace_budgets set spent = greatest(spent - $3, 0), lookups = greatest(lookups - $4, 0)
        where provider = $1 and month = $2
        """;

    /// <summary>The first day of the current month, UTC: the budget period a charge now falls in.</summary>
    public DateOnly CurrentMonth()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>Adds <paramref name="cost"/> for <paramref name="lookups"/> lookups when it fits the budget; false (nothing changed) when not.</summary>
    public async Task<bool> TryChargeAsync(string provider, DateOnly month, decimal cost, string currency, decimal budget, int lookups, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ChargeSql);
        command.Parameters.Add(new NpgsqlParameter { Value = provider });
        command.Parameters.Add(new NpgsqlParameter { Value = month, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = cost, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = currency });
        command.Parameters.Add(new NpgsqlParameter { Value = budget, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = lookups });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Gives back a charge for a lookup the vendor did not answer (it failed, or throttled us).</summary>
    public async Task RefundAsync(string provider, DateOnly month, decimal cost, int lookups, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(RefundSql);
        command.Parameters.Add(new NpgsqlParameter { Value = provider });
        command.Parameters.Add(new NpgsqlParameter { Value = month, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = cost, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = lookups });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
