using System.Threading.Channels;
using DebtHub.Infrastructure.Security;
using Npgsql;

namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// Loads the demo portfolio into an empty database in one transaction: a generator thread makes chunks of rows while
/// this one streams the previous chunk with binary COPY, so both cores work. A database that already holds creditors
/// or accounts is refused, never mixed with demo data.
/// </summary>
public sealed class DemoSeeder(NpgsqlDataSource dataSource, SsnProtector ssnProtector)
{
    private const int AccountsPerChunk = 20_000;

    private static readonly string[] BulkTables =
    [
        "debtors", "debtor_addresses", "debtor_phones", "phone_consents", "debtor_emails", "inconvenient_times", "accounts",
        "account_holds", "ledger_transactions",
    ];

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select not exists (select 1 from creditors) and not exists (select 1 from debtors) and not exists (select 1 from collectors)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <param name="progress">Receives the number of accounts written so far.</param>
    public async Task<SeedSummary> SeedAsync(SeedOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (!await IsEmptyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds data; the demo portfolio is loaded into an empty database only.");
        }

        var generator = new DemoPortfolioGenerator(options, ssnProtector, LocationLists.LoadEmbedded());
        var foundation = generator.Foundation();
        var chunks = Channel.CreateBounded<SeedChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in generator.Chunks(AccountsPerChunk))
                {
                    await chunks.Writer.WriteAsync(chunk, stop.Token);
                }

                chunks.Writer.Complete();
            }
            catch (Exception e)
            {
                chunks.Writer.Complete(e);
            }
        }, stop.Token);

        var summary = new SeedSummary();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await SkipForeignKeyTriggersIfAllowedAsync(connection, cancellationToken);
            var indexes = await DropSecondaryIndexesAsync(connection, cancellationToken);
            await BinaryCopyWriter.WriteAsync(connection, foundation, cancellationToken);
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                await BinaryCopyWriter.WriteAsync(connection, chunk, cancellationToken);
                summary.Add(chunk);
                progress?.Report(summary.Accounts);
            }

            await RecreateAsync(connection, indexes, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            await using var analyze = new NpgsqlCommand("analyze", connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        summary.Creditors = foundation.Creditors.Count;
        summary.Portfolios = foundation.Portfolios.Count;
        summary.Collectors = foundation.Collectors.Count;
        return summary;
    }

    /// <summary>
    /// Secondary indexes of the bulk tables are dropped for the load and rebuilt from their own definitions
    /// (pg_get_indexdef) at the end, inside the same transaction: one sort per index instead of millions of random
    /// insertions into B-trees (phone numbers, SSN hashes, names). Primary keys stay; a unique index that the data
    /// violated fails the rebuild and so the whole seed.
    /// </summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var find = new NpgsqlCommand("""
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class t on t.oid = i.indrelid
            where t.relnamespace = current_schema()::regnamespace and t.relname = any($1)
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            order by 1
            """, connection)
        {
            Parameters = { new() { Value = BulkTables } },
        };
        var indexes = new List<(string Name, string Definition)>();
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"drop index {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return indexes.Select(i => i.Definition).ToList();
    }

    private static async Task RecreateAsync(NpgsqlConnection connection, List<string> definitions, CancellationToken cancellationToken)
    {
        await using (var memory = new NpgsqlCommand("set local maintenance_work_mem = '256MB'", connection))
        {
            await memory.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var definition in definitions)
        {
            await using var create = new NpgsqlCommand(definition, connection) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The generator makes every reference from rows it wrote before, so the per-row foreign-key triggers would only
    /// re-check millions of keys one index probe at a time (most of the load time). A superuser, as in local and test
    /// runs, can turn them off for this transaction (replica mode); others keep them. Tests check the references.
    /// </summary>
    private static async Task SkipForeignKeyTriggersIfAllowedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var superuser = new NpgsqlCommand("select rolsuper from pg_roles where rolname = current_user", connection);
        if (await superuser.ExecuteScalarAsync(cancellationToken) is true)
        {
            await using var replica = new NpgsqlCommand("set local session_replication_role = replica", connection);
            await replica.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>How many rows of each kind a seed wrote.</summary>
public sealed class SeedSummary
{
    public int Creditors { get; internal set; }

    public int Portfolios { get; internal set; }

    public int Collectors { get; internal set; }

    public int Debtors { get; private set; }

    public int Accounts { get; private set; }

    public int Phones { get; private set; }

    public int Addresses { get; private set; }

    public int LedgerTransactions { get; private set; }

    internal void Add(SeedChunk chunk)
    {
        Debtors += chunk.Debtors.Count;
        Accounts += chunk.Accounts.Count;
        Phones += chunk.Phones.Count;
        Addresses += chunk.Addresses.Count;
        LedgerTransactions += chunk.Ledger.Count;
    }
}
