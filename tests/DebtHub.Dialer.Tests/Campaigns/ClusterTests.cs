using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

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
}
