using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Collectors;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Routing;

/// <summary>
/// The whole path: a campaign's pacing round places a call through the gate and the ledger, the sandbox rings and
/// answers, and the webhooks (another host, the same database and Redis) route the person to the waiting collector.
/// </summary>
public sealed class CampaignCallRoutingTests
{
    /// <summary>Wednesday 10 June 2026, 10:30 in New York.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 14, 30, 0, TimeSpan.Zero);

    private static readonly object _rules = new
    {
        rules = new object[]
        {
            new { pattern = "+1212*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 2, amdSeconds = 1, talkSeconds = 4, collectorAnswerSeconds = 1 } },
        },
    };

    [Fact]
    public async Task A_campaign_call_answered_by_a_person_reaches_the_available_collector_and_ends_in_their_wrap_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Morning);
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration);
        var collector = await DialerWorld.CollectorAsync(database, ["en"], ["NY", "NJ"], PresenceState.Available, Morning.AddMinutes(-5));
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, new FakeTimeProvider(Morning), "dialer-a",
            extra: new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri });
        Guid campaignId;
        using (var scope = dialer.Services.CreateScope())
        {
            var campaign = await dialer.Campaigns(scope).CreateAsync("Routing", CampaignFixtures.Settings(book.CreditorId), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        Assert.Equal(1, (await dialer.RoundAsync(campaignId)).Dialed);

        var call = await EndedCallAsync(database);
        Assert.Equal((campaignId, book.Accounts[0].AccountId, (Guid?)collector), (call.CampaignId!.Value, call.AccountId, call.CollectorId));
        await using var db = database.NewContext();
        var attempt = await db.ContactAttempts.SingleAsync(a => a.Id == call.AttemptId);
        Assert.Equal(campaignId, attempt.CampaignId);
        Assert.Null(attempt.ConnectResult);
        var presence = await db.CollectorPresence.SingleAsync(p => p.CollectorId == collector);
        Assert.Equal((PresenceState.WrapUp, call.CallSid), (presence.State, presence.CallSid));
        Assert.Contains($"dial client:collector_{collector:N} answered", (await sandbox.TimelineAsync(call.CallSid)).Timeline);
    }

    [Fact]
    public async Task A_routed_call_nobody_dispositions_is_closed_after_the_wrap_up_limit_and_its_collector_freed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Morning);
        var clock = new FakeTimeProvider(Morning);
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        var collector = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, Morning.AddMinutes(-5));
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0,
            extra: new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri });
        using (var scope = dialer.Services.CreateScope())
        {
            var campaign = await dialer.Campaigns(scope).CreateAsync("Forgotten", CampaignFixtures.Settings(book.CreditorId), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            Assert.Equal(1, (await dialer.RoundAsync(campaign.Id)).Dialed);
        }

        var call = await EndedCallAsync(database);
        var ended = call.EndedAt!.Value;

        // Inside the wrap-up limit (180 s) the collector may still record the outcome: nothing is closed.
        clock.AdjustTime(ended.AddSeconds(170));
        Assert.Equal(0, await CloseOverdueAsync(dialer));

        clock.AdjustTime(ended.AddSeconds(181));
        Assert.Equal(1, await CloseOverdueAsync(dialer));
        Assert.Equal(0, await CloseOverdueAsync(dialer));

        await using var db = database.NewContext();
        var attempt = await db.ContactAttempts.AsNoTracking().SingleAsync(a => a.Id == call.AttemptId);
        Assert.Equal((Domain.Compliance.Facts.AttemptOutcome.Answered, Domain.Contact.ContactDisposition.NotRecorded, true),
            (attempt.ConnectResult, attempt.Disposition, attempt.ConversationTookPlace));
        var presence = await db.CollectorPresence.AsNoTracking().SingleAsync(p => p.CollectorId == collector);
        Assert.Equal((PresenceState.Available, ended.AddSeconds(181)), (presence.State, presence.Since));
        Assert.NotNull((await db.DialerCalls.AsNoTracking().SingleAsync(c => c.CallSid == call.CallSid)).DispositionedAt);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == attempt.Id);
        Assert.Equal((UnrecordedCalls.Actor, UnrecordedCalls.AuditAction, "ContactAttempt"), (audit.Actor, audit.Action, audit.EntityType));
        using var details = System.Text.Json.JsonDocument.Parse(audit.Details!);
        Assert.Equal("NotRecorded", details.RootElement.GetProperty("disposition").GetString());
        Assert.Equal(collector, details.RootElement.GetProperty("collectorId").GetGuid());
    }

    private static async Task<int> CloseOverdueAsync(DialerHost dialer)
    {
        await using var scope = dialer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnrecordedCalls>().CloseOverdueAsync(100, default);
    }

    private static async Task<Domain.Contact.DialerCall> EndedCallAsync(TestDatabase database)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (await db.DialerCalls.AsNoTracking().FirstOrDefaultAsync(c => c.EndedAt != null) is { } call)
            {
                return call;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No dialer call ended within 30 s.");
    }
}
