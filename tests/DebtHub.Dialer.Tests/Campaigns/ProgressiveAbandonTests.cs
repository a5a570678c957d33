using DebtHub.Dialer.Demo;
using DebtHub.Dialer.Pacing;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// The demo's progressive campaign over a roster like the demo portfolio's (an admin without licences, a supervisor, an
/// inactive collector, and collectors licensed for one region each, some speaking Spanish) and debtors in three regions,
/// some Spanish-speaking. Every call is answered by a person; the whole path runs: pacing → gate → ledger → sandbox →
/// webhooks → routing → wrap-up → the demo's simulated collectors back. Progressive means one line per idle collector
/// who can take it, so nobody who answers may be abandoned.
/// </summary>
public sealed class ProgressiveAbandonTests
{
    private static readonly object _everyoneAnswers = new
    {
        rules = new[] { "+1212*", "+1312*", "+1213*" }
            .Select(p => (object)new { pattern = p, script = new { outcome = "answered", answeredBy = "human", ringSeconds = 1, amdSeconds = 1, talkSeconds = 1, collectorAnswerSeconds = 1 } })
            .ToArray(),
    };

    [Fact]
    public async Task A_progressive_campaign_with_enough_matching_collectors_abandons_nobody_who_answers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_everyoneAnswers);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        await Book.SeedAsync(database, 30, [Book.NewYork, Book.Chicago, Book.LosAngeles], clock.GetUtcNow(), language: i => i % 4 == 1 ? "es" : "en");
        await RosterAsync(database, clock.GetUtcNow());
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "demo", idleCollectors: 0,
            extra: new Dictionary<string, string?>
            {
                ["Dialer:Demo:Enabled"] = "true",
                ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri,
            });
        var campaignId = await DemoCampaign.StartedAsync(dialer, 5);

        var dialed = 0;
        for (var round = 0; round < 3; round++)
        {
            var result = await dialer.RoundAsync(campaignId);
            Assert.Null(result.Skipped);
            Assert.Equal(5, result.Dialed);
            dialed += result.Dialed;
            await database.WaitForCountAsync($"select count(*) from dialer_calls where ended_at is not null", dialed);

            // The simulated collectors come back from wrap-up after Dialer:Demo:WrapUpSeconds.
            clock.Advance(TimeSpan.FromSeconds(10));
            await database.WaitForCountAsync("select count(*) from collector_presence where state = 'Available'", 5);
        }

        // Independent SQL over the record: every call was answered by a person and reached a collector.
        Assert.Equal(15, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'"));
        Assert.Equal(15, await database.CountAsync("select count(*) from dialer_calls where answered_by = 'human'"));
        Assert.Equal(15, await database.CountAsync("select count(*) from dialer_calls where routed_at is not null and collector_id is not null"));
        Assert.Equal(0, await database.CountAsync("select count(*) from dialer_calls where abandoned_at is not null"));
        Assert.Equal(0, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}' and abandoned_at is not null"));

        // Only collectors who can take the account were ever routed to: licensed in its state, speaking the debtor's language.
        Assert.Equal(0, await database.CountAsync("""
            select count(*) from dialer_calls dc
              join accounts a on a.id = dc.account_id join debtors d on d.id = a.debtor_id join collectors c on c.id = dc.collector_id
             where not (c.state_licences @> array[a.governing_state::text] and c.languages @> array[d.preferred_language::text]) or not c.is_active
            """));
    }

    [Fact]
    public void The_demo_team_covers_every_region_and_language_before_doubling_up()
    {
        var names = new Dictionary<Guid, string>();
        IdleCollector Make(string name, string[] languages, string[] states)
        {
            var collector = new IdleCollector(Guid.NewGuid(), languages, states);
            names[collector.Id] = name;
            return collector;
        }

        var candidates = new[]
        {
            Make("east-en", ["en"], ["NY"]), Make("east-es", ["en", "es"], ["NY"]),
            Make("central-en", ["en"], ["IL"]), Make("central-es", ["en", "es"], ["IL"]),
            Make("west-en", ["en"], ["CA"]), Make("west-es", ["en", "es"], ["CA"]),
        };
        var demand = new[] { ("NY", "en", 50), ("NY", "es", 5), ("IL", "en", 30), ("IL", "es", 3), ("CA", "en", 20), ("CA", "es", 2) }
            .Select(d => new DemoTeam.Demand { State = d.Item1, Language = d.Item2, Accounts = d.Item3 })
            .ToList();

        Assert.Equal(["east-es", "central-es", "west-es"], DemoTeam.Choose(candidates, demand, 3).Select(id => names[id]));
        Assert.Equal("east-en", names[DemoTeam.Choose(candidates, demand, 4)[3]]);
    }

    /// <summary>A demo-like roster; the first five by name would be the admin, the supervisor, the inactive one and two of one region.</summary>
    private static async Task RosterAsync(TestDatabase database, DateTimeOffset now)
    {
        string[] east = ["NY", "NJ", "CT"], central = ["IL", "TX", "OH"], west = ["CA", "WA", "OR"];
        var roster = new (string Name, CollectorRole Role, string[] Languages, string[] States, bool Active)[]
        {
            ("aa.admin", CollectorRole.Admin, ["en"], [], true),
            ("ab.supervisor", CollectorRole.Supervisor, ["en"], east, true),
            ("ac.inactive", CollectorRole.Collector, ["en", "es"], east, false),
            ("ad.east.en", CollectorRole.Collector, ["en"], east, true),
            ("ae.east.en2", CollectorRole.Collector, ["en"], east, true),
            ("zb.east.es", CollectorRole.Collector, ["en", "es"], east, true),
            ("zc.central.en", CollectorRole.Collector, ["en"], central, true),
            ("zd.central.es", CollectorRole.Collector, ["en", "es"], central, true),
            ("ze.west.en", CollectorRole.Collector, ["en"], west, true),
            ("zf.west.es", CollectorRole.Collector, ["en", "es"], west, true),
        };
        await using var db = database.NewContext();
        foreach (var (name, role, languages, states, active) in roster)
        {
            var collector = Collector.Create(name, name, role, now.AddDays(-30));
            collector.SetLanguages(languages);
            collector.SetStateLicences(states);
            if (!active)
            {
                collector.Deactivate();
            }

            db.Collectors.Add(collector);
        }

        await db.SaveChangesAsync();
    }
}
