using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
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
/// held, so later rounds skip them as a busy dialer's would), then again after the best 50,000 accounts were "dialed"
/// (waiting a day for their retry), and prints the plans PostgreSQL ran for the first claim, one after the rounds and one
/// after the dialing (auto_explain with ANALYZE and BUFFERS, sent to this client). The campaign and its hopper are
/// deleted at the end.
/// With <c>--team</c> each round is a progressive round's <see cref="HopperStore.ClaimForAsync"/> for the 50 collectors
/// of <see cref="BenchTeam"/> (one account each that the collector can take: language and state licence) instead of
/// 1,000 plain claims. With <c>--priority age|last-payment|promise-due</c> the campaign claims in that order.
/// Run: <c>dotnet DebtHub.Benchmarks.dll --hopper-claim [database, default dialer_bench1m] [rounds, default 20] [--team]
/// [--priority key]</c>.
/// </summary>
public static class HopperClaim
{
    private const int PerClaim = 1_000;

    public static async Task RunAsync(string[] args)
    {
        // Positional: what is neither a flag nor the value after --priority.
        var positional = args.Select((a, i) => (a, i)).Skip(1)
            .Where(x => !x.a.StartsWith("--", StringComparison.Ordinal) && args[x.i - 1] != "--priority").Select(x => x.a).ToArray();
        var database = positional.Length > 0 ? positional[0] : "dialer_bench1m";
        var rounds = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 20;
        var team = args.Contains("--team") ? BenchTeam.Collectors() : null;
        var priority = PriorityNamed(args.SkipWhile(a => a != "--priority").Skip(1).FirstOrDefault());
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
        var campaign = Campaign.Create($"{BenchCampaigns.NamePrefix}hopper claim", BenchCampaigns.Settings() with { Priority = priority }, now);
        await using (var db = new DebtHubDbContext(options.Options))
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        try
        {
            Console.WriteLine($"database {database}: {accounts:N0} accounts; priority {string.Join(", ", priority.Sorts)}; " +
                $"{(team is null ? $"plain claims of {PerClaim:N0}" : $"ClaimForAsync for a team of {team.Count}")}; load average {BenchCampaigns.LoadAverage()}");
            var hopper = new HopperStore(dataSource);
            var fill = Stopwatch.StartNew();
            var filled = await hopper.FillAsync(campaign, now, CancellationToken.None);
            Console.WriteLine($"FillAsync: {filled:N0} hopper entries in {fill.Elapsed.TotalSeconds:0.0} s");

            // What autovacuum does shortly after a fill this large (and after migration 0013 rewrote accounts): without it the
            // first claims plan on guesses, and index-only scans of accounts find no page marked all-visible.
            await ExecuteAsync(dataSource, "vacuum analyze campaign_hopper");
            await ExecuteAsync(dataSource, "vacuum analyze accounts");
            fill.Restart();
            var refilled = await hopper.FillAsync(campaign, TimeProvider.System.GetUtcNow(), CancellationToken.None);
            Console.WriteLine($"FillAsync again (the periodic refill, Dialer:HopperRefillSeconds): {refilled:N0} rows changed in {fill.Elapsed.TotalSeconds:0.0} s");
            var claimNow = TimeProvider.System.GetUtcNow();
            var lease = TimeSpan.FromMinutes(10);
            await PrintPlanAsync(connection, campaign, claimNow, lease, "the first claim", team);
            await ClaimRoundsAsync(hopper, campaign, rounds, claimNow, lease, "earlier rounds' claims held", team);
            await PrintPlanAsync(connection, campaign, claimNow, lease, "one more claim", team);

            // A dialer that has been at it for a while: the best accounts were dialed and wait for their retry time.
            await using (var dialed = dataSource.CreateCommand($"""
                update campaign_hopper h set next_eligible_at = @later, claimed_by = null, claimed_until = null
                  from (select h.account_id from campaign_hopper h
                         where h.campaign_id = @campaign order by {HopperSql.ClaimOrder} limit @dialed) d
                 where h.campaign_id = @campaign and h.account_id = d.account_id
                """))
            {
                dialed.Parameters.AddWithValue("later", claimNow.AddDays(1));
                dialed.Parameters.AddWithValue("campaign", campaign.Id);
                dialed.Parameters.AddWithValue("dialed", DialedBefore);
                await dialed.ExecuteNonQueryAsync();
            }

            await ExecuteAsync(dataSource, "vacuum analyze campaign_hopper");
            await ClaimRoundsAsync(hopper, campaign, 5, claimNow, lease, $"after the best {DialedBefore:N0} accounts were dialed and wait a day", team);
            await PrintPlanAsync(connection, campaign, claimNow, lease, $"a claim after the best {DialedBefore:N0} were dialed", team);
        }
        finally
        {
            await RemoveBenchCampaignsAsync(dataSource);
        }
    }

    /// <summary>About 17 minutes of one instance at the target 50 calls per second.</summary>
    private const int DialedBefore = 50_000;

    private static PriorityOrder PriorityNamed(string? name) => name switch
    {
        null or "balance" => PriorityOrder.Default,
        "age" => PriorityOrder.Of([new PrioritySort(PriorityKey.Age, true)]),
        "last-payment" => PriorityOrder.Of([new PrioritySort(PriorityKey.LastPayment, true)]),
        "promise-due" => PriorityOrder.Of([new PrioritySort(PriorityKey.PromiseDue, false), new PrioritySort(PriorityKey.Balance, true)]),
        _ => throw new ArgumentException($"Unknown priority {name}: balance, age, last-payment or promise-due."),
    };

    /// <summary>One claim as a round makes it: 1,000 plain claims, or one account per collector of the team.</summary>
    private static async Task<int> ClaimOnceAsync(HopperStore hopper, Campaign campaign, DateTimeOffset now, TimeSpan lease, IReadOnlyList<IdleCollector>? team) =>
        team is null
            ? (await hopper.ClaimAsync(campaign, PerClaim, "bench", now, lease, CancellationToken.None)).Count
            : (await hopper.ClaimForAsync(campaign, team, "bench", now, lease, CancellationToken.None)).Count;

    private static async Task ClaimRoundsAsync(HopperStore hopper, Campaign campaign, int rounds, DateTimeOffset now, TimeSpan lease, string what, IReadOnlyList<IdleCollector>? team)
    {
        var times = new List<double>(rounds);
        var claimed = 0;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            claimed += await ClaimOnceAsync(hopper, campaign, now, lease, team);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{(team is null ? $"ClaimAsync of {PerClaim:N0}" : $"ClaimForAsync for {team.Count} collectors")}, {rounds} rounds ({claimed:N0} claimed; {what}): " +
            $"first {BenchCampaigns.Ms(times[0])} ms, p50 {BenchCampaigns.Ms(Percentile(times, 0.5))} ms, p95 {BenchCampaigns.Ms(Percentile(times, 0.95))} ms, " +
            $"max {BenchCampaigns.Ms(times.Max())} ms; load average {BenchCampaigns.LoadAverage()}");
    }

    /// <summary>A claim through a data source whose sessions load auto_explain and send each plan to this client.</summary>
    private static async Task PrintPlanAsync(string connection, Campaign campaign, DateTimeOffset now, TimeSpan lease, string what, IReadOnlyList<IdleCollector>? team)
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
        // With a team: its busiest collector and its rarest (one small region, Spanish only), so the plans stay readable.
        var claimed = await ClaimOnceAsync(new HopperStore(explained), campaign, now, lease, team is null ? null : BenchTeam.Extremes(team));
        Console.WriteLine($"plans of {what} ({claimed:N0} claimed; {(team is null ? "select" : "one walk for the team, the lock of its picks, a walk of their own for collectors it did not serve")} and update), as auto_explain reported them:");
        foreach (var line in plans.SelectMany(p => p.Split('\n')))
        {
            // The update's condition lists the 1,000 claimed ids.
            Console.WriteLine(line.Length > 200 ? line[..200] + " …" : line);
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
