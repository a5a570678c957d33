using DebtHub.Infrastructure.Persistence;
using Npgsql;

namespace DebtHub.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_a_second_run_changes_nothing()
    {
        var server = PostgresFixture.ServerConnectionString();
        var name = $"debthub_test_mig_{Guid.NewGuid():N}"[..40];
        await PostgresFixture.CreateDatabaseAsync(server, name);
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            var migrator = new DatabaseMigrator(dataSource);

            var first = await migrator.MigrateAsync(CancellationToken.None);
            var second = await migrator.MigrateAsync(CancellationToken.None);

            Assert.Equal(DatabaseMigrator.Migrations.Select(m => m.Name), first);
            Assert.Empty(second);
        }
        finally
        {
            await PostgresFixture.DropDatabaseAsync(server, name);
        }
    }

    /// <summary>Since EF cannot scaffold migrations here, this is what keeps the SQL and the model in step.</summary>
    [Fact]
    public async Task Migrated_schema_equals_the_schema_the_EF_model_describes()
    {
        var server = PostgresFixture.ServerConnectionString();
        var migrated = $"debthub_test_sqlm_{Guid.NewGuid():N}"[..40];
        var fromModel = $"debthub_test_efm_{Guid.NewGuid():N}"[..40];
        await PostgresFixture.CreateDatabaseAsync(server, migrated);
        try
        {
            await using (var dataSource = NpgsqlDataSource.Create(Database(server, migrated)))
            {
                await new DatabaseMigrator(dataSource).MigrateAsync(CancellationToken.None);
            }

            await using (var dataSource = NpgsqlDataSource.Create(Database(server, fromModel)))
            {
                var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<DebtHubDbContext>();
                PersistenceServiceCollectionExtensions.Configure(options, dataSource);
                await using var db = new DebtHubDbContext(options.Options);
                await db.Database.EnsureCreatedAsync();
            }

            var expected = await DescribeAsync(Database(server, fromModel));
            var actual = await DescribeAsync(Database(server, migrated));

            Assert.Equal(expected.Except(actual), actual.Except(expected));
            Assert.Equal(expected, actual);
        }
        finally
        {
            await PostgresFixture.DropDatabaseAsync(server, migrated);
            await PostgresFixture.DropDatabaseAsync(server, fromModel);
        }
    }

    private static string Database(string server, string name) =>
        new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>Every column (type, nullability, default), constraint and index of the public schema, as sorted lines.</summary>
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            select 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || coalesce(' ' || numeric_precision || ',' || numeric_scale, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              from information_schema.columns where table_schema = 'public' and table_name <> 'schema_migrations'
            union all
            select 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
              from pg_constraint con join pg_class rel on rel.oid = con.conrelid join pg_namespace n on n.oid = rel.relnamespace
             where n.nspname = 'public' and rel.relname <> 'schema_migrations'
            union all
            select 'index ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> 'schema_migrations'
            """;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
