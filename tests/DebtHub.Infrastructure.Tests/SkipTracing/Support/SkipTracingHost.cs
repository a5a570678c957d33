using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.SkipTracing;
using DebtHub.Infrastructure.SkipTracing.Batch;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.SkipTracing.Support;

/// <summary>
/// Skip tracing wired as a host wires it (AddPersistence, AddSsnProtection, AddSkipTracing) over the fixture's database,
/// with one vendor, "acme", pointing at the sandbox: 0.50 USD a lookup, a budget of 100 unless told otherwise.
/// </summary>
internal sealed class SkipTracingHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SkipTracingHost(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public SkipTraceWaterfall Waterfall => _services.GetRequiredService<SkipTraceWaterfall>();

    public SkipTraceReview Review => _services.GetRequiredService<SkipTraceReview>();

    public SkipTraceBatchExchange Batches => _services.GetRequiredService<SkipTraceBatchExchange>();

    public SkipTraceBudgets Budgets => _services.GetRequiredService<SkipTraceBudgets>();

    public static SkipTracingHost Start(PostgresFixture database, Uri sandbox, DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["Security:SsnEncryptionKey"] = Convert.ToBase64String(Enumerable.Repeat((byte)3, 32).ToArray()),
            ["Security:SsnHashKey"] = Convert.ToBase64String(Enumerable.Repeat((byte)5, 32).ToArray()),
            ["SkipTracing:Waterfall:0"] = "internal",
            ["SkipTracing:Waterfall:1"] = "acme",
            ["SkipTracing:ConfidenceThreshold"] = "80",
            ["SkipTracing:Vendors:acme:BaseUrl"] = sandbox.ToString(),
            ["SkipTracing:Vendors:acme:ApiKey"] = VendorSandbox.ApiKey,
            ["SkipTracing:Vendors:acme:CostPerLookup"] = "0.50",
            ["SkipTracing:Vendors:acme:MonthlyBudget"] = "100",
            ["SkipTracing:Vendors:acme:RequestsPerSecond"] = "50",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FakeTimeProvider(now);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddPersistence(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddSsnProtection()
            .AddSkipTracing(configuration);
        return new SkipTracingHost(services.BuildServiceProvider(), clock);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
