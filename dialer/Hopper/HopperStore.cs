using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Dialer.Hopper;

/// <summary>An account claimed for the collector it was dialed for.</summary>
public sealed record HopperClaim(Guid AccountId, Guid CollectorId);

/// <summary>
/// A campaign's hopper in PostgreSQL: filled from the segment, claimed with <c>FOR UPDATE SKIP LOCKED</c> in priority
/// order under a short lease (several dialer instances never hold one account at once), and settled after each look:
/// dialed, blocked until the gate's next allowed instant, or finished.
/// </summary>
public sealed class HopperStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Adds the segment's accounts not yet in the hopper and refreshes the balance copy the claim order reads; entries of
    /// accounts that left the segment finish.
    /// </summary>
    public async Task<int> FillAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var where = HopperSql.SegmentWhere(campaign.Segment);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var insert = new NpgsqlBatchCommand($"""
            insert into campaign_hopper (campaign_id, account_id, next_eligible_at, attempts, blocked_by, finished, added_at, account_balance, account_placed_at)
            select @campaign, a.id, @now, 0, @no_rules, false, @now, {HopperSql.Balance}, a.placed_at from accounts a
             where {where}
            on conflict (campaign_id, account_id) do update set account_balance = excluded.account_balance
             where campaign_hopper.account_balance <> excluded.account_balance
            """);
        var leave = new NpgsqlBatchCommand($"""
            update campaign_hopper h set finished = true
              from accounts a
             where h.campaign_id = @campaign and h.account_id = a.id and not h.finished and not ({where})
            """);
        foreach (var command in new[] { insert, leave })
        {
            command.Parameters.AddWithValue("campaign", campaign.Id);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.Add(new NpgsqlParameter("no_rules", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Array.Empty<string>() });
            AddSegment(command, campaign.Segment);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return reader.RecordsAffected;
    }

    /// <summary>
    /// Claims up to <paramref name="count"/> accounts whose time has come, best first, for <paramref name="lease"/>;
    /// with <paramref name="takers"/>, only accounts at least one of them can take (language and state licence).
    /// Rows another instance is claiming are skipped, not waited for.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimAsync(
        Campaign campaign, int count, string instance, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken, IReadOnlyList<IdleCollector>? takers = null)
    {
        if (count <= 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await SelectAsync(connection, transaction, campaign, count, now, takers is null ? null : SkillPairs(takers), [], cancellationToken);
        await MarkClaimedAsync(connection, transaction, campaign.Id, claimed, instance, now + lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>
    /// One account per collector, in the collectors' order (longest idle first): the best account whose time has come
    /// that this collector can take (the routing match: language and state licence). So each line a progressive round
    /// opens has a collector who can take it when a person answers; a collector nothing matches gets no line.
    /// </summary>
    public async Task<IReadOnlyList<HopperClaim>> ClaimForAsync(
        Campaign campaign, IReadOnlyList<IdleCollector> collectors, string instance, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (collectors.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claims = new List<HopperClaim>(collectors.Count);
        var taken = new List<Guid>(collectors.Count);
        foreach (var collector in collectors)
        {
            var one = await SelectAsync(connection, transaction, campaign, 1, now, SkillPairs([collector]), taken, cancellationToken);
            if (one.Count == 1)
            {
                claims.Add(new HopperClaim(one[0], collector.Id));
                taken.Add(one[0]);
            }
        }

        await MarkClaimedAsync(connection, transaction, campaign.Id, taken, instance, now + lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claims;
    }

    /// <summary>"STATE|language" pairs the collectors can take, as the claim's filter compares them.</summary>
    private static string[] SkillPairs(IEnumerable<IdleCollector> collectors) =>
        collectors.SelectMany(c => c.States.SelectMany(s => c.Languages.Select(l => $"{s}|{l}"))).Distinct().ToArray();

    private static async Task<List<Guid>> SelectAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Campaign campaign, int count, DateTimeOffset now, string[]? pairs, List<Guid> except,
        CancellationToken cancellationToken)
    {
        // The same match as routing's claim: the debtor's language tag or its primary subtag.
        var skills = pairs is null ? "" : """
               and exists (select 1 from debtors d where d.id = a.debtor_id
                           and (upper(a.governing_state) || '|' || lower(d.preferred_language) = any(@pairs)
                                or upper(a.governing_state) || '|' || split_part(lower(d.preferred_language), '-', 1) = any(@pairs)))
            """;
        // The default order walks the hopper's own index (the skills filter joins each candidate's account on the way);
        // other orders join the accounts and sort.
        var fromIndex = HopperSql.ClaimsFromHopperIndex(campaign.Priority);
        var join = fromIndex && pairs is null ? "" : "join accounts a on a.id = h.account_id";
        var order = fromIndex ? HopperSql.HopperIndexOrder : HopperSql.OrderBy(campaign.Priority);
        await using var select = new NpgsqlCommand($"""
            select h.account_id from campaign_hopper h {join}
             where h.campaign_id = @campaign and not h.finished and h.next_eligible_at <= @now
               and (h.claimed_until is null or h.claimed_until <= @now) and h.account_id <> all(@except)
            {skills}
             order by {order}
             limit @count
               for update of h skip locked
            """, connection, transaction);
        select.Parameters.AddWithValue("campaign", campaign.Id);
        select.Parameters.AddWithValue("now", now);
        select.Parameters.AddWithValue("count", count);
        select.Parameters.AddWithValue("except", except.ToArray());
        if (pairs is not null)
        {
            select.Parameters.Add(new NpgsqlParameter("pairs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = pairs });
        }

        var claimed = new List<Guid>(count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(reader.GetGuid(0));
        }

        return claimed;
    }

    private static async Task MarkClaimedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid campaignId, List<Guid> ids, string instance, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var update = new NpgsqlCommand(
            "update campaign_hopper set claimed_by = @instance, claimed_until = @until where campaign_id = @campaign and account_id = any(@ids)",
            connection,
            transaction);
        update.Parameters.AddWithValue("instance", instance);
        update.Parameters.AddWithValue("until", until);
        update.Parameters.AddWithValue("campaign", campaignId);
        update.Parameters.AddWithValue("ids", ids.ToArray());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Claims one given account for a collector's preview (only if it is dialable now and nobody holds it).</summary>
    public async Task<bool> ClaimOneAsync(Guid campaignId, Guid accountId, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            update campaign_hopper set claimed_by = @holder, claimed_until = @until
             where campaign_id = @campaign and account_id = @account and not finished and next_eligible_at <= @now
               and (claimed_until is null or claimed_until <= @now or claimed_by = @holder)
            """);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("until", now + lease);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("account", accountId);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Whether <paramref name="holder"/> holds the account's claim now.</summary>
    public async Task<bool> HoldsAsync(Guid campaignId, Guid accountId, string holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select 1 from campaign_hopper where campaign_id = @campaign and account_id = @account and claimed_by = @holder and claimed_until > @now");
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("account", accountId);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>The account was dialed: counted, released, and not looked at before <paramref name="nextLook"/>.</summary>
    public Task DialedAsync(Guid campaignId, Guid accountId, Guid attemptId, DateTimeOffset at, DateTimeOffset nextLook, int maxAttempts, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            update campaign_hopper
               set attempts = attempts + 1, last_attempt_id = @attempt, last_attempt_at = @at, last_outcome = null,
                   next_eligible_at = @next, blocked_by = '{}', claimed_by = null, claimed_until = null,
                   finished = attempts + 1 >= @max
             where campaign_id = @campaign and account_id = @account
            """,
            c =>
            {
                c.Parameters.AddWithValue("attempt", attemptId);
                c.Parameters.AddWithValue("at", at);
                c.Parameters.AddWithValue("next", nextLook);
                c.Parameters.AddWithValue("max", maxAttempts);
                c.Parameters.AddWithValue("campaign", campaignId);
                c.Parameters.AddWithValue("account", accountId);
            },
            cancellationToken);

    /// <summary>The gate or the campaign's hours refused it now: it waits, released, until <paramref name="nextLook"/>.</summary>
    public Task BlockedAsync(Guid campaignId, Guid accountId, IReadOnlyCollection<string> ruleIds, DateTimeOffset nextLook, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            update campaign_hopper set next_eligible_at = @next, blocked_by = @rules, claimed_by = null, claimed_until = null
             where campaign_id = @campaign and account_id = @account
            """,
            c =>
            {
                c.Parameters.AddWithValue("next", nextLook);
                c.Parameters.Add(new NpgsqlParameter("rules", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ruleIds.Distinct().Order(StringComparer.Ordinal).ToArray() });
                c.Parameters.AddWithValue("campaign", campaignId);
                c.Parameters.AddWithValue("account", accountId);
            },
            cancellationToken);

    /// <summary>Gives a claim back untouched (the round ended before the account was looked at).</summary>
    public Task ReleaseAsync(Guid campaignId, Guid accountId, string holder, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "update campaign_hopper set claimed_by = null, claimed_until = null where campaign_id = @campaign and account_id = @account and claimed_by = @holder",
            c =>
            {
                c.Parameters.AddWithValue("campaign", campaignId);
                c.Parameters.AddWithValue("account", accountId);
                c.Parameters.AddWithValue("holder", holder);
            },
            cancellationToken);

    /// <summary>
    /// Applies the retry rules once each dialed account's outcome is known: it is next looked at the outcome's delay after
    /// its last attempt (never earlier than already set), and an answered conversation finishes it.
    /// </summary>
    public async Task<int> ApplyOutcomesAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var sql = """
            with known as (
                select h.account_id, h.last_attempt_at,
                       case when ca.abandoned_at is not null then 'Abandoned'
                            when ca.connect_result = 'Answered' and ca.conversation_took_place then 'Answered'
                            when ca.connect_result = 'Answered' then 'NoAnswer'
                            when ca.connect_result = 'Voicemail' then 'Machine'
                            when ca.connect_result = 'NoAnswer' then 'NoAnswer'
                            when ca.connect_result = 'NotConnected' then 'Busy'
                            else 'Failed' end as outcome
                  from campaign_hopper h join contact_attempts ca on ca.id = h.last_attempt_id
                 where h.campaign_id = @campaign and h.last_outcome is null and (ca.connect_result is not null or ca.abandoned_at is not null))
            update campaign_hopper h
               set last_outcome = k.outcome,
                   next_eligible_at = greatest(h.next_eligible_at, k.last_attempt_at + (@delays::jsonb ->> k.outcome)::interval),
                   finished = h.finished or k.outcome = 'Answered'
              from known k
             where h.campaign_id = @campaign and h.account_id = k.account_id
            """;
        var delays = System.Text.Json.JsonSerializer.Serialize(
            Enum.GetValues<DialOutcome>().ToDictionary(o => o.ToString(), o => $"{(long)campaign.Retry.DelayAfter(o).TotalSeconds} seconds"));
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("campaign", campaign.Id);
        command.Parameters.AddWithValue("delays", delays);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddSegment(NpgsqlBatchCommand command, CampaignSegment segment)
    {
        command.Parameters.AddWithValue("seg_creditors", segment.CreditorIds.ToArray());
        command.Parameters.AddWithValue("seg_portfolios", segment.PortfolioIds.ToArray());
        command.Parameters.Add(new NpgsqlParameter("seg_states", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = segment.States.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("seg_min", NpgsqlDbType.Numeric) { Value = (object?)segment.MinBalance ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("seg_max", NpgsqlDbType.Numeric) { Value = (object?)segment.MaxBalance ?? DBNull.Value });
    }

    private async Task ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        bind(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
