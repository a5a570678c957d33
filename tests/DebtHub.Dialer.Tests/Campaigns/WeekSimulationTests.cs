using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// A week of dialing on a fake clock: 2,000 accounts in five time zones, a pacing round every 15 minutes, every call
/// placed on the Twilio sandbox through the gate and the ledger. Afterwards SQL of the test's own, from where it put each
/// number, re-checks every attempt.
/// </summary>
public sealed class WeekSimulationTests
{
    /// <summary>Monday 8 June 2026, 00:00 UTC (Sunday evening on the continent).</summary>
    private static readonly DateTimeOffset Monday = new(2026, 6, 8, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_simulated_week_over_two_thousand_accounts_in_five_zones_passes_an_independent_recheck_of_every_attempt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules, timeScale: 50, callsPerSecond: 2000);
        var book = await Book.SeedAsync(database, 2000, Book.AcrossZones, Monday);
        var clock = new FakeTimeProvider(Monday);
        var settings = new Dictionary<string, string?> { ["Dialer:MaxCallsPerRound"] = "250", ["Dialer:HopperRefillSeconds"] = "3600" };
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-week", idleCollectors: 250, extra: settings);
        Guid campaignId;
        using (var scope = dialer.Services.CreateScope())
        {
            var campaign = await dialer.Campaigns(scope).CreateAsync(
                "A week", CampaignFixtures.Settings(book.CreditorId, retry: RetryRules.Of(null, maxAttempts: 3)), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        var placedPerDay = new int[7];
        for (var at = Monday; at < Monday.AddDays(7); at = at.AddMinutes(15))
        {
            clock.AdjustTime(at);
            var round = await dialer.RoundAsync(campaignId);
            placedPerDay[(at - Monday).Days] += round.Dialed + round.NotPlaced;
        }

        var check = await IndependentCheck.RunAsync(database, book);
        Assert.True(check.None, check.ToString());
        Assert.Equal(placedPerDay.Sum(), check.Attempts);

        // The campaign's own hours (08:00–20:00 local) held too, and nobody was called more than its three attempts.
        var zones = string.Join(", ", book.Accounts.Select(a => $"('{a.Phone}', '{a.Place.ZoneId}')"));
        Assert.Equal(0, await database.CountAsync($"""
            select count(*) from contact_attempts a join (values {zones}) as z(phone, zone) on z.phone = a.destination
             where (a.placed_at at time zone z.zone)::time >= '20:00' or (a.placed_at at time zone z.zone)::time < '08:00'
            """));
        Assert.Equal(0, await database.CountAsync("select count(*) from (select unnest(account_ids) a from contact_attempts) x group by a having count(*) > 3"));

        // Every account in every zone was reached, on several days.
        Assert.Equal(2000, await database.CountAsync("select count(distinct a) from contact_attempts, unnest(account_ids) a"));
        Assert.True(placedPerDay.Count(d => d > 0) >= 3, string.Join(",", placedPerDay));
    }
}
