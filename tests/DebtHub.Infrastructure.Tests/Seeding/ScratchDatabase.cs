using System.Globalization;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Infrastructure.Tests.Seeding;

/// <summary>
/// A fresh, migrated database on the PostgreSQL ./debthub test starts (DEBTHUB_TEST_POSTGRES), dropped on dispose.
/// Seeding and import tests need several empty databases in one test, so each test makes its own.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private ScratchDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        DataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public string Name { get; }

    public NpgsqlDataSource DataSource { get; }

    public static SsnProtector SsnProtector { get; } = new(Options.Create(new SecurityOptions
    {
        SsnEncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        SsnHashKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
    }));

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set: run the tests with ./debthub test.");
        var prefix = Environment.GetEnvironmentVariable("DEBTHUB_TEST_DB_PREFIX") ?? "debthub_test";
        var name = $"{prefix}_seed_{Guid.NewGuid():N}"[..48];
        await using (var admin = NpgsqlDataSource.Create(server))
        await using (var create = admin.CreateCommand($"create database \"{name}\""))
        {
            await create.ExecuteNonQueryAsync();
        }

        var database = new ScratchDatabase(server, name);
        await new DatabaseMigrator(database.DataSource).MigrateAsync(CancellationToken.None);
        return database;
    }

    public DebtHubDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, DataSource);
        return new DebtHubDbContext(options.Options);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Row counts of every table the seed and the importer write, in a fixed order.</summary>
    public async Task<string> RowCountsAsync()
    {
        var counts = new List<string>();
        foreach (var table in new[]
                 {
                     "creditors", "portfolios", "teams", "collectors", "debtors", "debtor_addresses", "debtor_phones",
                     "phone_consents", "debtor_emails", "inconvenient_times", "accounts", "account_holds", "ledger_transactions",
                 })
        {
            counts.Add($"{table}={await ScalarAsync($"select count(*) from {table}")}");
        }

        return string.Join(' ', counts);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(_server);
        await using var drop = admin.CreateCommand($"drop database if exists \"{Name}\" with (force)");
        await drop.ExecuteNonQueryAsync();
    }
}
