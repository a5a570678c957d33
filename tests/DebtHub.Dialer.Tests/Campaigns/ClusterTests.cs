using DebtHub.Dialer.Scheduling;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// Several dialer instances over one PostgreSQL and one Redis: claims (FOR UPDATE SKIP LOCKED) and the ledger keep
/// them from dialing an account twice or past a limit, checked by SQL of the test's own over the attempt records.
/// </summary>
public sealed class ClusterTests
{
    /// <summary>Wednesday 10 June 2026, 18:00 UTC: afternoon or midday in every continental zone.</summary>
    private static readonly DateTimeOffset Afternoon = new(2026, 6, 10, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_instances_racing_two_campaigns_over_the_same_accounts_never_double_dial_or_breach_a_rule()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules, callsPerSecond: 500);
        var book = await Book.SeedAsync(database, 300, Book.AcrossZones, Afternoon);
        var clock = new FakeTimeProvider(Afternoon);
        var settings = new Dictionary<string, string?> { ["Dialer:MaxCallsPerRound"] = "40" };
        await using var a = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 40, extra: settings);
        await using var b = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-b", idleCollectors: 40, extra: settings);
        var campaigns = new List<Guid>();
        using (var scope = a.Services.CreateScope())
        {
            foreach (var name in new[] { "Early stage", "Same accounts, other team" })
            {
                var campaign = await a.Campaigns(scope).CreateAsync(name, CampaignFixtures.Settings(book.CreditorId), default);
                await a.Campaigns(scope).StartAsync(campaign.Id, default);
                campaigns.Add(campaign.Id);
            }
        }

        int dialedByA = 0, dialedByB = 0, placed = 0;
        for (var round = 0; round < 12; round++)
        {
            // Both instances run both campaigns at the same instant: the worst case, which Quartz would normally spread.
            var results = await Task.WhenAll(campaigns.SelectMany(c => new[] { a.RoundAsync(c), b.RoundAsync(c) }));
            dialedByA += results.Where((_, i) => i % 2 == 0).Sum(r => r.Dialed);
            dialedByB += results.Where((_, i) => i % 2 == 1).Sum(r => r.Dialed);
            placed += results.Sum(r => r.Dialed + r.NotPlaced);
            clock.Advance(TimeSpan.FromMinutes(2));
        }

        var check = await IndependentCheck.RunAsync(database, book);
        Assert.True(check.None, check.ToString());
        Assert.Equal(300, check.Attempts);
        Assert.Equal(placed, check.Attempts);
        Assert.True(dialedByA > 0 && dialedByB > 0, $"both instances dial: {dialedByA} and {dialedByB}");
    }

    [Fact]
    public async Task When_one_clustered_instance_dies_mid_run_the_other_carries_on_and_no_attempt_is_lost_or_repeated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules, callsPerSecond: 500);
        var book = await Book.SeedAsync(database, 80, [Book.NewYork, Book.Chicago], Afternoon);

        // Quartz runs on real timers; the clock reads a fixed afternoon plus the real time elapsed since the test began.
        var clock = new ShiftedClock(Afternoon);
        var settings = new Dictionary<string, string?> { ["Dialer:MaxCallsPerRound"] = "4", ["Dialer:ClaimLeaseSeconds"] = "10" };
        var a = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", runScheduler: true, idleCollectors: 200, extra: settings);
        await using var b = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-b", runScheduler: true, idleCollectors: 200, extra: settings);
        Guid campaignId;
        using (var scope = a.Services.CreateScope())
        {
            var campaign = await a.Campaigns(scope).CreateAsync("Clustered", CampaignFixtures.Settings(book.CreditorId), default);
            await a.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        await WaitUntilAsync(async () => await database.CountAsync("select count(*) from contact_attempts") >= 16, TimeSpan.FromSeconds(60));

        // A dies: its scheduler stops at once without waiting for its round, and nothing of it runs again.
        var schedulerA = await a.Services.GetRequiredKeyedService<ISchedulerFactory>(CampaignScheduler.SchedulerName).GetScheduler(default);
        await schedulerA.Shutdown(waitForJobsToComplete: false, default);
        var atDeath = await database.CountAsync("select count(*) from contact_attempts");
        await a.DisposeAsync();

        await WaitUntilAsync(async () => await database.CountAsync("select count(*) from contact_attempts") >= 80, TimeSpan.FromSeconds(90));
        var check = await IndependentCheck.RunAsync(database, book);
        Assert.True(check.None, check.ToString());
        Assert.Equal(80, check.Attempts);
        Assert.True(atDeath < 80, $"A died with {atDeath} of 80 dialed");
        Assert.Equal(80, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{campaignId}' and attempts = 1"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            await Task.Delay(250);
        }
    }
}

/// <summary>Real time moved to a chosen instant: timers run as usual, "now" reads as the chosen instant plus what has elapsed.</summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
