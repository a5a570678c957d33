using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Dialer.Worker;
using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

/// <summary>
/// One dialer instance in this process, wired as a host wires it (<see cref="DialerWiring"/>, shared with the worker
/// process) over a shared test database and Redis, with the Twilio client pointed at the sandbox, its own instance id
/// and clock. With <c>runScheduler</c> the clustered Quartz scheduler runs; otherwise tests drive pacing rounds themselves.
/// </summary>
internal sealed class DialerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DialerHost(IHost host, TimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public string InstanceId => Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DialerOptions>>().Value.InstanceId;

    public static async Task<DialerHost> StartAsync(
        TestDatabase database, string redis, Uri sandbox, TimeProvider clock, string instanceId, bool runScheduler = false, int idleCollectors = 10,
        IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var builder = DialerWiring.CreateBuilder(Settings(database, redis, sandbox, instanceId, runScheduler, idleCollectors, extra), clock, services);
        builder.Logging.ClearProviders();
        var host = builder.Build();
        var dialer = new DialerHost(host, clock);
        if (clock is Microsoft.Extensions.Time.Testing.FakeTimeProvider fake)
        {
            await dialer.BringUpLedgerAsync(fake);
        }

        await host.StartAsync();
        return dialer;
    }

    /// <summary>The settings of one dialer instance over the test's database, Redis and sandbox (in-process or a worker process).</summary>
    public static Dictionary<string, string?> Settings(
        TestDatabase database, string redis, Uri sandbox, string instanceId, bool runScheduler, int idleCollectors, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis,
            ["Twilio:BaseUrl"] = sandbox.AbsoluteUri,
            ["Twilio:AccountSid"] = WebhookHost.AccountSid,
            ["Twilio:AuthToken"] = WebhookHost.AuthToken,
            ["Twilio:PublicWebhookBaseUrl"] = "http://127.0.0.1:9/",
            ["ContactLedger:ConfirmGrace"] = "00:00:01",
            ["Dialer:InstanceId"] = instanceId,
            ["Dialer:RunScheduler"] = runScheduler ? "true" : "false",
            ["Dialer:SimulatedIdleCollectors"] = idleCollectors.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dialer:PacingIntervalSeconds"] = "1",
            ["Dialer:HopperRefillSeconds"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public CampaignService Campaigns(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<CampaignService>();

    /// <summary>Creates and starts a campaign with the fixtures' settings over the creditor's accounts; its id.</summary>
    public async Task<Guid> StartCampaignAsync(string name, Guid creditorId)
    {
        using var scope = Services.CreateScope();
        var campaign = await Campaigns(scope).CreateAsync(name, CampaignFixtures.Settings(creditorId), default);
        await Campaigns(scope).StartAsync(campaign.Id, default);
        return campaign.Id;
    }

    public async Task<PacingRoundResult> RoundAsync(Guid campaignId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PacingRound>().RunAsync(campaignId, CancellationToken.None);
    }

    public Task<HopperExplanation> ExplainAsync(Guid campaignId) =>
        Services.GetRequiredService<HopperExplainer>().ExplainAsync(campaignId, Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>Rebuilds the empty Redis ledger from PostgreSQL, moving the fake clock past the confirm grace and back.</summary>
    private async Task BringUpLedgerAsync(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var maintenance = Services.GetRequiredService<LedgerMaintenance>();
        var ledger = Services.GetRequiredService<IContactLedger>();
        var start = clock.GetUtcNow();
        for (var i = 0; i < 100 && !await maintenance.RecoverAsync(CancellationToken.None); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50);
        }

        clock.AdjustTime(start);
        if (!ledger.Status.Ready)
        {
            throw new InvalidOperationException("The ledger did not become ready: " + ledger.Status.Reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
