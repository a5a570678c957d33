using DebtHub.Dialer.Callbacks;
using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Routing;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Contact;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Callbacks;

/// <summary>
/// Callbacks consumers asked for are dialed when due, once, through the gate, for the collector who took the request
/// (the real gate, ledger and Twilio sandbox; two dialer instances on one clock).
/// </summary>
public sealed class CallbackDialingTests
{
    /// <summary>Everybody answers in person, quickly, so routing can be seen.</summary>
    private static readonly object _everyoneAnswers = new
    {
        rules = new[] { new { pattern = "+1*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 1, amdSeconds = 1, talkSeconds = 1, collectorAnswerSeconds = 1 } } },
    };

    [Fact]
    public async Task A_due_callback_is_dialed_once_by_two_racing_instances_and_rings_its_collector_while_one_not_due_waits()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_everyoneAnswers);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        var now = clock.GetUtcNow();
        var book = await Book.SeedAsync(database, 2, [Book.NewYork], now);

        // Another collector has been idle longer: without the callback's collector, routing would pick them.
        await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, now.AddMinutes(-30));
        var requester = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, now.AddMinutes(-1));
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        var settings = new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri };
        await using var a = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0, extra: settings);
        await using var b = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-b", idleCollectors: 0, extra: settings);
        var campaign = await a.StartCampaignAsync("Callbacks", book.CreditorId);
        var due = await RequestAsync(database, book.Accounts[0], now.AddMinutes(2), requester, campaign, now);
        var later = await RequestAsync(database, book.Accounts[1], now.AddHours(1), requester, campaign, now);

        // Before its time nothing is dialed.
        await Task.WhenAll(RunAsync(a), RunAsync(b));
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts"));

        // Due: both instances run at once, twice; one call.
        clock.Advance(TimeSpan.FromMinutes(3));
        await Task.WhenAll(RunAsync(a), RunAsync(b));
        await Task.WhenAll(RunAsync(a), RunAsync(b));
        Assert.Equal(1, await database.CountAsync("select count(*) from contact_attempts"));
        var attempt = await database.ScalarAsync<Guid>($"select id from contact_attempts where '{book.Accounts[0].AccountId}' = any(account_ids)");
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from scheduled_callbacks where id = '{due}' and status = 'Dialed' and attempt_id = '{attempt}' and claimed_until is null and closed_at is not null"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from dialer_calls where attempt_id = '{attempt}' and campaign_id = '{campaign}'"));

        // The answer goes to the collector who took the request, not the one idle longest.
        await database.WaitForCountAsync($"select count(*) from dialer_calls where attempt_id = '{attempt}' and routed_at is not null and collector_id = '{requester}'", 1);

        // The other one is not due: untouched.
        Assert.Equal(1, await database.CountAsync($"select count(*) from scheduled_callbacks where id = '{later}' and status = 'Scheduled' and attempt_id is null"));
    }

    [Fact]
    public async Task A_callback_whose_collector_is_away_waits_the_grace_then_rings_another_licensed_collector()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        var now = clock.GetUtcNow();
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], now);
        var away = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Offline, now.AddMinutes(-5));
        await DialerWorld.CollectorAsync(database, ["en"], ["CA"], PresenceState.Available, now.AddMinutes(-30));
        var licensed = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, now.AddMinutes(-5));
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0);
        var campaign = await dialer.StartCampaignAsync("Callbacks", book.CreditorId);
        var callback = await RequestAsync(database, book.Accounts[0], now.AddMinutes(2), away, campaign, now);

        // Due, but its collector is offline: within the grace nobody else takes it.
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, (await RunAsync(dialer)).Waiting);
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts"));

        // After the grace, the collector licensed for New York (not the longer-idle one licensed for California).
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, (await RunAsync(dialer)).Dialed);
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from scheduled_callbacks c join contact_attempts a on a.id = c.attempt_id where c.id = '{callback}' and c.status = 'Dialed' and a.collector_id = '{licensed}'"));
    }

    [Fact]
    public async Task A_callback_the_gate_refuses_waits_for_the_allowed_time_or_is_closed_with_the_hold_that_forbids_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        var now = clock.GetUtcNow();
        var book = await Book.SeedAsync(database, 2, [Book.NewYork], now);
        var collector = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, now.AddMinutes(-5));
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0);
        var campaign = await dialer.StartCampaignAsync("Callbacks", book.CreditorId);

        // 21:40 in New York: after the law's 21:00 (and the campaign's 20:00).
        var late = await RequestAsync(database, book.Accounts[0], new DateTimeOffset(2026, 6, 11, 1, 40, 0, TimeSpan.Zero), collector, campaign, now);

        // The consumer asked for a callback, then told another collector to stop calling.
        var ceased = await RequestAsync(database, book.Accounts[1], now.AddMinutes(2), collector, campaign, now);
        await using (var db = database.NewContext())
        {
            var account = await db.Accounts.Include(x => x.Holds).SingleAsync(x => x.Id == book.Accounts[1].AccountId);
            account.PlaceHold(HoldKind.Cease, "The consumer asked to stop all contact", null, "collector", now);
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(3));
        await RunAsync(dialer);
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts"));
        Assert.Equal("NotPossible", await database.ScalarAsync<string>($"select status from scheduled_callbacks where id = '{ceased}'"));
        Assert.Contains("CEASE", await database.ScalarAsync<string[]>($"select blocked_by from scheduled_callbacks where id = '{ceased}'"));

        // At its time the gate refuses it, says why and names 08:00 New York time; nothing is dialed.
        clock.AdjustTime(new DateTimeOffset(2026, 6, 11, 1, 41, 0, TimeSpan.Zero));
        await RunAsync(dialer);
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts"));
        Assert.Equal("Blocked", await database.ScalarAsync<string>($"select status from scheduled_callbacks where id = '{late}'"));
        Assert.Contains("TIME-WINDOW", await database.ScalarAsync<string[]>($"select blocked_by from scheduled_callbacks where id = '{late}'"));
        var morning = new DateTimeOffset(2026, 6, 11, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(morning.UtcDateTime, await database.ScalarAsync<DateTime>($"select next_try_at from scheduled_callbacks where id = '{late}'"));

        // Not looked at again before then; dialed once it is allowed.
        clock.AdjustTime(morning.AddMinutes(-1));
        await RunAsync(dialer);
        Assert.Equal(0, await database.CountAsync("select count(*) from contact_attempts"));
        clock.AdjustTime(morning.AddSeconds(30));
        await RunAsync(dialer);
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from scheduled_callbacks c join contact_attempts a on a.id = c.attempt_id where c.id = '{late}' and c.status = 'Dialed' and a.collector_id = '{collector}'"));
        Assert.Equal(1, await database.CountAsync("select count(*) from contact_attempts"));
    }

    [Fact]
    public async Task A_callback_asked_for_in_a_conversation_is_dialed_at_its_time_the_next_day_despite_the_seven_day_bar()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_everyoneAnswers);
        var clock = new FakeTimeProvider(WebhookHost.Noon);
        var now = clock.GetUtcNow();
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], now);
        var collector = await DialerWorld.CollectorAsync(database, ["en"], ["NY"], PresenceState.Available, now.AddMinutes(-5));
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration, clock: clock);
        var settings = new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri };
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", idleCollectors: 0, extra: settings);
        var campaign = await dialer.StartCampaignAsync("Callbacks", book.CreditorId);

        // The campaign's call reaches the consumer, who asks to be called back tomorrow at the same time.
        Assert.Equal(1, (await dialer.RoundAsync(campaign)).Dialed);
        await database.WaitForCountAsync($"select count(*) from dialer_calls where routed_at is not null and collector_id = '{collector}'", 1);
        var sid = await database.ScalarAsync<string>("select call_sid from dialer_calls");

        // As a collector does, the disposition is recorded in wrap-up, once the call has ended (the sandbox's calls run on
        // real time: recording it while the call still rings on would leave the collector in wrap-up when it ends).
        await database.WaitForCountAsync($"select count(*) from collector_presence where collector_id = '{collector}' and state = 'WrapUp'", 1);
        var tomorrow = now.AddDays(1);
        using (var scope = dialer.Services.CreateScope())
        {
            var actor = new DispositionActor(new Actor("collector", CollectorRole.Collector), "collector", collector);
            var (recorded, refusal) = await scope.ServiceProvider.GetRequiredService<CallDispositions>().RecordAsync(
                sid, CallDisposition.CallbackRequested, new DispositionDetails { CallbackAt = tomorrow }, actor, clock.GetUtcNow(), default);
            Assert.Null(refusal);
            Assert.Equal(tomorrow, recorded!.Callback!.DueAt);
        }

        Assert.Equal(1, await database.CountAsync($"select count(*) from collector_presence where collector_id = '{collector}' and state = 'Available'"));

        // Tomorrow, inside the 7-day bar the conversation started, the consumer's own request is dialed, once.
        clock.AdjustTime(tomorrow.AddSeconds(30));
        await RunAsync(dialer);
        await RunAsync(dialer);
        Assert.Equal(2, await database.CountAsync("select count(*) from contact_attempts"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from scheduled_callbacks where status = 'Dialed' and attempt_id is not null and collector_id = '{collector}'"));

        // What let it through: the consumer's request, recorded as their direct consent (12 CFR 1006.14(b)(3)(i)) for the
        // callback's window only; the campaign's own calls stay barred after it.
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from direct_call_consents where account_ids = array['{book.Accounts[0].AccountId}'::uuid] and stated_end = '{tomorrow.AddMinutes(240):O}'"));
    }

    /// <summary>The callback as CALLBACK_REQUESTED records it, on the account's phone.</summary>
    private static async Task<Guid> RequestAsync(TestDatabase database, Book.SeededAccount account, DateTimeOffset dueAt, Guid collectorId, Guid campaignId, DateTimeOffset now)
    {
        await using var db = database.NewContext();
        var phone = await db.DebtorPhones.Where(p => p.DebtorId == account.DebtorId).Select(p => p.Id).SingleAsync();
        var callback = ScheduledCallback.Request(account.AccountId, account.DebtorId, phone, dueAt, collectorId, null, campaignId, "collector", now);
        db.ScheduledCallbacks.Add(callback);
        await db.SaveChangesAsync();
        return callback.Id;
    }

    private static async Task<CallbackRun> RunAsync(DialerHost dialer)
    {
        await using var scope = dialer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallbackDialing>().RunAsync(20, default);
    }
}
