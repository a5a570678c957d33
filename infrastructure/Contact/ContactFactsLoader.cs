using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Infrastructure.Ledger;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// Loads everything the compliance rules read about a debtor and the debts a contact concerns in one round trip to
/// PostgreSQL: a single batch of eleven statements, each keyed by the account ids, so the cost does not grow with the
/// number of phones, holds or attempts (no N+1). The contact history covers the ledger's retention (the longest limit
/// window of any rule-set version, plus a day), the same span the Redis ledger is rebuilt from.
/// </summary>
public sealed class ContactFactsLoader
{
    /// <summary>The debtor of the first account; every statement is scoped to it.</summary>
    private const string Debtor = "(select debtor_id from accounts where id = ($1::uuid[])[1])";

    private static readonly string[] Statements =
    [
        "select id, debtor_id, creditor_id, status, first_communication_at, validation_notice_sent_at from accounts where id = any($1)",
        "select account_id, kind, reason, placed_at, lifted_at from account_holds where account_id = any($1)",
        $"select id, deceased_reported_at, bankruptcy_chapter, bankruptcy_reported_at, stated_location, stated_location_at, created_at from debtors where id = {Debtor}",
        $"select id, number, line_type, status, is_work_number, employer_prohibits_calls, do_not_call_since, texts_opted_out, added_at from debtor_phones where debtor_id = {Debtor} order by added_at, id",
        $"select c.phone_id, c.scope, c.source, c.obtained_at, c.revoked_at from phone_consents c join debtor_phones p on p.id = c.phone_id where p.debtor_id = {Debtor}",
        $"select id, zip, state from debtor_addresses where debtor_id = {Debtor} order by first_seen_at, id",
        $"select id, address, is_work_email, opted_out_at from debtor_emails where debtor_id = {Debtor} order by added_at, id",
        $"select phone_id, days, start_local, end_local, time_zone_id from inconvenient_times where debtor_id = {Debtor}",
        $"select channel, destination, recorded_at, revoked_at from contact_opt_outs where debtor_id = {Debtor}",
        $"select account_ids, granted_at, stated_end, revoked_at from direct_call_consents where debtor_id = {Debtor} and granted_at >= $2",
        "select id, regime, contact_policy_max_attempts_per_number_per_day, contact_policy_min_spacing_on_one_number, contact_policy_max_voicemails_per_week "
            + "from creditors where id in (select creditor_id from accounts where id = any($1))",
        "select placed_at, channel, mode, destination, account_ids, direction, connect_result, conversation_took_place, exclusion, responds_to_consumer_request "
            + $"from contact_attempts where debtor_id = {Debtor} and placed_at >= $2 order by placed_at",
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _history;

    public ContactFactsLoader(NpgsqlDataSource dataSource, RuleSetSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _dataSource = dataSource;
        _history = LedgerHistory.RetentionOf(schedule);
    }

    /// <summary>
    /// The facts for a contact on <paramref name="channel"/> at <paramref name="at"/> about <paramref name="accountIds"/>,
    /// which must all belong to one debtor. Throws <see cref="DomainException"/> (UNKNOWN_ACCOUNT, ACCOUNTS_OF_SEVERAL_DEBTORS)
    /// when they do not.
    /// </summary>
    public async Task<ContactSnapshot> LoadAsync(IReadOnlyList<Guid> accountIds, ContactChannel channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        if (accountIds.Count == 0)
        {
            throw new DomainException("NO_DEBT", "A contact concerns at least one account.");
        }

        var ids = accountIds.Distinct().ToArray();
        var rows = (await ReadAsync([ids], at, cancellationToken))[0];
        if (rows.Accounts.Count != ids.Length)
        {
            throw new DomainException("UNKNOWN_ACCOUNT", ids.Length == 1 ? "No account has that id." : "Some of these accounts do not exist.");
        }

        if (rows.Debtor is null || rows.Accounts.Exists(a => a.DebtorId != rows.Debtor.Id))
        {
            throw new DomainException("ACCOUNTS_OF_SEVERAL_DEBTORS", "One contact concerns the debts of one debtor; these accounts belong to several.");
        }

        return ContactFactsAssembler.Assemble(rows, ids, channel, at);
    }

    /// <summary>
    /// The facts for a contact about each account on its own (one debtor each), in one round trip however many accounts:
    /// the statements of every account go in one batch. Accounts that do not exist are left out of the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ContactSnapshot>> LoadEachAsync(IReadOnlyList<Guid> accountIds, ContactChannel channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var ids = accountIds.Distinct().ToArray();
        var snapshots = new Dictionary<Guid, ContactSnapshot>(ids.Length);
        if (ids.Length == 0)
        {
            return snapshots;
        }

        var rows = await ReadAsync([.. ids.Select(id => new[] { id })], at, cancellationToken);
        for (var i = 0; i < ids.Length; i++)
        {
            if (rows[i].Accounts.Count == 1 && rows[i].Debtor is not null)
            {
                snapshots[ids[i]] = ContactFactsAssembler.Assemble(rows[i], [ids[i]], channel, at);
            }
        }

        return snapshots;
    }

    /// <summary>Runs the statements once per group of accounts, all groups in one batch, and reads each group's rows.</summary>
    private async Task<ContactRows[]> ReadAsync(IReadOnlyList<Guid[]> groups, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var group in groups)
        {
            foreach (var sql in Statements)
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.Add(new NpgsqlParameter { Value = group, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
                if (sql.Contains("$2", StringComparison.Ordinal))
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = at - _history, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                }

                batch.BatchCommands.Add(command);
            }
        }

        // Prepared once per physical connection (the same twelve statements every time): later loads on a pooled
        // connection skip the parse, the plan and the row descriptions.
        await batch.PrepareAsync(cancellationToken);
        var rows = new ContactRows[groups.Count];
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new ContactRows();
            await rows[i].ReadAsync(reader, cancellationToken);
            if (i < rows.Length - 1)
            {
                await reader.NextResultAsync(cancellationToken);
            }
        }

        return rows;
    }
}
