using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Tests.Ledger.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.Contact.Support;

/// <summary>
/// The contact gateway as a host wires it (AddPersistence, AddRedis, AddContactGateway) over the fixture's migrated
/// database and a redis-server of the test's own, with the embedded rule sets and a fake clock.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GatewayHost(ServiceProvider services, OwnRedisServer redis, FakeTimeProvider clock)
    {
        _services = services;
        Redis = redis;
        Clock = clock;
    }

    public OwnRedisServer Redis { get; }

    public FakeTimeProvider Clock { get; }

    public IContactLedger Ledger => _services.GetRequiredService<IContactLedger>();

    public ContactFactsLoader Loader => _services.GetRequiredService<ContactFactsLoader>();

    /// <summary>A gateway in a fresh scope, as one request or one dialer job would get it.</summary>
    public ContactGateway Gateway => _services.CreateScope().ServiceProvider.GetRequiredService<ContactGateway>();

    public static async Task<GatewayHost> StartAsync(PostgresFixture database, DateTimeOffset now)
    {
        var redis = await OwnRedisServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis.Configuration,
        }).Build();
        var clock = new FakeTimeProvider(now);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddPersistence(configuration)
            .AddRedis(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddContactGateway();
        var host = new GatewayHost(services.BuildServiceProvider(), redis, clock);
        await host.BringUpLedgerAsync();
        return host;
    }

    /// <summary>
    /// Rebuilds the empty Redis from PostgreSQL as the maintenance loop does after start-up; the clock is moved past the
    /// confirm grace and back, so the test's instant stays the one it chose.
    /// </summary>
    private async Task BringUpLedgerAsync()
    {
        var maintenance = _services.GetRequiredService<LedgerMaintenance>();
        var start = Clock.GetUtcNow();
        for (var i = 0; i < 5 && !await maintenance.RecoverAsync(CancellationToken.None); i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(31));
        }

        Clock.AdjustTime(start);
        if (!Ledger.Status.Ready)
        {
            throw new InvalidOperationException("The ledger did not become ready: " + Ledger.Status.Reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
