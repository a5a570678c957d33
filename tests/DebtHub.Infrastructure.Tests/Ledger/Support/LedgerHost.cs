using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.Ledger.Support;

/// <summary>
/// The ledger as the API wires it (AddPersistence, AddRedis, AddContactLedger) over a fresh migrated database and the
/// test's own redis-server, with a fake clock the test moves.
/// </summary>
internal sealed class LedgerHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LedgerHost(ServiceProvider services, RedisProcess redis, FakeTimeProvider clock)
    {
        _services = services;
        Redis = redis;
        Clock = clock;
    }

    /// <summary>A Wednesday, 10:00 in New York.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 10, 14, 0, 0, TimeSpan.Zero);

    public RedisProcess Redis { get; }

    public FakeTimeProvider Clock { get; }

    public IContactLedger Ledger => _services.GetRequiredService<IContactLedger>();

    internal LedgerMaintenance Maintenance => _services.GetRequiredService<LedgerMaintenance>();

    public RedisConnection Connection => _services.GetRequiredService<RedisConnection>();

    public static async Task<LedgerHost> StartAsync(PostgresFixture database, RuleSet? ruleSet = null, TimeSpan? confirmGrace = null)
    {
        var redis = await RedisProcess.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis.Configuration,
            ["ContactLedger:ConfirmGrace"] = (confirmGrace ?? TimeSpan.FromSeconds(30)).ToString(),
            ["ContactLedger:RetryInterval"] = "00:00:00.050",
        }).Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddPersistence(configuration)
            .AddRedis(configuration)
            .AddSingleton<TimeProvider>(clock);
        if (ruleSet is not null)
        {
            services.AddSingleton(RuleSetSchedule.Single(ruleSet));
        }

        services.AddContactLedger();
        var provider = services.BuildServiceProvider();
        return new LedgerHost(provider, redis, clock);
    }

    /// <summary>Runs recovery steps until the ledger is ready, moving the fake clock past the confirm grace as needed.</summary>
    public async Task BringUpAsync()
    {
        for (var i = 0; i < 10; i++)
        {
            if (await Maintenance.RecoverAsync(CancellationToken.None))
            {
                return;
            }

            Clock.Advance(TimeSpan.FromSeconds(31));
        }

        throw new InvalidOperationException("The ledger did not become ready: " + Ledger.Status.Reason);
    }

    /// <summary>A debtor with one account in PostgreSQL (the attempt record's foreign keys need them).</summary>
    public static async Task<(Guid DebtorId, Guid AccountId)> PlaceDebtorAsync(PostgresFixture database)
    {
        await using var db = database.NewContext();
        var now = Start;
        var creditor = Creditor.Create($"Creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, now);
        var portfolio = creditor.PlacePortfolio("Ledger tests", new DateOnly(2026, 3, 1), now);
        var debtor = Debtor.CreatePerson("Test", null, "Debtor", new DateOnly(1980, 5, 17), "en", now);
        var account = Account.Place(new AccountPlacement(
            debtor.Id, creditor.Id, portfolio.Id, $"LG-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
            new Money(1000m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
            null, new DateOnly(2030, 1, 31), "NY"), now);
        db.AddRange(creditor, portfolio, debtor, account);
        await db.SaveChangesAsync();
        return (debtor.Id, account.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
