using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DebtHub.LedgerLoad;

/// <summary>
/// One process's ledger, wired as the API wires it (AddPersistence, AddRedis, AddContactLedger with its maintenance
/// loop running), on a simulated clock and a rule set whose permits live <see cref="LoadSettings.PermitLifetime"/>.
/// </summary>
public sealed class LoadHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private LoadHost(ServiceProvider services, LoadSettings settings)
    {
        _services = services;
        Settings = settings;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public LoadSettings Settings { get; }

    public IContactLedger Ledger => _services.GetRequiredService<IContactLedger>();

    public TimeProvider Clock => _services.GetRequiredService<TimeProvider>();

    public static async Task<LoadHost> StartAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = settings.Postgres,
            ["ConnectionStrings:Redis"] = settings.Redis,
            ["ContactLedger:ConfirmGrace"] = settings.ConfirmGrace.ToString(),
            ["ContactLedger:RetryInterval"] = "00:00:00.050",
        }).Build();
        var rules = LoadRules(settings.PermitLifetime);
        var clock = new ScaledTimeProvider(TimeProvider.System, settings.RealOrigin, settings.SimulatedOrigin, settings.Speed);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(settings.LogLevel))
            .AddPersistence(configuration)
            .AddRedis(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddCompliance()
            .AddSingleton(RuleSetSchedule.Single(rules))
            .AddContactLedger()
            .BuildServiceProvider();
        var host = new LoadHost(services, settings);
        foreach (var hosted in host._hosted)
        {
            await hosted.StartAsync(cancellationToken);
        }

        return host;
    }

    /// <summary>RULES.md's numbers, with a permit lifetime that suits a clock running thousands of times too fast.</summary>
    public static RuleSet LoadRules(TimeSpan permitLifetime) => RuleSet.Default("load-test") with { PermitLifetime = permitLifetime };

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (!Ledger.Status.Ready)
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException("The contact ledger did not become ready: " + Ledger.Status.Reason);
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    public async Task<LoadStats> RunAsync(CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(Settings.Postgres);
        var debtors = await LoadPortfolio.LoadAsync(dataSource, cancellationToken);
        var rules = _services.GetRequiredService<RuleSetSchedule>().Versions[0];
        var tables = _services.GetRequiredService<LocationTables>();
        var gate = new ComplianceGate(RuleRegistry.Default, _services.GetRequiredService<RuleSetSchedule>(), tables);
        var driver = new LoadDriver(Ledger, gate, tables, rules, Clock, debtors);
        return await driver.RunAsync(Settings.Workers, Settings.Duration, Settings.Seed, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}

/// <summary>A load run's settings; two processes share origins and speed so their simulated clocks agree.</summary>
public sealed record LoadSettings(
    string Postgres,
    string Redis,
    int Workers,
    TimeSpan Duration,
    DateTimeOffset RealOrigin,
    DateTimeOffset SimulatedOrigin,
    double Speed,
    TimeSpan PermitLifetime,
    TimeSpan ConfirmGrace,
    int Seed,
    LogLevel LogLevel = LogLevel.Warning)
{
    public IEnumerable<string> ToArguments() =>
    [
        "--postgres", Postgres, "--redis", Redis, "--workers", Workers.ToString(Inv), "--seconds", Duration.TotalSeconds.ToString(Inv),
        "--real-origin", RealOrigin.ToUnixTimeMilliseconds().ToString(Inv), "--sim-origin", SimulatedOrigin.ToUnixTimeMilliseconds().ToString(Inv),
        "--speed", Speed.ToString(Inv), "--permit-lifetime", PermitLifetime.ToString(), "--confirm-grace", ConfirmGrace.ToString(),
        "--seed", Seed.ToString(Inv),
    ];

    public static LoadSettings Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i]] = args[i + 1];
        }

        string Get(string name) => map.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing {name}");
        return new LoadSettings(
            Get("--postgres"),
            Get("--redis"),
            int.Parse(Get("--workers"), Inv),
            TimeSpan.FromSeconds(double.Parse(Get("--seconds"), Inv)),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Get("--real-origin"), Inv)),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Get("--sim-origin"), Inv)),
            double.Parse(Get("--speed"), Inv),
            TimeSpan.Parse(Get("--permit-lifetime"), Inv),
            TimeSpan.Parse(Get("--confirm-grace"), Inv),
            int.Parse(Get("--seed"), Inv));
    }

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;
}
