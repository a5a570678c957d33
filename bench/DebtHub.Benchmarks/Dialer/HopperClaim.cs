using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DebtHub.Dialer.Hopper;
using DebtHub.Domain.Campaigns;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>
/// Hopper fill and claims on a large seeded database (issue 8 §10: at most 50 ms per 1,000 accounts claimed). A driver,
/// not BenchmarkDotNet: one claim changes the table the next one reads. It migrates the database (idempotent), creates a
/// campaign over every open account, fills its hopper with <see cref="HopperStore.FillAsync"/>, then claims 1,000
/// accounts per round with <see cref="HopperStore.ClaimAsync"/> exactly as a pacing round does (each round's claims are
/// held, so later rounds skip them as a busy dialer's would), and prints the plan PostgreSQL ran for one more claim
/// (auto_explain with ANALYZE and BUFFERS, sent to this client). The campaign and its hopper are deleted at the end.
/// Run: <c>dotnet DebtHub.Benchmarks.dll --hopper-claim [database, default dialer_bench1m] [rounds, default 20]</c>.
/// </summary>
public static class HopperClaim
{
    private const int PerClaim = 1_000;

    public static async Task RunAsync(string[] args)
    {
        var database = args.Length > 1 ? args[1] : "dialer_bench1m";
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set (source the test environment first).");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await new DatabaseMigrator(dataSource).MigrateAsync(CancellationToken.None);
        var accounts = await ScalarAsync(dataSource, "select count(*) from accounts");
        if (accounts == 0)
        {
            throw new InvalidOperationException($"Database {database} has no accounts: cd /work/main && DEBTHUB_PG_DB={database} ./debthub seed --accounts 1000000");
        }

        await RemoveBenchCampaignsAsync(dataSource);
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, dataSource);
        var now = TimeProvider.System.GetUtcNow();
        var campaign = Campaign.Create($"{BenchCampaigns.NamePrefix}hopper claim", BenchCampaigns.Settings(), now);
        await using (var db = new DebtHubDbContext(options.Options))
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        try
        {
            Console.WriteLine($"database {database}: {accounts:N0} accounts; load average {BenchCampaigns.LoadAverage()}");
            var hopper = new HopperStore(dataSource);
            var fill = Stopwatch.StartNew();
            var filled = await hopper.FillAsync(campaign, now, CancellationToken.None);
            Console.WriteLine($"FillAsync: {filled:N0} hopper entries in {fill.Elapsed.TotalSeconds:0.0} s");

            // What autovacuum would do shortly after a fill this large; without it the first claims plan on an empty table's guesses.
            await ExecuteAsync(dataSource, "vacuum analyze campaign_hopper");
            var claimNow = TimeProvider.System.GetUtcNow();
            var lease = TimeSpan.FromMinutes(10);
            var times = new List<double>(rounds);
            var claimed = 0;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var ids = await hopper.ClaimAsync(campaign, PerClaim, "bench", claimNow, lease, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
                claimed += ids.Count;
            }

            Console.WriteLine($"ClaimAsync of {PerClaim:N0}, {rounds} rounds ({claimed:N0} claimed, earlier rounds' claims held): " +
                $"first {BenchCampaigns.Ms(times[0])} ms, p50 {BenchCampaigns.Ms(Percentile(times, 0.5))} ms, p95 {BenchCampaigns.Ms(Percentile(times, 0.95))} ms, " +
                $"max {BenchCampaigns.Ms(times.Max())} ms; load average {BenchCampaigns.LoadAverage()}");
            await PrintPlanAsync(connection, campaign, claimNow, lease);
        }
        finally
        {
            await RemoveBenchCampaignsAsync(dataSource);
        }
    }

    /// <summary>One more claim through a data source whose sessions load auto_explain and send each plan to this client.</summary>
    private static async Task PrintPlanAsync(string connection, Campaign campaign, DateTimeOffset now, TimeSpan lease)
    {
        var plans = new ConcurrentQueue<string>();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new NoticeCapture(plans)));
        var builder = new NpgsqlDataSourceBuilder(connection);
        builder.UseLoggerFactory(loggers);
        builder.UsePhysicalConnectionInitializer(
            c =>
            {
                using var command = new NpgsqlCommand(AutoExplain, c);
                command.ExecuteNonQuery();
            },
            async c =>
            {
                await using var command = new NpgsqlCommand(AutoExplain, c);
                await command.ExecuteNonQueryAsync();
            });
        await using var explained = builder.Build();
        var ids = await new HopperStore(explained).ClaimAsync(campaign, PerClaim, "bench", now, lease, CancellationToken.None);
        Console.WriteLine($"plan of one more ClaimAsync ({ids.Count:N0} claimed), as auto_explain reported it:");
        foreach (var plan in plans.Where(p => p.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine(plan);
        }
    }

    private const string AutoExplain = """
        load 'auto_explain';
        set auto_explain.log_min_duration = 0;
        set auto_explain.log_analyze = on;
        set auto_explain.log_buffers = on;
        set auto_explain.log_timing = on;
        set auto_explain.log_level = notice;
        set client_min_messages = notice;
        """;

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
    }

    private static async Task RemoveBenchCampaignsAsync(NpgsqlDataSource dataSource) =>
        await ExecuteAsync(dataSource, $"delete from campaigns where name like '{BenchCampaigns.NamePrefix}%'");

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Npgsql logs each server notice at Debug; auto_explain's plans arrive that way.</summary>
    private sealed class NoticeCapture(ConcurrentQueue<string> notices) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(notices);

        public void Dispose()
        {
        }

        private sealed class Capture(ConcurrentQueue<string> notices) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var message = formatter(state, exception);
                if (message.Contains("duration:", StringComparison.Ordinal) && message.Contains("plan:", StringComparison.Ordinal))
                {
                    notices.Enqueue(message);
                }
            }
        }
    }
}
