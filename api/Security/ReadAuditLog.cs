using System.Threading.Channels;
using DebtHub.Domain.Audit;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Api.Security;

/// <summary>
/// Records each read of personal data (who, which role, which entity; ids only, never the data) in the audit log.
/// Reads must not wait on the audit table, so entries queue here and a background writer copies them to PostgreSQL
/// in batches (binary COPY: one round trip per batch). Shutdown drains the queue.
/// </summary>
internal sealed class ReadAuditLog(NpgsqlDataSource dataSource, TimeProvider time, ILogger<ReadAuditLog> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<AuditEntry> _queue = Channel.CreateBounded<AuditEntry>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>Queues a read of <paramref name="entityType"/> <paramref name="entityId"/> by <paramref name="user"/>.</summary>
    public void RecordRead(CurrentUser user, string action, string entityType, Guid entityId)
    {
        var entry = AuditEntry.Record(user.UserName, user.Role, action, entityType, entityId, null, time.GetUtcNow());
        if (!_queue.Writer.TryWrite(entry))
        {
            // A full queue means the database is far behind; wait rather than lose the record.
            _queue.Writer.WriteAsync(entry).AsTask().GetAwaiter().GetResult();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditEntry>(BatchSize);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Stopping: write what is still queued.
        while (reader.TryRead(out var left))
        {
            batch.Add(left);
        }

        await WriteAsync(batch, CancellationToken.None);
    }

    private async Task WriteAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var copy = await connection.BeginBinaryImportAsync(
                    "COPY audit_log (id, at, actor, actor_role, action, entity_type, entity_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
                foreach (var entry in batch)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(entry.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(entry.At, NpgsqlDbType.TimestampTz, cancellationToken);
                    await copy.WriteAsync(entry.Actor, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(entry.ActorRole, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(entry.Action, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(entry.EntityType, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(entry.EntityId, NpgsqlDbType.Uuid, cancellationToken);
                }

                await copy.CompleteAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (attempt < 5)
            {
                Log.AuditWriteRetry(logger, batch.Count, attempt, exception);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
        }
    }
}

internal static partial class Log
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Writing {Count} audit entries failed (attempt {Attempt}); retrying")]
    public static partial void AuditWriteRetry(ILogger logger, int count, int attempt, Exception exception);
}
