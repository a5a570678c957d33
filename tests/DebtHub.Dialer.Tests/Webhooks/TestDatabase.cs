using DebtHub.Infrastructure.Persistence;
using Npgsql;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>
/// A fresh, migrated database on the real PostgreSQL that ./debthub test starts (DEBTHUB_TEST_POSTGRES), dropped on
/// dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    public string Name { get; }

    public NpgsqlDataSource DataSource { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Name }.ConnectionString;

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set: run the tests with ./debthub test.");

    /// <summary>A unit of work of its own on this database.</summary>
    public DebtHubDbContext NewContext()
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, DataSource);
        return new DebtHubDbContext(options.Options);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var prefix = Environment.GetEnvironmentVariable("DEBTHUB_TEST_DB_PREFIX") ?? "debthub_test";
        var name = $"{prefix}_twilio_{Guid.NewGuid():N}"[..48];
        await using (var admin = NpgsqlDataSource.Create(AdminConnectionString))
        await using (var create = admin.CreateCommand($"create database {name}"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync(default);
        return new TestDatabase(name, dataSource);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(AdminConnectionString);
        await using var drop = admin.CreateCommand($"drop database if exists {Name} with (force)");
        await drop.ExecuteNonQueryAsync();
    }
}
