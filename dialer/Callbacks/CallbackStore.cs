using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Dialer.Callbacks;

/// <summary>A due callback one dialer instance holds under its lease, with what routing matches a collector on.</summary>
/// <param name="LapsedAt">When an earlier holder's lease ran out unsettled (it may have dialed); null on a first claim.</param>
public sealed record ClaimedCallback(
    Guid Id, Guid AccountId, Guid PhoneId, Guid? CollectorId, Guid? CampaignId, DateTimeOffset DueAt, DateTimeOffset NextTryAt,
    string State, string Language, DateTimeOffset? LapsedAt);

/// <summary>
/// The scheduled_callbacks rows as the dialer works them (migration 0018): due ones are claimed under a lease with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two instances never hold one at once, and each claim ends in exactly one
/// settlement: dialed (with its attempt), blocked until the gate's next time, closed (not possible, missed), or
/// released to wait for a collector.
/// </summary>
public sealed class CallbackStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> open callbacks due at <paramref name="now"/>, oldest first, skipping those
    /// another instance holds and those whose account a pacing round of their campaign holds now (the round is about to
    /// dial it; the callback looks again at the next run).
    /// </summary>
    public async Task<IReadOnlyList<ClaimedCallback>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            with due as (
                select c.id, c.claimed_until as lapsed from scheduled_callbacks c
                 where c.status in ('Scheduled', 'Blocked') and c.next_try_at <= @now
                   and (c.claimed_until is null or c.claimed_until < @now)
                   and not exists (select 1 from campaign_hopper h
                                    where h.campaign_id = c.campaign_id and h.account_id = c.account_id and h.claimed_until > @now)
                 order by c.next_try_at, c.id
                 limit @limit
                   for update of c skip locked)
            update scheduled_callbacks c set claimed_until = @until
              from due, accounts a, debtors d
             where c.id = due.id and a.id = c.account_id and d.id = a.debtor_id
            returning c.id, c.account_id, c.phone_id, c.collector_id, c.campaign_id, c.due_at, c.next_try_at,
                      upper(a.governing_state), lower(d.preferred_language), due.lapsed
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("until", now + lease);
        command.Parameters.AddWithValue("limit", limit);
        var claimed = new List<ClaimedCallback>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedCallback(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), Nullable<Guid>(reader, 3), Nullable<Guid>(reader, 4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7), reader.GetString(8),
                Nullable<DateTimeOffset>(reader, 9)));
        }

        return claimed;
    }

    /// <summary>
    /// The call attempt to the callback's account placed since <paramref name="since"/> in its campaign, if any: what a
    /// holder that died after placing it left behind.
    /// </summary>
    public async Task<Guid?> AttemptSinceAsync(ClaimedCallback callback, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select id from contact_attempts
             where @account = any(account_ids) and channel = 'Call' and direction = 'Outbound'
               and campaign_id is not distinct from @campaign and placed_at >= @since
             order by placed_at limit 1
            """);
        command.Parameters.AddWithValue("account", callback.AccountId);
        command.Parameters.Add(new NpgsqlParameter("campaign", NpgsqlDbType.Uuid) { Value = (object?)callback.CampaignId ?? DBNull.Value });
        command.Parameters.AddWithValue("since", since);
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? id : null;
    }

    /// <summary>Placed through the gate: closed as dialed, linked to its attempt.</summary>
    public Task DialedAsync(Guid id, Guid attemptId, DateTimeOffset now, CancellationToken cancellationToken) => SettleAsync(
        "status = 'Dialed', attempt_id = @attempt, blocked_by = '{}', closed_at = @now",
        c =>
        {
            c.Parameters.AddWithValue("attempt", attemptId);
            c.Parameters.AddWithValue("now", now);
        },
        id,
        cancellationToken);

    /// <summary>The gate refused it now and named a time: it waits, released, until <paramref name="nextTry"/>.</summary>
    public Task BlockedAsync(Guid id, IReadOnlyCollection<string> ruleIds, DateTimeOffset nextTry, CancellationToken cancellationToken) => SettleAsync(
        "status = 'Blocked', blocked_by = @rules, next_try_at = @next",
        c =>
        {
            c.Parameters.Add(Rules(ruleIds));
            c.Parameters.AddWithValue("next", nextTry);
        },
        id,
        cancellationToken);

    /// <summary>Closed without a call: not possible (with the rules that stand in the way) or missed (no rules).</summary>
    public Task ClosedAsync(Guid id, string status, IReadOnlyCollection<string> ruleIds, Guid? attemptId, DateTimeOffset now, CancellationToken cancellationToken) => SettleAsync(
        "status = @status, blocked_by = @rules, attempt_id = @attempt, closed_at = @now",
        c =>
        {
            c.Parameters.AddWithValue("status", status);
            c.Parameters.Add(Rules(ruleIds));
            c.Parameters.Add(new NpgsqlParameter("attempt", NpgsqlDbType.Uuid) { Value = (object?)attemptId ?? DBNull.Value });
            c.Parameters.AddWithValue("now", now);
        },
        id,
        cancellationToken);

    /// <summary>No collector can take it yet: released untouched, looked at again at the next run.</summary>
    public Task ReleaseAsync(Guid id, CancellationToken cancellationToken) => SettleAsync("status = status", _ => { }, id, cancellationToken);

    private async Task SettleAsync(string set, Action<NpgsqlCommand> bind, Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"update scheduled_callbacks set {set}, claimed_until = null where id = @id and status in ('Scheduled', 'Blocked')");
        bind(command);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Rules(IReadOnlyCollection<string> ruleIds) =>
        new("rules", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ruleIds.Distinct().Order(StringComparer.Ordinal).ToArray() };

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal)
        where T : struct => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
