using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace DebtHub.Infrastructure.Persistence;

/// <summary>
/// Applies the reviewed, versioned SQL files in Migrations/ (embedded in this assembly) in name order, each in its own
/// transaction, recording name and checksum in <c>schema_migrations</c>. An advisory lock lets several instances start
/// at once; an applied file that was edited afterwards stops start-up instead of drifting silently.
/// </summary>
public sealed class DatabaseMigrator(NpgsqlDataSource dataSource)
{
    private const long AdvisoryLockKey = 0x0DEB7_4B0B;

    public static IReadOnlyList<(string Name, string Sql)> Migrations { get; } = LoadMigrations();

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, null, """
            create table if not exists schema_migrations (
                name text primary key,
                checksum text not null,
                applied_at timestamptz not null default now())
            """, cancellationToken);

        var applied = new List<string>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"select pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        var known = await AppliedAsync(connection, transaction, cancellationToken);
        foreach (var (name, sql) in Migrations)
        {
            var checksum = Checksum(sql);
            if (known.TryGetValue(name, out var recorded))
            {
                if (recorded != checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {name} was changed after it was applied. Add a new migration instead of editing an applied one.");
                }

                continue;
            }

            await Execute(connection, transaction, sql, cancellationToken);
            await using var record = new NpgsqlCommand("insert into schema_migrations (name, checksum) values ($1, $2)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = name });
            record.Parameters.Add(new NpgsqlParameter { Value = checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(name);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select name, checksum from schema_migrations", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Checksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));

    private static List<(string, string)> LoadMigrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string prefix = "DebtHub.Infrastructure.Persistence.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
