using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Cryptography;
using DebtHub.Dialer;
using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.Seeding;
using DebtHub.Infrastructure.Twilio;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>
/// Calls per second one dialer instance places against the Twilio sandbox, and our process's CPU time per placed call
/// (issue 8 §10: at least 50 calls/s with under 2 ms of our own work per call). A load driver, not BenchmarkDotNet.
/// The dialing path is production's: pacing rounds (<see cref="PacingRound"/>: hopper claim, then per account
/// <see cref="CampaignCallPlacer"/>: the gate's facts and rules, the ledger's reservation and confirmation with the
/// attempt written to PostgreSQL, the REST call through <c>TwilioCallsClient</c>), wired as a host wires the dialer,
/// over a scratch PostgreSQL database seeded with the demo portfolio, a redis-server of its own and the sandbox as a
/// separate process. Beside it, in the same run and alternating, the baseline: a bare POST to the sandbox's Calls
/// endpoint through the same named HttpClient, as many at once as a round places (8). The clock is the real one moved to
/// a Tuesday afternoon (every US zone within calling hours), so the figures do not depend on when the benchmark runs.
/// Run: <c>dotnet DebtHub.Benchmarks.dll --dialer-throughput [seconds per phase, 15] [accounts, 40000] [calls per round, 200]
/// [extra Npgsql connection settings]</c>.
/// </summary>
public static class DialerThroughput
{
    /// <summary>Tuesday 1 December 2026, 14:00 in New York, 09:00 in Honolulu.</summary>
    private static readonly DateTimeOffset SimulatedStart = new(2026, 12, 1, 19, 0, 0, TimeSpan.Zero);

    /// <summary>PacingRound places at most this many calls at once; the baseline keeps as many POSTs in flight.</summary>
    private const int RoundParallelism = 8;

    private const int SequentialCalls = 200;

    private const int WarmUpSeconds = 15;

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var accounts = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40_000;
        var perRound = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
        // Extra Npgsql settings for the dialer's connections, to try one without changing production (e.g. "Max Auto Prepare=64").
        var extraSettings = args.Length > 4 ? args[4] : "";
        var server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set (source the test environment first).");
        var database = $"debthub_bench_dialer_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync(server, $"create database \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server + ";" + extraSettings) { Database = database, MaxPoolSize = 64 }.ConnectionString;
            Console.WriteLine($"dialer's PostgreSQL settings: {(extraSettings.Length == 0 ? "as production (none added)" : extraSettings)}");
            await SeedAsync(connection, accounts);
            await using var redis = await RedisProcess.StartAsync();
            await using var sandbox = await SandboxProcess.StartAsync();
            var warnings = new WarningCounter();
            using var host = BuildHost(connection, redis.Configuration, sandbox, perRound, warnings);
            await host.StartAsync();
            try
            {
                await MeasureAsync(host.Services, redis.Configuration, sandbox, seconds, accounts, perRound);
                Console.WriteLine("the dialer's warnings and errors (event, count): " + warnings.Summary());
            }
            finally
            {
                await host.StopAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"drop database if exists \"{database}\" with (force)");
        }
    }

    private static async Task MeasureAsync(IServiceProvider services, string redisConfiguration, SandboxProcess sandbox, double seconds, int accounts, int perRound)
    {
        await WaitForLedgerAsync(services.GetRequiredService<IContactLedger>());
        Guid campaignId;
        await using (var scope = services.CreateAsyncScope())
        {
            var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateAsync($"{BenchCampaigns.NamePrefix}calls per second", BenchCampaigns.Settings(), CancellationToken.None);
            campaignId = (await campaigns.StartAsync(created.Id, CancellationToken.None)).Id;
        }

        using var redisAdmin = ConnectionMultiplexer.Connect(redisConfiguration + ",allowAdmin=true");
        var redisServer = redisAdmin.GetServer(redisAdmin.GetEndPoints()[0]);
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("twilio");
        var to = 0;
        async Task<bool> Post()
        {
            // What CampaignCallPlacer's call carries (URLs, status callback events, timeout), without the gate, the ledger or the hopper.
            var number = $"+1212{5_550_000 + (Interlocked.Increment(ref to) % 1_000_000):D7}";
            using var form = new FormUrlEncodedContent(
            [
                new("To", number), new("From", "+12125550100"), new("Url", "http://127.0.0.1:9/twilio/voice/answer?attempt=" + Guid.NewGuid()),
                new("StatusCallback", "http://127.0.0.1:9/twilio/voice/status?attempt=" + Guid.NewGuid()),
                new("StatusCallbackEvent", "initiated"), new("StatusCallbackEvent", "ringing"), new("StatusCallbackEvent", "answered"),
                new("StatusCallbackEvent", "completed"), new("Timeout", "25"),
            ]);
            using var response = await http.PostAsync(new Uri($"2010-04-01/Accounts/{SandboxProcess.AccountSid}/Calls.json", UriKind.Relative), form);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        }

        var minLines = int.MaxValue;
        var dialed = 0;
        var notPlaced = 0;
        async Task<PhaseCounts> Rounds(TimeSpan duration)
        {
            var counts = new PhaseCounts();
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                await using var scope = services.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                var result = await scope.ServiceProvider.GetRequiredService<PacingRound>().RunAsync(campaignId, CancellationToken.None);
                counts.RoundMilliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (result.Skipped is { } why)
                {
                    throw new InvalidOperationException("The pacing round did not dial: " + why);
                }

                minLines = Math.Min(minLines, result.Plan!.Lines);
                dialed += result.Dialed;
                notPlaced += result.NotPlaced;
                counts.Add(result);
                if (result.Claimed == 0)
                {
                    throw new InvalidOperationException($"The hopper ran dry: seed more than {accounts:N0} accounts or run shorter phases.");
                }
            }

            return counts;
        }

        async Task<PhaseCounts> Posts(TimeSpan duration)
        {
            var counts = new PhaseCounts();
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var failed = 0;
            await Task.WhenAll(Enumerable.Range(0, RoundParallelism).Select(_ => Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < until)
                {
                    if (!await Post())
                    {
                        Interlocked.Increment(ref failed);
                    }

                    Interlocked.Increment(ref counts.Calls);
                }
            })));
            counts.NotPlaced = failed;
            return counts;
        }

        var phase = new PhaseMeter(sandbox, redisServer);
        Console.WriteLine($"{Environment.ProcessorCount} cores; {accounts:N0} demo accounts; progressive campaign, up to {perRound} calls a round, " +
            $"{RoundParallelism} placements at once; {seconds:0} s per phase; load average {BenchCampaigns.LoadAverage()}");

        // Warm-up: the pools, the sandbox's first calls and most of tiered compilation (a dialer runs for hours; the JIT
        // time still spent in each phase is printed beside its CPU time).
        await Posts(TimeSpan.FromSeconds(5));
        await Rounds(TimeSpan.FromSeconds(WarmUpSeconds));
        Console.WriteLine("| phase | calls/s | wall ms per call | our CPU ms per call | of which JIT | sandbox CPU ms per call | redis CPU ms per call | looked at / placed / blocked / not placed | round p50 ms | load average |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---|");
        for (var pair = 1; pair <= 2; pair++)
        {
            Print($"bare POST ×{RoundParallelism} ({pair})", await phase.RunAsync(() => Posts(TimeSpan.FromSeconds(seconds))));
            Print($"pacing rounds ({pair})", await phase.RunAsync(() => Rounds(TimeSpan.FromSeconds(seconds))));
        }

        Console.WriteLine($"fewest lines a round's pacing plan asked for: {minLines} (rounds claim at most {perRound}: pacing was not the limit when this equals it)");
        var (sequentialDialed, sequentialNotPlaced) = await SequentialAsync(services, campaignId, Post);
        dialed += sequentialDialed;
        notPlaced += sequentialNotPlaced;
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await using (var check = dataSource.CreateCommand("""
            select count(*) filter (where disposition <> 'NotPlaced'), count(*) filter (where disposition = 'NotPlaced')
              from contact_attempts where campaign_id = @c and direction = 'Outbound'
            """))
        {
            check.Parameters.AddWithValue("c", campaignId);
            await using var reader = await check.ExecuteReaderAsync();
            await reader.ReadAsync();

            // Each pair should be equal: a confirmed attempt is either a dialed call or recorded NotPlaced (CampaignCallPlacer).
            Console.WriteLine($"calls placed by the dialer in this run (warm-up included): {dialed:N0}; attempts recorded in PostgreSQL for the campaign " +
                $"and not recorded NotPlaced: {reader.GetInt64(0):N0}; placements counted not placed: {notPlaced:N0}; attempts recorded NotPlaced: " +
                $"{reader.GetInt64(1):N0}; load average {BenchCampaigns.LoadAverage()}");
        }

        // Why the accounts looked at and not dialed were blocked (the demo portfolio has holds, disputes, bad numbers, ...).
        await using (var blocks = dataSource.CreateCommand(
            "select rule, count(*) from campaign_hopper, unnest(blocked_by) rule where campaign_id = @c group by rule order by 2 desc, 1"))
        {
            blocks.Parameters.AddWithValue("c", campaignId);
            await using var reader = await blocks.ExecuteReaderAsync();
            var parts = new List<string>();
            while (await reader.ReadAsync())
            {
                parts.Add($"{reader.GetString(0)} {reader.GetInt64(1):N0}");
            }

            Console.WriteLine("blocked accounts by rule: " + string.Join(", ", parts));
        }
    }

    /// <summary>
    /// One call at a time: the latency and CPU time of a placement beside a bare POST's, and of the gate's read side alone
    /// (<see cref="ContactGateway.EvaluateAsync"/>: facts from PostgreSQL and the rules, nothing reserved or written) for
    /// the same accounts, to show where a placement's CPU time goes.
    /// </summary>
    private static async Task<(int Dialed, int NotPlaced)> SequentialAsync(IServiceProvider services, Guid campaignId, Func<Task<bool>> post)
    {
        var posts = await OneAtATimeAsync(Enumerable.Range(0, SequentialCalls), async _ => await post());
        await using var scope = services.CreateAsyncScope();
        var campaign = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
        var clock = services.GetRequiredService<TimeProvider>();
        var ids = await services.GetRequiredService<HopperStore>().ClaimAsync(
            campaign, SequentialCalls, services.GetRequiredService<IOptions<DialerOptions>>().Value.InstanceId, clock.GetUtcNow(), TimeSpan.FromMinutes(1), CancellationToken.None);
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var phones = await FirstPhonesAsync(dataSource, ids);
        var roundTrips = await OneAtATimeAsync(Enumerable.Range(0, SequentialCalls * 5), async _ =>
        {
            await using var command = dataSource.CreateCommand("select 1");
            return await command.ExecuteScalarAsync() is 1;
        });
        var loads = await OneAtATimeAsync(Enumerable.Repeat(ids, 5).SelectMany(x => x), async id =>
        {
            var snapshot = await services.GetRequiredService<ContactFactsLoader>().LoadAsync([id], ContactChannel.Call, clock.GetUtcNow(), CancellationToken.None);
            return snapshot.Phones.Count > 0;
        });
        var evaluations = await OneAtATimeAsync(phones, async p =>
        {
            await using var s = services.CreateAsyncScope();
            var eligibility = await s.ServiceProvider.GetRequiredService<ContactGateway>().EvaluateAsync(
                new ContactIntent([p.Account], p.Phone, ContactChannel.Call, ContactMode.Progressive, CampaignId: campaignId), null, CancellationToken.None);
            return eligibility.Allowed;
        });
        var notPlaced = 0;
        var placements = await OneAtATimeAsync(ids, async id =>
        {
            await using var s = services.CreateAsyncScope();
            var result = (await s.ServiceProvider.GetRequiredService<CampaignCallPlacer>().PlaceAsync(campaign, id, ContactMode.Progressive, null, null, CancellationToken.None)).Result;
            notPlaced += result == PlacementResult.NotPlaced ? 1 : 0;
            return result == PlacementResult.Dialed;
        });
        Console.WriteLine("| one at a time | operations | of which allowed / placed | wall p50 ms | wall p95 ms | our CPU ms per operation |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        PrintSequential("bare POST", posts);
        PrintSequential("PostgreSQL round trip (select 1)", roundTrips);
        PrintSequential("ContactFactsLoader.LoadAsync (the facts batch alone)", loads);
        PrintSequential("ContactGateway.EvaluateAsync (facts + rules)", evaluations);
        PrintSequential("CampaignCallPlacer.PlaceAsync", placements);
        return (placements.Succeeded, notPlaced);
    }

    private static async Task<List<(Guid Account, Guid Phone)>> FirstPhonesAsync(NpgsqlDataSource dataSource, IReadOnlyList<Guid> accounts)
    {
        await using var command = dataSource.CreateCommand("""
            select distinct on (a.id) a.id, p.id from accounts a join debtor_phones p on p.debtor_id = a.debtor_id
             where a.id = any(@ids) order by a.id, (p.line_type = 'Mobile') desc, p.added_at, p.id
            """);
        command.Parameters.AddWithValue("ids", accounts.ToArray());
        var phones = new List<(Guid, Guid)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            phones.Add((reader.GetGuid(0), reader.GetGuid(1)));
        }

        return phones;
    }

    private sealed record Sequential(int Operations, int Succeeded, List<double> Milliseconds, TimeSpan Cpu);

    private static async Task<Sequential> OneAtATimeAsync<T>(IEnumerable<T> items, Func<T, Task<bool>> operation)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var times = new List<double>();
        var succeeded = 0;
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            succeeded += await operation(item) ? 1 : 0;
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        process.Refresh();
        return new Sequential(times.Count, succeeded, times, process.TotalProcessorTime - cpu);
    }

    private static void PrintSequential(string name, Sequential r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.Operations} | {r.Succeeded} | {BenchCampaigns.Ms(Percentile(r.Milliseconds, 0.5))} | {BenchCampaigns.Ms(Percentile(r.Milliseconds, 0.95))} | " +
            $"{r.Cpu.TotalMilliseconds / Math.Max(1, r.Operations):0.00} |"));

    private static void Print(string name, PhaseResult r)
    {
        var perCall = (double)Math.Max(1, r.Counts.Placed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.Counts.Placed / r.Wall.TotalSeconds:0.0} | {r.Wall.TotalMilliseconds / perCall:0.00} | {r.OurCpu.TotalMilliseconds / perCall:0.00} | {r.Jit.TotalMilliseconds / perCall:0.00} | " +
            $"{r.SandboxCpu.TotalMilliseconds / perCall:0.00} | {r.RedisCpu.TotalMilliseconds / perCall:0.00} | " +
            $"{r.Counts.Looked:N0} / {r.Counts.Placed:N0} / {r.Counts.Blocked:N0} / {r.Counts.NotPlaced:N0} | " +
            $"{(r.Counts.RoundMilliseconds.Count == 0 ? "-" : BenchCampaigns.Ms(Percentile(r.Counts.RoundMilliseconds, 0.5)))} | {r.LoadAverage} |"));
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(sorted.Length * p) - 1))];
    }

    private static IHost BuildHost(string connection, string redis, SandboxProcess sandbox, int perRound, WarningCounter warnings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connection,
            ["ConnectionStrings:Redis"] = redis,
            ["Twilio:BaseUrl"] = sandbox.BaseUrl.AbsoluteUri,
            ["Twilio:AccountSid"] = SandboxProcess.AccountSid,
            ["Twilio:AuthToken"] = sandbox.AuthToken,
            // Nothing listens there: the sandbox's callbacks are refused at once. Webhooks are not part of placing a call.
            ["Twilio:PublicWebhookBaseUrl"] = "http://127.0.0.1:9/",
            ["ContactLedger:ConfirmGrace"] = "00:00:01",
            ["Dialer:InstanceId"] = "bench-dialer",
            ["Dialer:RunScheduler"] = "false",
            // The most the options allow: pacing opens lines for them minus the calls of the last 90 s without a result.
            ["Dialer:SimulatedIdleCollectors"] = "10000",
            ["Dialer:MaxCallsPerRound"] = perRound.ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(warnings);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddRedis(builder.Configuration);
        builder.Services.AddContactLedger();
        builder.Services.AddContactGateway();
        builder.Services.AddTwilio();
        builder.Services.AddDialer(builder.Configuration);

        // Last, so it wins over the system clock the modules register.
        builder.Services.AddSingleton<TimeProvider>(new ScaledTimeProvider(TimeProvider.System, TimeProvider.System.GetUtcNow(), SimulatedStart, 1));
        return builder.Build();
    }

    private static async Task SeedAsync(string connection, int accounts)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await new DatabaseMigrator(dataSource).MigrateAsync(CancellationToken.None);
        // Throw-away keys: the seeded SSNs are fake and the database is dropped at the end.
        var keys = Options.Create(new SecurityOptions
        {
            SsnEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            SsnHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var watch = Stopwatch.StartNew();
        var summary = await new DemoSeeder(dataSource, new SsnProtector(keys))
            .SeedAsync(new SeedOptions(accounts, SeedOptions.DefaultSeed, DateOnly.FromDateTime(SimulatedStart.UtcDateTime).AddDays(-1)), null, CancellationToken.None);
        Console.WriteLine($"seeded {summary.Accounts:N0} accounts, {summary.Phones:N0} phones in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task WaitForLedgerAsync(IContactLedger ledger)
    {
        var until = Stopwatch.GetTimestamp() + (120 * Stopwatch.Frequency);
        while (!ledger.Status.Ready)
        {
            if (Stopwatch.GetTimestamp() > until)
            {
                throw new InvalidOperationException("The contact ledger did not become ready within 120 s: " + ledger.Status.Reason);
            }

            await Task.Delay(200);
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(server);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PhaseCounts
    {
        public int Calls;
        public int Looked;
        public int Blocked;
        public int NotPlaced;

        public List<double> RoundMilliseconds { get; } = [];

        /// <summary>Calls that reached the sandbox: placed by the dialer, or bare POSTs the sandbox accepted.</summary>
        public int Placed => RoundMilliseconds.Count == 0 ? Calls - NotPlaced : Calls;

        public void Add(PacingRoundResult result)
        {
            Looked += result.Claimed;
            Calls += result.Dialed;
            Blocked += result.Blocked;
            NotPlaced += result.NotPlaced;
        }
    }

    private sealed record PhaseResult(PhaseCounts Counts, TimeSpan Wall, TimeSpan OurCpu, TimeSpan Jit, TimeSpan SandboxCpu, TimeSpan RedisCpu, string LoadAverage);

    /// <summary>Wall time and the CPU time of our process, the sandbox and redis-server over one phase.</summary>
    private sealed class PhaseMeter(SandboxProcess sandbox, IServer redis)
    {
        public async Task<PhaseResult> RunAsync(Func<Task<PhaseCounts>> phase)
        {
            var process = Process.GetCurrentProcess();
            var (ours, jit, theirs, redisCpu) = (process.TotalProcessorTime, JitInfo.GetCompilationTime(), sandbox.CpuTime, RedisCpu());
            var watch = Stopwatch.StartNew();
            var counts = await phase();
            var wall = watch.Elapsed;
            process.Refresh();
            return new PhaseResult(counts, wall, process.TotalProcessorTime - ours, JitInfo.GetCompilationTime() - jit, sandbox.CpuTime - theirs, RedisCpu() - redisCpu, BenchCampaigns.LoadAverage());
        }

        private TimeSpan RedisCpu()
        {
            var cpu = redis.InfoRaw("cpu").Split('\n').Select(l => l.Trim().Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            return TimeSpan.FromSeconds(double.Parse(cpu["used_cpu_user"], CultureInfo.InvariantCulture) + double.Parse(cpu["used_cpu_sys"], CultureInfo.InvariantCulture));
        }
    }
}
