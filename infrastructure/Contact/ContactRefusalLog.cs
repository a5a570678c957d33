using DebtHub.Domain.Contact;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// Writes each refused permit (<see cref="ContactRefusal"/>) on a connection of its own, so the refusal is kept even when
/// the caller's unit of work rolls back. One prepared single-row INSERT per refused permit, a debtor's refusals in one batch (plain Npgsql: a
/// profile of pacing rounds showed EF's change tracking and SQL generation as most of this write's CPU; bench/README).
/// The dialer asks for a permit only for an account it has claimed to dial (as many as pacing opens lines for), and a
/// refused account then waits in the hopper until the instant the gate named, so refusals grow with dial attempts, not
/// with the hopper's probes. Columns and enum names match ContactRefusalConfiguration (the report reads them with EF).
/// </summary>
public sealed partial class ContactRefusalLog(NpgsqlDataSource dataSource, ILogger<ContactRefusalLog> logger)
{
    private const string Insert = """
        insert into contact_refusals (id, decided_at, debtor_id, account_ids, channel, mode, purpose, destination_id, rule_ids,
                                      rule_set_version, next_allowed_at, campaign_id, collector_id)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        """;

    /// <summary>
    /// Writes the refusals in one round trip (a dialer asking about each of a debtor's numbers refuses several at once).
    /// Never throws for a failed write: the refusals stand whether or not they could be recorded.
    /// </summary>
    public async Task RecordAsync(IReadOnlyList<ContactRefusal> refusals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        if (refusals.Count == 0)
        {
            return;
        }

        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var refusal in refusals)
            {
                batch.BatchCommands.Add(InsertOf(refusal));
            }

            // Prepared once per physical connection; later uses of a pooled connection skip the parse.
            await batch.PrepareAsync(cancellationToken);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var refusal in refusals)
            {
                LogNotRecorded(logger, ex, refusal.Id, refusal.DebtorId);
            }
        }
    }

    private static NpgsqlBatchCommand InsertOf(ContactRefusal refusal) => new(Insert)
    {
        Parameters =
        {
            new() { Value = refusal.Id, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = refusal.DecidedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new() { Value = refusal.DebtorId, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = refusal.AccountIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
            new() { Value = refusal.Channel.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar },
            new() { Value = refusal.Mode.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar },
            new() { Value = refusal.Purpose.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar },
            new() { Value = refusal.DestinationId, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = refusal.RuleIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new() { Value = refusal.RuleSetVersion, NpgsqlDbType = NpgsqlDbType.Varchar },
            new() { Value = (object?)refusal.NextAllowedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new() { Value = (object?)refusal.CampaignId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = (object?)refusal.CollectorId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
        },
    };

    [LoggerMessage(5153, LogLevel.Warning, "Refusal {RefusalId} for debtor {DebtorId} could not be recorded; the report will not count it")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, Guid refusalId, Guid debtorId);
}
