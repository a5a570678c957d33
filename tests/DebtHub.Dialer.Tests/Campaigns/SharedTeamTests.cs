using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Routing;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// Two campaigns over different accounts share one small team: routing gives any answer to any free
/// collector who can take it, whatever campaign dialed it, so each campaign's pacing must count the other's lines out.
/// Every call is answered by a person in the sandbox; the whole path runs (pacing → gate → ledger → sandbox → webhooks
/// → routing), with the two campaigns' rounds on two dialer instances at the same instant. The second campaign is
/// progressive or predictive (at 1:1 until it has measured its answer rate).
/// </summary>
public sealed class SharedTeamTests(ITestOutputHelper output)
{
    private static readonly object _everyoneAnswers = new
    {
        rules = new[] { new { pattern = "+1212*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 1, amdSeconds = 1, talkSeconds = 1, collectorAnswerSeconds = 1 } } },
    };

    [Theory]
    [InlineData(DialMode.Progressive)]
    [InlineData(DialMode.Predictive)]
    public async Task Two_campaigns_sharing_four_collectors_abandon_nobody_and_each_gets_half_the_lines(DialMode secondMode)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_everyoneAnswers);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        var now = clock.GetUtcNow();
        var firstBook = await Book.SeedAsync(database, 12, [Book.NewYork], now);
        var secondBook = await Book.SeedAsync(database, 12, [Book.NewYork], now);
        for (var i = 0; i < 4; i++)
        {
            await DialerWorld.CollectorAsync(database, ["en"], ["NY", "NJ"], PresenceState.Available, now.AddMinutes(-10 + i));
        }

        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        var settings = new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri };
        await using var a = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0, extra: settings);
        await using var b = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-b", idleCollectors: 0, extra: settings);
        Guid first, second;
        using (var scope = a.Services.CreateScope())
        {
            first = (await a.Campaigns(scope).CreateAsync("First placement", CampaignFixtures.Settings(firstBook.CreditorId), default)).Id;
            second = (await a.Campaigns(scope).CreateAsync("Second placement", CampaignFixtures.Settings(secondBook.CreditorId, secondMode), default)).Id;
            await a.Campaigns(scope).StartAsync(first, default);
            await a.Campaigns(scope).StartAsync(second, default);
        }

        var dialed = 0;
        for (var wave = 0; wave < 4; wave++)
        {
            // Both campaigns' rounds at the same instant on different instances, then again while those calls still ring.
            var opening = await Task.WhenAll(a.RoundAsync(first), b.RoundAsync(second));
            var ringing = await Task.WhenAll(b.RoundAsync(first), a.RoundAsync(second));
            foreach (var round in opening.Concat(ringing))
            {
                Assert.Null(round.Skipped);
                output.WriteLine($"wave {wave}: {round.Dialed} dialed; pool lock waited {round.PoolLock?.Waited.TotalMilliseconds:0.0} ms, held {round.PoolLock?.Held.TotalMilliseconds:0.0} ms; {round.Plan?.Reason}");
            }

            // Four collectors, two campaigns that both have accounts: two lines each, and none while they ring.
            Assert.Equal((2, 2), (opening[0].Dialed, opening[1].Dialed));
            Assert.Equal((0, 0), (ringing[0].Dialed, ringing[1].Dialed));
            dialed += 4;
            await database.WaitForCountAsync("select count(*) from dialer_calls where ended_at is not null", dialed);

            // Past the wrap-up limit the collectors are routed calls again (and pacing counts them idle).
            clock.Advance(TimeSpan.FromSeconds(181));
        }

        // Independent SQL over the record: every answer reached a collector licensed for the account; nobody was abandoned.
        Assert.Equal(8, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{first}'"));
        Assert.Equal(8, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{second}'"));
        Assert.Equal(16, await database.CountAsync("select count(*) from dialer_calls where routed_at is not null and collector_id is not null"));
        Assert.Equal(0, await database.CountAsync("select count(*) from dialer_calls where abandoned_at is not null"));
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts where abandoned_at is not null"));
        Assert.Equal(0, await database.CountAsync("""
            select count(*) from dialer_calls dc join accounts a on a.id = dc.account_id join collectors c on c.id = dc.collector_id
             where not c.state_licences @> array[a.governing_state::text]
            """));
    }
}
