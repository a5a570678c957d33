using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Infrastructure.Tests.Persistence;

/// <summary>
/// A fresh database on the real PostgreSQL that ./debthub test starts (DEBTHUB_TEST_POSTGRES), migrated with the
/// checked-in SQL, and dropped afterwards. No mocked database anywhere.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string _serverConnection;

    public PostgresFixture()
    {
        _serverConnection = ServerConnectionString();
        var prefix = Environment.GetEnvironmentVariable("DEBTHUB_TEST_DB_PREFIX") ?? "debthub_test";
        DatabaseName = $"{prefix}_{Guid.NewGuid():N}"[..40];
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnection) { Database = DatabaseName }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set: run the tests with ./debthub test.");

    public DebtHubDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, DataSource);
        return new DebtHubDbContext(options.Options);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync(_serverConnection, DatabaseName);
        await new DatabaseMigrator(DataSource).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await DropDatabaseAsync(_serverConnection, DatabaseName);
    }

    public static async Task CreateDatabaseAsync(string serverConnection, string name)
    {
        await using var server = NpgsqlDataSource.Create(serverConnection);
        await using var create = server.CreateCommand($"create database \"{name}\"");
        await create.ExecuteNonQueryAsync();
    }

    public static async Task DropDatabaseAsync(string serverConnection, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(serverConnection);
        await using var drop = server.CreateCommand($"drop database if exists \"{name}\" with (force)");
        await drop.ExecuteNonQueryAsync();
    }
}
