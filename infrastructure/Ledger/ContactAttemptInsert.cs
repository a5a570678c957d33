using DebtHub.Domain.Contact;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// The confirmed attempt's row, written by one prepared INSERT: every placed call writes one, and EF Core's change
/// tracking and SQL generation cost more CPU than the rest of the write (bench/README.md, Dialer). The columns are
/// ContactAttemptConfiguration's, enums by name as EF stores them; a test compares <see cref="Columns"/> with the EF
/// model, so a new property cannot be left out silently.
/// </summary>
internal static class ContactAttemptInsert
{
    internal static readonly string[] Columns =
    [
        "id", "debtor_id", "account_ids", "debt_keys", "counted_debt_keys", "channel", "mode", "destination", "destination_use",
        "direction", "placed_at", "connect_result", "disposition", "conversation_took_place", "counts_toward_frequency", "exclusion",
        "responds_to_consumer_request", "collector_id", "campaign_id", "rule_set_version", "zone_ids", "zone_local_times",
        "recorded_at", "abandoned_at",
    ];

    private static readonly string Sql =
        $"insert into contact_attempts ({string.Join(", ", Columns)}) values ({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})";

    public static async Task InsertAsync(NpgsqlDataSource dataSource, ContactAttempt attempt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection)
        {
            Parameters =
            {
                Value(attempt.Id, NpgsqlDbType.Uuid),
                Value(attempt.DebtorId, NpgsqlDbType.Uuid),
                Value(attempt.AccountIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                Value(attempt.DebtKeys, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                Value(attempt.CountedDebtKeys, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                Value(attempt.Channel.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.Mode?.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.Destination, NpgsqlDbType.Varchar),
                Value(attempt.DestinationUse?.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.Direction.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.PlacedAt, NpgsqlDbType.TimestampTz),
                Value(attempt.ConnectResult?.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.Disposition.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.ConversationTookPlace, NpgsqlDbType.Boolean),
                Value(attempt.CountsTowardFrequency, NpgsqlDbType.Boolean),
                Value(attempt.Exclusion.ToString(), NpgsqlDbType.Varchar),
                Value(attempt.RespondsToConsumerRequest, NpgsqlDbType.Boolean),
                Value(attempt.CollectorId, NpgsqlDbType.Uuid),
                Value(attempt.CampaignId, NpgsqlDbType.Uuid),
                Value(attempt.RuleSetVersion, NpgsqlDbType.Varchar),
                Value(attempt.ZoneIds, NpgsqlDbType.Array | NpgsqlDbType.Text),
                Value(attempt.ZoneLocalTimes, NpgsqlDbType.Array | NpgsqlDbType.Timestamp),
                Value(attempt.RecordedAt, NpgsqlDbType.TimestampTz),
                Value(attempt.AbandonedAt, NpgsqlDbType.TimestampTz),
            },
        };

        // Prepared once per physical connection; later uses of a pooled connection skip the parse.
        await command.PrepareAsync(cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Value(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
