using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// A dialer-only host (no API, no webhooks: AddDialer over persistence, Redis, the gateway and Twilio) runs every one of
/// its clustered jobs. The stale-call reconciler used to need services only the API host registered, and failed at
/// every firing.
/// </summary>
public sealed class DialerOnlyHostTests
{
    [Fact]
    public async Task Every_job_of_a_dialer_only_host_can_be_built_and_the_stale_call_reconciler_runs()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-only", runScheduler: true);

        var jobs = typeof(DialerServiceCollectionExtensions).Assembly.GetTypes().Where(t => typeof(IJob).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.Contains(jobs, j => j.Name == "ReconcileStaleCallsJob");
        Assert.Contains(jobs, j => j.Name == "DialDueCallbacksJob");
        await using var scope = dialer.Services.CreateAsyncScope();
        foreach (var job in jobs)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, job));
        }

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<StaleCalls>().ReconcileAsync(100, default));
    }
}
