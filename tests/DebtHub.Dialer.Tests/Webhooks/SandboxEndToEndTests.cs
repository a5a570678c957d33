using DebtHub.Dialer.Tests.Routing;
using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>
/// The real client places calls on the sandbox over loopback HTTP under a confirmed attempt; the sandbox rings, detects
/// machines, fetches our TwiML, follows it and posts signed callbacks; our endpoints route, record and end the attempt.
/// </summary>
public sealed class SandboxEndToEndTests
{
    private const string Human = "+14155550100";
    private const string Machine = "+14155550200";
    private const string Busy = "+14155550300";
    private const string NoAnswer = "+14155550400";
    private const string AwayCollector = "+14155550500";

    private static readonly DateTimeOffset Now = DialerWorld.Now;

    private static readonly object _rules = new
    {
        rules = new object[]
        {
            new { pattern = "+141555501*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 2, amdSeconds = 1, talkSeconds = 5, collectorAnswerSeconds = 1 } },
            new { pattern = "+141555502*", script = new { outcome = "answered", answeredBy = "machine_end_beep", ringSeconds = 2, amdSeconds = 3, talkSeconds = 5, collectorAnswerSeconds = 20 } },
            new { pattern = "+141555503*", script = new { outcome = "busy", ringSeconds = 2 } },
            new { pattern = "+141555504*", script = new { outcome = "no-answer", ringSeconds = 30 } },
            new { pattern = "+141555505*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 2, amdSeconds = 1, talkSeconds = 5, collectorAnswerSeconds = 45 } },
        },
    };

    [Fact]
    public async Task An_answered_call_rings_the_longest_idle_collector_at_once_pops_the_account_and_the_hang_up_starts_wrap_up()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var world = await DialerWorld.CreateAsync(dialer.Database, language: "en", state: "NY", phone: Human);
        var collector = await world.CollectorAsync(["en"], ["NY"], PresenceState.Available, Now.AddMinutes(-10));
        await world.CollectorAsync(["en"], ["NY"], PresenceState.Available, Now.AddMinutes(-3));
        await using var screen = await dialer.Services.GetRequiredService<EventBus>().SubscribeAsync(new CollectorSubscription(collector), default);

        var (call, attempt) = await PlaceAsync(dialer, world, Human);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(CallStatus.Completed, leg.Status);
        Assert.Equal("completed", leg.DialCallStatus);
        // Nothing is said before the collector: the answer URL's TwiML dials them straight away (AMD runs alongside).
        var timeline = (await sandbox.TimelineAsync(call.Sid)).Timeline.Where(t => !t.StartsWith("amd", StringComparison.Ordinal)).ToList();
        Assert.Equal(["in-progress", "fetch /twilio/voice/answer", $"dial client:collector_{collector:N} answered"], timeline.SkipWhile(t => t != "in-progress").Take(3));
        var events = await CollectAsync(screen, 2);
        Assert.Equal([CollectorEventKind.CallRouted, CollectorEventKind.CallEnded], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal((world.Account.Id, call.Sid), (e.AccountId!.Value, e.CallSid)));

        await using var db = dialer.Database.NewContext();
        var presence = await db.CollectorPresence.SingleAsync(p => p.CollectorId == collector);
        Assert.Equal((PresenceState.WrapUp, call.Sid), (presence.State, presence.CallSid));
        var record = await db.DialerCalls.SingleAsync(c => c.CallSid == call.Sid);
        Assert.Equal((attempt, (Guid?)collector, "completed", "human"), (record.AttemptId, record.CollectorId, record.Status, record.AnsweredBy));
        Assert.NotNull(record.RingingAt);
        Assert.NotNull(record.EndedAt);
        var stored = await db.ContactAttempts.SingleAsync(a => a.Id == attempt);
        Assert.Null(stored.ConnectResult);
    }

    [Fact]
    public async Task With_no_collector_free_the_person_hears_who_called_and_the_call_ends_recorded_as_abandoned()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var world = await DialerWorld.CreateAsync(dialer.Database, language: "en", state: "NY", phone: Human);
        await world.CollectorAsync(["en"], ["NJ"], PresenceState.Available, Now.AddMinutes(-10));

        var (call, attempt) = await PlaceAsync(dialer, world, Human);
        await WaitForFinalStatusAsync(dialer, call.Sid);

        var timeline = (await sandbox.TimelineAsync(call.Sid)).Timeline;
        Assert.Contains("say", timeline);
        Assert.Contains("hangup", timeline);
        Assert.DoesNotContain(timeline, t => t.StartsWith("dial", StringComparison.Ordinal));
        var stored = await ResultAsync(dialer, attempt);
        Assert.Equal((AttemptOutcome.Answered, ContactDisposition.Abandoned, true), (stored.ConnectResult, stored.Disposition, stored.CountsTowardFrequency));
        Assert.NotNull(stored.AbandonedAt);
    }

    [Fact]
    public async Task A_collector_who_lets_the_softphone_ring_out_goes_offline_and_the_debtor_is_not_left_in_silence()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var world = await DialerWorld.CreateAsync(dialer.Database, language: "en", state: "NY", phone: AwayCollector);
        var collector = await world.CollectorAsync(["en"], ["NY"], PresenceState.Available, Now.AddMinutes(-10));

        var (call, attempt) = await PlaceAsync(dialer, world, AwayCollector);
        await WaitForFinalStatusAsync(dialer, call.Sid);

        var timeline = (await sandbox.TimelineAsync(call.Sid)).Timeline;
        Assert.Contains($"dial client:collector_{collector:N} no-answer", timeline);
        Assert.Equal(["fetch /twilio/voice/dial-action", "say", "hangup"], timeline.SkipWhile(t => !t.StartsWith("dial client", StringComparison.Ordinal)).Skip(1).Take(3));
        Assert.Equal(ContactDisposition.Abandoned, (await ResultAsync(dialer, attempt)).Disposition);
        await using var db = dialer.Database.NewContext();
        Assert.Equal(PresenceState.Offline, (await db.CollectorPresence.SingleAsync(p => p.CollectorId == collector)).State);
    }

    [Fact]
    public async Task A_machine_detected_after_routing_lets_the_collector_go_and_the_attempt_ends_as_a_voicemail()
    {
        // Slower time keeps the verdict (3 s) inside the collector's ring (20 s) even on a busy machine.
        await using var sandbox = await SandboxHost.StartAsync(_rules, timeScale: 5);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var world = await DialerWorld.CreateAsync(dialer.Database, language: "en", state: "NY", phone: Machine);
        var collector = await world.CollectorAsync(["en"], ["NY"], PresenceState.Available, Now.AddMinutes(-10));

        var (call, attempt) = await PlaceAsync(dialer, world, Machine);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(AnsweredBy.MachineEndBeep, leg.AnsweredBy);
        Assert.Contains("redirected", (await sandbox.TimelineAsync(call.Sid)).Timeline);
        var stored = await ResultAsync(dialer, attempt);
        Assert.Equal((AttemptOutcome.Voicemail, ContactDisposition.Voicemail, true), (stored.ConnectResult, stored.Disposition, stored.CountsTowardFrequency));
        await using var db = dialer.Database.NewContext();
        Assert.Equal(PresenceState.Available, (await db.CollectorPresence.SingleAsync(p => p.CollectorId == collector)).State);
        Assert.Null((await db.DialerCalls.SingleAsync(c => c.CallSid == call.Sid)).CollectorId);
    }

    [Fact]
    public async Task A_busy_line_stops_counting_toward_reg_f_and_an_unanswered_ring_keeps_counting()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var busyWorld = await DialerWorld.CreateAsync(dialer.Database, phone: Busy);
        var quietWorld = await DialerWorld.CreateAsync(dialer.Database, phone: NoAnswer);

        var (busy, busyAttempt) = await PlaceAsync(dialer, busyWorld, Busy);
        var (quiet, quietAttempt) = await PlaceAsync(dialer, quietWorld, NoAnswer);
        Assert.Equal(CallStatus.Busy, (await WaitForFinalStatusAsync(dialer, busy.Sid)).Status);
        Assert.Equal(CallStatus.NoAnswer, (await WaitForFinalStatusAsync(dialer, quiet.Sid)).Status);

        var notConnected = await ResultAsync(dialer, busyAttempt);
        Assert.Equal((AttemptOutcome.NotConnected, ContactDisposition.NotConnected, false, FrequencyExclusion.NotConnected),
            (notConnected.ConnectResult, notConnected.Disposition, notConnected.CountsTowardFrequency, notConnected.Exclusion));
        var unanswered = await ResultAsync(dialer, quietAttempt);
        Assert.Equal((AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer, true), (unanswered.ConnectResult, unanswered.Disposition, unanswered.CountsTowardFrequency));
        Assert.DoesNotContain(await sandbox.TimelineAsync(busy.Sid) is var t ? t.Timeline : [], e => e.StartsWith("fetch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calls_beyond_the_accounts_cps_wait_in_queued()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules, timeScale: 1, callsPerSecond: 1);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);
        var world = await DialerWorld.CreateAsync(dialer.Database, phone: Busy);

        var (first, _) = await PlaceAsync(dialer, world, Busy);
        var (second, _) = await PlaceAsync(dialer, world, Busy);
        var (third, _) = await PlaceAsync(dialer, world, Busy);

        Assert.Equal(CallStatus.Queued, third.Status);
        Assert.True(third.QueueTime > second.QueueTime && second.QueueTime > first.QueueTime);
        Assert.InRange(third.QueueTime!.Value, 1500, 2000);
    }

    /// <summary>A confirmed attempt under a permit from the real gate, and the call placed for it with the dialer's URLs.</summary>
    private static async Task<(TwilioCall Call, Guid AttemptId)> PlaceAsync(WebhookHost dialer, DialerWorld world, string to)
    {
        var confirmed = WebhookHost.ConfirmedCall(to);
        var attempt = await world.AttemptAsync(confirmed.AttemptId);
        var calls = dialer.Services.GetRequiredService<TwilioCallsClient>();
        var call = await calls.PlaceCallAsync(confirmed, DialerCallUrls.Outbound(dialer.BaseUrl, confirmed, "+15005550006", ringSeconds: 20), default);
        return (call, attempt);
    }

    private static async Task<ContactAttempt> ResultAsync(WebhookHost dialer, Guid attemptId)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = dialer.Database.NewContext();
            if (await db.ContactAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId) is { ConnectResult: not null } recorded)
            {
                return recorded;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Attempt {attemptId} has no result after 10 s.");
    }

    private static async Task<CallLeg> WaitForFinalStatusAsync(WebhookHost dialer, string callSid)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await dialer.Store.FindAsync(callSid, default) is { Status.IsTerminal: true } leg)
            {
                // The outcome is written right after the leg in the same request.
                await Task.Delay(200);
                return leg;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Call {callSid} did not reach a final status within 30 s.");
    }

    private static async Task<List<CollectorEvent>> CollectAsync(IAsyncEnumerable<CollectorEvent> events, int count)
    {
        var received = new List<CollectorEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var next in events.WithCancellation(timeout.Token))
        {
            received.Add(next);
            if (received.Count == count)
            {
                break;
            }
        }

        return received;
    }
}
