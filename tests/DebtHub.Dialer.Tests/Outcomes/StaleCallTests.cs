using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Presence;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Outcomes;

/// <summary>
/// Calls whose status callbacks never arrive (the sandbox's <c>dropStatusCallbacks</c>) are asked about at Twilio once
/// stale, and closed exactly as their callback would have closed them; a call Twilio does not know is closed with an
/// unknown outcome that still counts.
/// </summary>
public sealed class StaleCallTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_call_whose_callbacks_never_arrive_gets_twilios_final_status_once_stale_and_a_late_callback_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        var book = await Book.SeedAsync(database, 2, [Book.NewYork], Noon);
        var (unanswered, busy) = (book.Accounts[0].Phone, book.Accounts[1].Phone);
        await using var sandbox = await SandboxHost.StartAsync(new
        {
            rules = new object[]
            {
                new { pattern = unanswered, script = new { outcome = "no-answer", dropStatusCallbacks = true } },
                new { pattern = busy, script = new { outcome = "busy", ringSeconds = 1, dropStatusCallbacks = true } },
            },
        });
        var clock = new FakeTimeProvider(Noon);
        await using var dialer = await StartDialerAsync(database, redis, sandbox, clock);
        var campaignId = await dialer.StartCampaignAsync("Stale calls", book.CreditorId);

        Assert.Equal(2, (await dialer.RoundAsync(campaignId)).Dialed);
        var sids = await WaitUntilTwilioEndsAsync(database, sandbox, 2);

        // Twilio finished both calls; we heard nothing: still in flight.
        Assert.Equal(2, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}' and connect_result is null"));
        Assert.Equal(0, await ReconcileAsync(dialer));
        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(0, await ReconcileAsync(dialer));

        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(2, await ReconcileAsync(dialer));

        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where destination = '{unanswered}' and connect_result = 'NoAnswer' and disposition = 'NoAnswer'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where destination = '{busy}' and connect_result = 'NotConnected' and disposition = 'NotConnected'"));
        Assert.Equal(2, await database.CountAsync("select count(*) from dialer_calls where ended_at is not null and status in ('no-answer', 'busy')"));
        Assert.Equal(0, await ReconcileAsync(dialer));

        // The real callback arrives late, through the webhook's path: recorded as stale, nothing changes.
        await using (var scope = dialer.Services.CreateAsyncScope())
        {
            var late = new CallStatusEvent(sids[0], WebhookHost.AccountSid, CallStatus.NoAnswer, 3, Noon, 0, null, 487);
            var outcome = await scope.ServiceProvider.GetRequiredService<ICallLegStore>().RecordStatusAsync(late, default);
            if (outcome == CallbackOutcome.Applied)
            {
                await scope.ServiceProvider.GetRequiredService<CallOutcomes>().StatusAsync(late, null, default);
            }
        }

        Assert.Equal(2, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}' and connect_result is not null"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where destination = '{unanswered}' and disposition = 'NoAnswer'"));
    }

    [Fact]
    public async Task A_call_twilio_does_not_know_is_closed_with_an_unknown_outcome_that_still_counts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Noon);
        var rules = new { rules = new object[] { new { pattern = book.Accounts[0].Phone, script = new { outcome = "no-answer", dropStatusCallbacks = true } } } };
        var sandbox = await SandboxHost.StartAsync(rules);
        var clock = new FakeTimeProvider(Noon);
        await using var dialer = await StartDialerAsync(database, redis, sandbox, clock);
        var campaignId = await dialer.StartCampaignAsync("Stale calls", book.CreditorId);
        Assert.Equal(1, (await dialer.RoundAsync(campaignId)).Dialed);

        // Twilio forgets the call: a sandbox started again on the same address has no record of it (404 on fetch).
        var port = sandbox.BaseUrl.Port;
        await sandbox.DisposeAsync();
        await using var forgetful = await SandboxHost.StartAsync(rules, port: port);
        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(1, await ReconcileAsync(dialer));
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from contact_attempts where campaign_id = '{campaignId}' and connect_result = 'NoAnswer' and disposition = 'OutcomeUnknown' and not conversation_took_place"));
        Assert.Equal(1, await database.CountAsync("select count(*) from dialer_calls where ended_at is not null"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from audit_log where action = '{StaleCalls.AuditAction}' and actor = 'system:dialer'"));
        Assert.Equal(0, await ReconcileAsync(dialer));
    }

    [Fact]
    public async Task A_routed_call_whose_callbacks_were_lost_lets_its_collector_go_once_twilio_says_it_ended()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Noon);
        await using var sandbox = await SandboxHost.StartAsync(new
        {
            rules = new object[]
            {
                new
                {
                    pattern = book.Accounts[0].Phone,
                    script = new { outcome = "answered", answeredBy = "human", ringSeconds = 1, talkSeconds = 2, collectorAnswerSeconds = 1, dropStatusCallbacks = true, dropDialActions = true },
                },
            },
        });
        var clock = new FakeTimeProvider(Noon);
        var collectorId = await AvailableCollectorAsync(database, clock.GetUtcNow());
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        await using var dialer = await StartDialerAsync(database, redis, sandbox, clock, webhooks.BaseUrl);
        var campaignId = await dialer.StartCampaignAsync("Stale calls", book.CreditorId);

        Assert.Equal(1, (await dialer.RoundAsync(campaignId)).Dialed);
        var sid = Assert.Single(await WaitUntilTwilioEndsAsync(database, sandbox, 1));

        // Routed, talked, hung up at Twilio; neither the status callbacks nor the Dial action reached us: still on the call.
        Assert.Equal(1, await database.CountAsync($"select count(*) from collector_presence where collector_id = '{collectorId}' and state = 'OnCall'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from dialer_calls where call_sid = '{sid}' and collector_id is not null and ended_at is null"));

        clock.Advance(TimeSpan.FromSeconds(150));
        Assert.Equal(1, await ReconcileAsync(dialer));
        Assert.Equal(1, await database.CountAsync($"select count(*) from collector_presence where collector_id = '{collectorId}' and state = 'WrapUp'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from dialer_calls where call_sid = '{sid}' and status = 'completed' and ended_at is not null"));

        // Nobody recorded the outcome within the wrap-up limit: the dialer closes it and the collector is available again.
        clock.Advance(TimeSpan.FromSeconds(181));
        await using (var scope = dialer.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<UnrecordedCalls>().CloseOverdueAsync(10, default));
        }

        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}' and disposition = 'NotRecorded'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from collector_presence where collector_id = '{collectorId}' and state = 'Available'"));
    }

    private static async Task<Guid> AvailableCollectorAsync(TestDatabase database, DateTimeOffset now)
    {
        await using var db = database.NewContext();
        var collector = Collector.Create("za.east", "za.east", CollectorRole.Collector, now.AddDays(-30));
        collector.SetLanguages(["en"]);
        collector.SetStateLicences(["NY"]);
        db.Collectors.Add(collector);
        await db.SaveChangesAsync();
        var presence = await db.PresenceOfAsync(collector.Id, now, default);
        await db.MoveAsync(presence, PresenceState.Available, null, now, default);
        await db.SaveChangesAsync();
        return collector.Id;
    }

    private static Task<DialerHost> StartDialerAsync(TestDatabase database, RedisProcess redis, SandboxHost sandbox, FakeTimeProvider clock, Uri? webhooks = null) =>
        DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: webhooks is null ? 10 : 0, extra: new Dictionary<string, string?>
        {
            ["Twilio:PublicWebhookBaseUrl"] = webhooks?.AbsoluteUri ?? "http://127.0.0.1:9/",
        }, services: s =>
        {
            s.AddTwilioWebhooks();
            s.AddEventBus();
        });

    private static async Task<int> ReconcileAsync(DialerHost dialer)
    {
        await using var scope = dialer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaleCalls>().ReconcileAsync(100, default);
    }

    /// <summary>The placed calls' SIDs, once the sandbox (Twilio) has finished every one of them.</summary>
    private static async Task<List<string>> WaitUntilTwilioEndsAsync(TestDatabase database, SandboxHost sandbox, int calls)
    {
        await database.WaitForCountAsync("select count(*) from dialer_calls", calls);
        await using var command = database.DataSource.CreateCommand("select call_sid from dialer_calls order by created_at, call_sid");
        var sids = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                sids.Add(reader.GetString(0));
            }
        }

        for (var i = 0; i < 600; i++)
        {
            var statuses = await Task.WhenAll(sids.Select(sandbox.TimelineAsync));
            if (statuses.All(s => s.Status is "no-answer" or "busy" or "completed" or "failed" or "canceled"))
            {
                return sids;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The sandbox did not finish the calls within 120 s.");
    }
}
