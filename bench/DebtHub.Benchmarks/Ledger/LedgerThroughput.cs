using System.Diagnostics;
using System.Globalization;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

namespace DebtHub.Benchmarks.Ledger;

/// <summary>
/// Reservations per second and latency percentiles with 1 and 16 concurrent callers, beside a raw Redis PING in the same
/// run and on the same connection, so the figures show how close the ledger is to Redis's own round trip. A load driver
/// rather than BenchmarkDotNet: throughput under concurrency and p99 are what matter. It starts its own redis-server on
/// a free loopback port and a scratch PostgreSQL database (DEBTHUB_TEST_POSTGRES), dropped at the end.
/// Run: <c>dotnet run -c Release --project bench/DebtHub.Benchmarks -- --ledger-throughput [seconds]</c>.
/// </summary>
public static class LedgerThroughput
{
    // Enough debtors that the granted rows never come round to one already called (16 callers at ~20,000/s for 10 s).
    private const int Debtors = 400_000;

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set (source the test environment first).");
        var database = $"debthub_bench_ledger_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync(server, $"create database \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await using (var dataSource = NpgsqlDataSource.Create(connection))
            {
                await new DatabaseMigrator(dataSource).MigrateAsync(CancellationToken.None);
            }

            await using var redis = await RedisProcess.StartAsync();
            var settings = new LoadSettings(connection, redis.Configuration, 0, TimeSpan.Zero, TimeProvider.System.GetUtcNow(),
                TimeProvider.System.GetUtcNow(), 1, TimeSpan.FromMinutes(2), TimeSpan.Zero, 0);
            await using var host = await LoadHost.StartAsync(settings, CancellationToken.None);
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            var templates = Templates(host.Clock.GetUtcNow());
            using var multiplexer = ConnectionMultiplexer.Connect(redis.Configuration + ",allowAdmin=true");
            var ping = multiplexer.GetDatabase();

            Console.WriteLine($"contact ledger on loopback redis-server, {Environment.ProcessorCount} cores, {seconds:0} s per row, " +
                $"{templates[0].Limits.Count} limits and {templates[0].Counters.Count} windows per reservation");
            Console.WriteLine("| operation | callers | ops/s | p50 µs | p99 µs | granted | redis-server CPU µs/op | client CPU µs/op |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            var redisServer = multiplexer.GetServer(multiplexer.GetEndPoints()[0]);
            // Granted rows take debtors never called before; refused rows call the already-called ones again, which meet
            // the one-call-per-number-per-day policy after every limit was checked (the common case for a busy dialer).
            var fresh = -1L;
            async Task<bool> Reserve(ReservationRequest template) =>
                (await host.Ledger.ReserveAsync(template with { ReservationId = Guid.NewGuid() }, CancellationToken.None)).Granted;
            foreach (var callers in new[] { 1, 16 })
            {
                await Measure("Redis PING", callers, seconds, redisServer, _ => ping.PingAsync().ContinueWith(_ => true, TaskScheduler.Default));
                await Measure("ReserveAsync, new debtor", callers, seconds, redisServer,
                    _ => Reserve(templates[(int)(Interlocked.Increment(ref fresh) % templates.Length)]));
                var called = Math.Min(Interlocked.Read(ref fresh), templates.Length);
                var again = 0L;
                await Measure("ReserveAsync, called again", callers, seconds, redisServer,
                    _ => Reserve(templates[(int)(Interlocked.Increment(ref again) % called)]));
            }

            // Redis's own account of the work per call, free of client and scheduling noise.
            var stats = redisServer.InfoRaw("commandstats");
            foreach (var line in stats.Split('\n').Where(l => l.StartsWith("cmdstat_evalsha", StringComparison.Ordinal) || l.StartsWith("cmdstat_ping", StringComparison.Ordinal)))
            {
                Console.WriteLine("redis-server " + line.Trim());
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"drop database if exists \"{database}\" with (force)");
        }
    }

    /// <summary>
    /// One call per synthetic debtor (a New York cell number, two debts, RULES.md's default limits and policy): 8 limit
    /// checks and 8 windows per reservation (the run prints the counts).
    /// </summary>
    private static ReservationRequest[] Templates(DateTimeOffset at)
    {
        var tables = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddCompliance()
            .BuildServiceProvider().GetRequiredService<LocationTables>();
        var rules = LoadHost.LoadRules(TimeSpan.FromMinutes(2));
        var creditor = new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty);
        var templates = new ReservationRequest[Debtors];
        for (var i = 0; i < Debtors; i++)
        {
            var number = $"+1212{5550000 + i:D7}";
            var facts = new ContactFacts(new DebtorFacts(Guid.NewGuid()), [new DebtFacts(Guid.NewGuid()), new DebtFacts(Guid.NewGuid())],
                [new PhoneFacts(number, LineType.Wireless, PhoneUse.Mobile)], [new AddressFacts("10001", "NY")], [], [], null, [], [], [], [], creditor, null);
            var context = new ContactContext(new ContactRequest(ContactChannel.Call, ContactMode.Progressive, number, at), facts, rules, tables);
            templates[i] = ReservationRequest.For(Guid.NewGuid(), context, at + TimeSpan.FromDays(1));
        }

        return templates;
    }

    private static async Task Measure(string name, int callers, double seconds, IServer server, Func<int, Task<bool>> operation)
    {
        // Warm-up, then the measured run; each caller records its own latencies. CPU time per operation (Redis's and
        // ours) is what a loaded, shared machine cannot inflate the way it inflates wall-clock figures.
        await RunFor(callers, TimeSpan.FromSeconds(1), operation);
        var redisCpu = RedisCpuSeconds(server);
        var process = Process.GetCurrentProcess();
        var clientCpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var results = await RunFor(callers, TimeSpan.FromSeconds(seconds), operation);
        var elapsed = wall.Elapsed.TotalSeconds;
        process.Refresh();
        var clientCpuPerOp = (process.TotalProcessorTime - clientCpu).TotalMicroseconds;
        var redisCpuPerOp = (RedisCpuSeconds(server) - redisCpu) * 1e6;
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var granted = results.Sum(r => r.Granted);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * p))] * 1e6 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {callers} | {latencies.Length / elapsed:N0} | {Percentile(0.50):N0} | {Percentile(0.99):N0} | {(name == "Redis PING" ? "-" : $"{100.0 * granted / latencies.Length:0}%")} | {redisCpuPerOp / latencies.Length:F1} | {clientCpuPerOp / latencies.Length:F1} |"));
    }

    private static double RedisCpuSeconds(IServer server)
    {
        var cpu = server.InfoRaw("cpu").Split('\n').Select(l => l.Trim().Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return double.Parse(cpu["used_cpu_user"], CultureInfo.InvariantCulture) + double.Parse(cpu["used_cpu_sys"], CultureInfo.InvariantCulture);
    }

    private static async Task<(List<long> Latencies, long Granted)[]> RunFor(int callers, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var latencies = new List<long>(100_000);
            long granted = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                if (await operation(c))
                {
                    granted++;
                }

                latencies.Add(Stopwatch.GetTimestamp() - start);
            }

            return (latencies, granted);
        }));
        return await Task.WhenAll(workers);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(server);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
