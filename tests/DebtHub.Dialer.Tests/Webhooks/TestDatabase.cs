using DebtHub.Infrastructure.Persistence;
using Npgsql;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>A fresh, migrated database on the real PostgreSQL that ./debthub starts, dropped on dispose.</summary>
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
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } configured
            ? new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString
            : "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = $"debthub_test_twilio_{Guid.NewGuid():N}";
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
