using DebtHub.Dialer.Demo;
using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// The demo's simulated collectors record what came of each call a few seconds into wrap-up, through the disposition
/// service the GraphQL mutation uses: right-party contacts and promises show in the campaign's figures, and each
/// disposition has its effect (a promise, a dispute, a callback, a cease hold, a wrong number) and its audit entry.
/// </summary>
public sealed class DemoDispositionTests
{
    private static readonly object _everyoneAnswers = new
    {
        rules = new[] { "+1212*", "+1312*", "+1213*" }
            .Select(p => (object)new { pattern = p, script = new { outcome = "answered", answeredBy = "human", ringSeconds = 1, amdSeconds = 1, talkSeconds = 1, collectorAnswerSeconds = 1 } })
            .ToArray(),
    };

    [Fact]
    public async Task Simulated_collectors_record_a_seeded_mix_of_dispositions_that_shows_in_the_campaigns_figures()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_everyoneAnswers);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        await Book.SeedAsync(database, 30, [Book.NewYork, Book.Chicago, Book.LosAngeles], clock.GetUtcNow());
        await RosterAsync(database, clock.GetUtcNow());
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "demo", idleCollectors: 0,
            extra: new Dictionary<string, string?>
            {
                ["Dialer:Demo:Enabled"] = "true",
                ["Dialer:Demo:Collectors"] = "3",
                ["Dialer:Demo:Seed"] = "8",
                ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri,
            });
        var campaignId = await DemoCampaign.StartedAsync(dialer, 3);

        const int Rounds = 4;
        var dialed = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var result = await dialer.RoundAsync(campaignId);
            Assert.True(result.Dialed == 3, $"round {round}: {result}");
            dialed += result.Dialed;
            await database.WaitForCountAsync("select count(*) from dialer_calls where ended_at is not null", dialed);

            // A few seconds into wrap-up, each simulated collector records the call's outcome and is available again.
            clock.Advance(TimeSpan.FromSeconds(10));
            await database.WaitForCountAsync("select count(*) from dialer_calls where dispositioned_at is not null", dialed);
            await database.WaitForCountAsync("select count(*) from collector_presence where state = 'Available'", 3);
        }

        // What the seed says they record, in order; each recorded through the service, with its effect.
        var expected = SeededKinds(8, dialed);
        var attempts = $"contact_attempts where campaign_id = '{campaignId}'";
        var wrongNumbers = expected.Count(k => k == CallDisposition.WrongNumber);
        Assert.Equal(dialed - wrongNumbers, await database.CountAsync($"select count(*) from {attempts} and disposition = 'ConversationRightParty' and conversation_took_place"));
        Assert.Equal(wrongNumbers, await database.CountAsync($"select count(*) from {attempts} and disposition = 'WrongParty'"));
        Assert.Equal(wrongNumbers, await database.CountAsync("select count(*) from debtor_phones where status = 'WrongNumber'"));
        Assert.Equal(expected.Count(k => k == CallDisposition.PromiseToPay), await database.CountAsync("select count(*) from promises_to_pay"));
        Assert.Equal(expected.Count(k => k == CallDisposition.Dispute), await database.CountAsync("select count(*) from disputes where channel = 'Oral'"));
        Assert.Equal(expected.Count(k => k == CallDisposition.CallbackRequested), await database.CountAsync("select count(*) from scheduled_callbacks where status = 'Scheduled'"));
        Assert.Equal(expected.Count(k => k == CallDisposition.CeaseRequest), await database.CountAsync("select count(*) from account_holds where kind = 'Cease'"));
        Assert.Equal(dialed, await database.CountAsync($"select count(*) from audit_log where action = '{CallDispositions.AuditAction}' and actor like 'z%'"));
        Assert.True(expected.Contains(CallDisposition.PromiseToPay) && expected.Count(k => k != CallDisposition.WrongNumber) > 0, "the seed gives promises and right-party contacts");

        // A promise is part of the balance (whole dollars), due within three weeks.
        Assert.Equal(0, await database.CountAsync("""
            select count(*) from promises_to_pay p join promised_payments pp on pp.promise_id = p.id join accounts a on a.id = p.account_id
             where pp.amount <= 0 or pp.amount > a.principal_balance + a.interest_balance + a.fee_balance or pp.due_on > p.made_on + 21
            """));

        // Nothing left for the dialer to close as NOT_RECORDED.
        Assert.Equal(0, await database.CountAsync($"select count(*) from {attempts} and connect_result is null"));
    }

    /// <summary>Collectors licensed for one region each (names start with z so the audit check can find them).</summary>
    private static async Task RosterAsync(TestDatabase database, DateTimeOffset now)
    {
        var roster = new (string Name, string[] States)[] { ("za.east", ["NY"]), ("zb.central", ["IL"]), ("zc.west", ["CA"]) };
        await using var db = database.NewContext();
        foreach (var (name, states) in roster)
        {
            var collector = Collector.Create(name, name, CollectorRole.Collector, now.AddDays(-30));
            collector.SetLanguages(["en", "es"]);
            collector.SetStateLicences(states);
            db.Collectors.Add(collector);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The kinds the demo's generator gives for a seed, in order (balances only shape the details).</summary>
    private static List<CallDisposition> SeededKinds(int seed, int count)
    {
        var dispositions = new DemoDispositions(seed);
        return [.. Enumerable.Range(0, count).Select(_ => dispositions.Next(1000m, WebhookHost.Noon).Kind)];
    }
}
