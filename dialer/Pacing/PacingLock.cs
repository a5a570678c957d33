using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>
/// One transaction holding PostgreSQL's transaction-level advisory lock on the shared collector pool: a round reads the
/// idle collectors and every line out, decides and claims its lines, and commits, before any other campaign's round on
/// any instance reads the pool. Without it two rounds at the same instant both see the last free collector and both
/// dial for them. Placing the calls happens after the commit (the claims, recorded with their collector, are lines out
/// for the next round), so the lock is held only for the decision and the claim.
/// </summary>
public sealed class PacingLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key, shared by every dialer instance ('DHPOOL' in ASCII).</summary>
    private const long Key = 0x4448_504F_4F4C;

    private PacingLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    internal NpgsqlConnection Connection { get; }

    internal NpgsqlTransaction Transaction { get; }

    public static async Task<PacingLock> AcquireAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"select pg_advisory_xact_lock({Key})", connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PacingLock(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Commits the claims and releases the lock.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back what was not committed (the claims) and releases the lock.</summary>
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
