using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Dialer.Hopper;

/// <summary>An account claimed for the collector it was dialed for.</summary>
public sealed record HopperClaim(Guid AccountId, Guid CollectorId);

/// <summary>
/// A claim whose lease ran out before its holder settled the entry: the holder died (or failed) between claiming and
/// settling, perhaps after confirming an attempt or placing its call. Nobody else claims it until it is recovered.
/// </summary>
public sealed record LapsedClaim(Guid CampaignId, Guid AccountId, string Holder, DateTimeOffset ClaimedUntil, DateTimeOffset? LastAttemptAt);

/// <summary>
/// A campaign's hopper in PostgreSQL: filled from the segment, claimed with <c>FOR UPDATE SKIP LOCKED</c> in priority
/// order under a short lease (several dialer instances never hold one account at once), and settled after each look:
/// dialed, blocked until the gate's next allowed instant, or finished. A claim whose lease lapses unsettled is not
/// claimed again until <see cref="Dialing.LapsedClaimRecovery"/> has settled what its holder left behind.
/// </summary>
public sealed class HopperStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Adds the segment's accounts not yet in the hopper and refreshes the copies claims read (the priority key, and the
    /// account's state and the debtor's language that collectors are matched on); entries of accounts that left the
    /// segment finish.
    /// </summary>
    public async Task<int> FillAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var where = HopperSql.SegmentWhere(campaign.Segment);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var insert = new NpgsqlBatchCommand($"""
            insert into campaign_hopper (campaign_id, account_id, next_eligible_at, attempts, blocked_by, finished, added_at,
                                         account_balance, account_placed_at, account_state, debtor_language, priority_key)
            select @campaign, a.id, @now, 0, @no_rules, false, @now,
                   {HopperSql.Balance}, a.placed_at, upper(a.governing_state), lower(d.preferred_language), {HopperSql.SortKey(campaign.Priority)}
              from accounts a join debtors d on d.id = a.debtor_id
             where {where}
            on conflict (campaign_id, account_id) do update
               set account_balance = excluded.account_balance, account_state = excluded.account_state,
                   debtor_language = excluded.debtor_language, priority_key = excluded.priority_key
             where (campaign_hopper.account_balance, campaign_hopper.account_state, campaign_hopper.debtor_language, campaign_hopper.priority_key)
                   is distinct from (excluded.account_balance, excluded.account_state, excluded.debtor_language, excluded.priority_key)
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
    /// Rows another instance is claiming are skipped, not waited for. Within <paramref name="held"/>, the claim commits
    /// with the pacing decision it belongs to.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimAsync(
        Campaign campaign, int count, string instance, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken,
        IReadOnlyList<IdleCollector>? takers = null, PacingLock? held = null)
    {
        if (count <= 0)
        {
            return [];
        }

        return await InTransactionAsync(held, async (connection, transaction) =>
        {
            var claimed = await SelectAsync(connection, transaction, campaign, count, now, takers is null ? null : SkillPairs(takers), [], cancellationToken);
            await MarkClaimedAsync(connection, transaction, campaign.Id, claimed, new Guid?[claimed.Count], instance, now + lease, cancellationToken);
            return claimed;
        }, cancellationToken);
    }

    /// <summary>
    /// One account per collector, in the collectors' order (longest idle first), for at most <paramref name="maxLines"/>
    /// collectors: the best account whose time has come that this collector can take (the routing match: language and
    /// state licence), recorded as dialed for them. So each line a progressive round opens has a collector who can take
    /// it when a person answers; a collector nothing matches gets no line.
    /// </summary>
    public async Task<IReadOnlyList<HopperClaim>> ClaimForAsync(
        Campaign campaign, IReadOnlyList<IdleCollector> collectors, string instance, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken,
        int maxLines = int.MaxValue, PacingLock? held = null)
    {
        if (collectors.Count == 0 || maxLines <= 0)
        {
            return [];
        }

        return await InTransactionAsync(held, async (connection, transaction) =>
        {
            // One walk of the claim order for every collector's skills at once (entries that are not due, or held, are
            // passed once, not once per collector); each collector, longest idle first, takes the best candidate they can
            // take. Then the picks are locked; a collector whose pick another instance is claiming, or whose skills are
            // rarer than the candidates reached, gets a walk of their own.
            var limit = Math.Min(collectors.Count * CandidatesPerCollector, MaxCandidates);
            var candidates = await CandidatesAsync(connection, transaction, campaign, now, SkillPairs(collectors), limit, cancellationToken);
            var picks = new List<(IdleCollector Collector, Guid AccountId)>();
            var unserved = new List<IdleCollector>();
            var picked = new HashSet<Guid>();
            foreach (var collector in collectors)
            {
                if (picks.Count == maxLines)
                {
                    break;
                }

                var pick = candidates.FirstOrDefault(c => !picked.Contains(c.AccountId) && collector.CanTake(c.Language, c.State));
                if (pick is not null)
                {
                    picks.Add((collector, pick.AccountId));
                    picked.Add(pick.AccountId);
                }
                else if (candidates.Count == limit)
                {
                    // The walk stopped at the limit: this collector's best may lie further on.
                    unserved.Add(collector);
                }
            }

            var locked = await LockAsync(connection, transaction, campaign.Id, [.. picked], now, cancellationToken);
            var claims = picks.Where(p => locked.Contains(p.AccountId)).Select(p => new HopperClaim(p.AccountId, p.Collector.Id)).ToList();
            var taken = claims.Select(c => c.AccountId).ToList();
            unserved.AddRange(picks.Where(p => !locked.Contains(p.AccountId)).Select(p => p.Collector));
            foreach (var collector in unserved)
            {
                if (claims.Count == maxLines)
                {
                    break;
                }

                var one = await SelectAsync(connection, transaction, campaign, 1, now, SkillPairs([collector]), taken, cancellationToken);
                if (one.Count == 1)
                {
                    claims.Add(new HopperClaim(one[0], collector.Id));
                    taken.Add(one[0]);
                }
            }

            await MarkClaimedAsync(connection, transaction, campaign.Id, taken, claims.Select(c => (Guid?)c.CollectorId).ToArray(), instance, now + lease, cancellationToken);
            return (IReadOnlyList<HopperClaim>)claims;
        }, cancellationToken);
    }

    /// <summary>
    /// The other active progressive and predictive campaigns with an account whose time has come that one of
    /// <paramref name="collectors"/> can take: the campaigns that would use these collectors now.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> CampaignsWantingAsync(
        Guid except, IReadOnlyList<IdleCollector> collectors, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (collectors.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand($"""
            select c.id from campaigns c
             where c.status = 'Active' and c.mode <> 'Preview' and c.id <> @except
               and exists (select 1 from campaign_hopper h
                            where h.campaign_id = c.id and not h.finished and h.next_eligible_at <= @now
                              and h.claimed_until is null
                           {SkillsFilter})
            """);
        command.Parameters.AddWithValue("except", except);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.Add(new NpgsqlParameter("pairs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = SkillPairs(collectors) });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private async Task<T> InTransactionAsync<T>(PacingLock? held, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (held is not null)
        {
            return await work(held.Connection, held.Transaction);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Candidates one walk reads per collector it serves (a few, so that rarer skills are reached too), and at most.</summary>
    private const int CandidatesPerCollector = 4, MaxCandidates = 2_000;

    private sealed record Candidate(Guid AccountId, string State, string Language);

    /// <summary>The best claimable entries some collector can take, in the claim order, without locking them.</summary>
    private static async Task<List<Candidate>> CandidatesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Campaign campaign, DateTimeOffset now, string[] pairs, int count, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand($"""
            select h.account_id, h.account_state, h.debtor_language from campaign_hopper h
             where h.campaign_id = @campaign and not h.finished and h.next_eligible_at <= @now
               and h.claimed_until is null
            {SkillsFilter}
             order by {HopperSql.ClaimOrder}
             limit @count
            """, connection, transaction);
        select.Parameters.AddWithValue("campaign", campaign.Id);
        select.Parameters.AddWithValue("now", now);
        select.Parameters.AddWithValue("count", count);
        select.Parameters.Add(new NpgsqlParameter("pairs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = pairs });
        var candidates = new List<Candidate>(count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new Candidate(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return candidates;
    }

    /// <summary>Locks those of the entries still claimable now, skipping any another instance is claiming.</summary>
    private static async Task<HashSet<Guid>> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid campaignId, Guid[] ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        await using var select = new NpgsqlCommand("""
            select h.account_id from campaign_hopper h
             where h.campaign_id = @campaign and h.account_id = any(@ids) and not h.finished and h.next_eligible_at <= @now
               and h.claimed_until is null
               for update of h skip locked
            """, connection, transaction);
        select.Parameters.AddWithValue("campaign", campaignId);
        select.Parameters.AddWithValue("ids", ids);
        select.Parameters.AddWithValue("now", now);
        var locked = new HashSet<Guid>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            locked.Add(reader.GetGuid(0));
        }

        return locked;
    }

    /// <summary>"STATE|language" pairs the collectors can take, as the claim's filter compares them.</summary>
    private static string[] SkillPairs(IEnumerable<IdleCollector> collectors) =>
        collectors.SelectMany(c => c.States.SelectMany(s => c.Languages.Select(l => $"{s}|{l}"))).Distinct().ToArray();

    /// <summary>
    /// The same match as routing's claim, over the entry's copies of the account's state and the debtor's language: the
    /// language tag or its primary subtag, and the state.
    /// </summary>
    private const string SkillsFilter = """
           and (h.account_state || '|' || h.debtor_language = any(@pairs)
                or h.account_state || '|' || split_part(h.debtor_language, '-', 1) = any(@pairs))
        """;

    private static async Task<List<Guid>> SelectAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Campaign campaign, int count, DateTimeOffset now, string[]? pairs, List<Guid> except,
        CancellationToken cancellationToken)
    {
        var skills = pairs is null ? "" : SkillsFilter;
        // Every order walks the hopper's own index on the entries' priority keys; the skills filter reads the entry too.
        await using var select = new NpgsqlCommand($"""
            select h.account_id from campaign_hopper h
             where h.campaign_id = @campaign and not h.finished and h.next_eligible_at <= @now
               and h.claimed_until is null and h.account_id <> all(@except)
            {skills}
             order by {HopperSql.ClaimOrder}
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

    /// <summary>Writes the leases, each with the collector its line is dialed for (none for predictive claims).</summary>
    private static async Task MarkClaimedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid campaignId, List<Guid> ids, Guid?[] dialedFor, string instance, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var update = new NpgsqlCommand("""
            update campaign_hopper h set claimed_by = @instance, claimed_until = @until, dialed_for = c.dialed_for
              from unnest(@ids, @for) as c(account_id, dialed_for)
             where h.campaign_id = @campaign and h.account_id = c.account_id
            """,
            connection,
            transaction);
        update.Parameters.AddWithValue("instance", instance);
        update.Parameters.AddWithValue("until", until);
        update.Parameters.AddWithValue("campaign", campaignId);
        update.Parameters.AddWithValue("ids", ids.ToArray());
        update.Parameters.Add(new NpgsqlParameter("for", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = dialedFor.Select(d => d is { } g ? (object)g : DBNull.Value).ToArray() });
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Claims one given account for a collector's preview (only if it is dialable now and nobody holds it).</summary>
    public async Task<bool> ClaimOneAsync(Guid campaignId, Guid accountId, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            update campaign_hopper set claimed_by = @holder, claimed_until = @until
             where campaign_id = @campaign and account_id = @account and not finished and next_eligible_at <= @now
               and (claimed_until is null or claimed_by = @holder)
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

    /// <summary>
    /// The account was dialed: counted, released, and not looked at before <paramref name="nextLook"/>. Settling the same
    /// attempt twice (its holder and the recovery of its lapsed claim) counts it once.
    /// </summary>
    public async Task DialedAsync(Guid campaignId, Guid accountId, Guid attemptId, DateTimeOffset at, DateTimeOffset nextLook, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { DialedCommand(campaignId, accountId, attemptId, at, nextLook, maxAttempts) } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary><see cref="DialedAsync"/> as a statement of a caller's batch.</summary>
    public static NpgsqlBatchCommand DialedCommand(Guid campaignId, Guid accountId, Guid attemptId, DateTimeOffset at, DateTimeOffset nextLook, int maxAttempts) => new("""
        update campaign_hopper
           set attempts = attempts + 1, last_attempt_id = $1, last_attempt_at = $2, last_outcome = null,
               next_eligible_at = $3, blocked_by = '{}', claimed_by = null, claimed_until = null,
               finished = attempts + 1 >= $4
         where campaign_id = $5 and account_id = $6 and last_attempt_id is distinct from $1
        """)
    {
        Parameters =
        {
            new() { Value = attemptId, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new() { Value = nextLook, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new() { Value = maxAttempts, NpgsqlDbType = NpgsqlDbType.Integer },
            new() { Value = campaignId, NpgsqlDbType = NpgsqlDbType.Uuid },
            new() { Value = accountId, NpgsqlDbType = NpgsqlDbType.Uuid },
        },
    };

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

    /// <summary>Claims whose lease ran out unsettled, oldest first (the small partial index on claimed_until, migration 0016).</summary>
    public async Task<IReadOnlyList<LapsedClaim>> LapsedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select campaign_id, account_id, claimed_by, claimed_until, last_attempt_at from campaign_hopper
             where claimed_until <= @now
             order by claimed_until
             limit @limit
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", limit);
        var lapsed = new List<LapsedClaim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lapsed.Add(new LapsedClaim(
                reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? "" : reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return lapsed;
    }

    /// <summary>Gives a lapsed claim back to the hopper, unless it changed meanwhile; its holder left nothing to settle.</summary>
    public Task ReleaseLapsedAsync(LapsedClaim claim, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "update campaign_hopper set claimed_by = null, claimed_until = null where campaign_id = @campaign and account_id = @account and claimed_until = @until",
            c =>
            {
                c.Parameters.AddWithValue("campaign", claim.CampaignId);
                c.Parameters.AddWithValue("account", claim.AccountId);
                c.Parameters.AddWithValue("until", claim.ClaimedUntil);
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
