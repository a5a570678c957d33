using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>
/// The real client places calls on the sandbox over loopback HTTP; the sandbox rings, detects machines, fetches our
/// TwiML from the answer URL, follows it and posts signed callbacks that our endpoints validate and record.
/// </summary>
public sealed class SandboxEndToEndTests
{
    private const string Human = "+14155550100";
    private const string Machine = "+14155550200";
    private const string Busy = "+14155550300";

    private static readonly object _rules = new
    {
        rules = new object[]
        {
            new { pattern = "+141555501*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 2, amdSeconds = 1, talkSeconds = 5, collectorAnswerSeconds = 1 } },
            new { pattern = "+141555502*", script = new { outcome = "answered", answeredBy = "machine_end_beep", ringSeconds = 2, amdSeconds = 3, talkSeconds = 5 } },
            new { pattern = "+141555503*", script = new { outcome = "busy", ringSeconds = 2 } },
        },
    };

    [Fact]
    public async Task An_answered_call_rings_the_collector_and_every_callback_is_recorded_in_order_in_postgresql()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl, collector: "collector_42", database: database);

        var call = await PlaceAsync(dialer, Human, asyncAmd: false);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(CallStatus.Completed, leg.Status);
        Assert.Equal(AnsweredBy.Human, leg.AnsweredBy);
        Assert.Equal("completed", leg.DialCallStatus);
        Assert.Equal(3, leg.LastSequenceNumber);
        var events = await dialer.Store.EventsAsync(call.Sid, default);
        Assert.Equal(["initiated", "ringing", "in-progress", "completed"], events.Where(e => e.Kind == "status").Select(e => e.Status));
        Assert.Equal([0, 1, 2, 3], events.Where(e => e.Kind == "status").Select(e => e.SequenceNumber));
        var timeline = await sandbox.TimelineAsync(call.Sid);
        Assert.Contains("say", timeline.Timeline);
        Assert.Contains("dial client:collector_42 answered", timeline.Timeline);
        Assert.Contains("fetch /twilio/voice/dial-action", timeline.Timeline);

        var fetched = await dialer.Services.GetRequiredService<TwilioCallsClient>().FetchAsync(call.Sid, default);
        Assert.Equal(CallStatus.Completed, fetched.Status);
        Assert.True(fetched.Duration >= 5);
    }

    [Fact]
    public async Task A_machine_detected_after_answer_is_redirected_to_the_voicemail_message()
    {
        // Slower time leaves the verdict (3 s) well inside the disclosure (about 12 s) even on a busy machine.
        await using var sandbox = await SandboxHost.StartAsync(_rules, timeScale: 5);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl, collector: "collector_42");

        var call = await PlaceAsync(dialer, Machine, asyncAmd: true);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(CallStatus.Completed, leg.Status);
        Assert.Equal(AnsweredBy.MachineEndBeep, leg.AnsweredBy);
        Assert.Null(leg.DialCallStatus);
        var timeline = await sandbox.TimelineAsync(call.Sid);
        Assert.Contains("redirected", timeline.Timeline);
        Assert.DoesNotContain(timeline.Timeline, t => t.StartsWith("dial client", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_picked_collector_the_debtor_waits_in_the_queue_until_one_takes_the_call()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);

        var call = await PlaceAsync(dialer, Human, asyncAmd: false);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(CallStatus.Completed, leg.Status);
        var timeline = (await sandbox.TimelineAsync(call.Sid)).Timeline;
        Assert.Contains("enqueue collections", timeline);
        Assert.Contains("dequeued by collector", timeline);
    }

    [Fact]
    public async Task A_busy_line_ends_busy_without_fetching_twiml()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);

        var call = await PlaceAsync(dialer, Busy, asyncAmd: false);
        var leg = await WaitForFinalStatusAsync(dialer, call.Sid);

        Assert.Equal(CallStatus.Busy, leg.Status);
        Assert.DoesNotContain(await sandbox.TimelineAsync(call.Sid) is var t ? t.Timeline : [], e => e.StartsWith("fetch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calls_beyond_the_accounts_cps_wait_in_queued()
    {
        await using var sandbox = await SandboxHost.StartAsync(_rules, timeScale: 1, callsPerSecond: 1);
        await using var dialer = await WebhookHost.StartAsync(sandbox.BaseUrl);

        var first = await PlaceAsync(dialer, Busy, asyncAmd: false);
        var second = await PlaceAsync(dialer, Busy, asyncAmd: false);
        var third = await PlaceAsync(dialer, Busy, asyncAmd: false);

        Assert.Equal(CallStatus.Queued, third.Status);
        Assert.True(third.QueueTime > second.QueueTime && second.QueueTime > first.QueueTime);
        Assert.InRange(third.QueueTime!.Value, 1500, 2000);
    }

    private static async Task<TwilioCall> PlaceAsync(WebhookHost dialer, string to, bool asyncAmd)
    {
        var calls = dialer.Services.GetRequiredService<TwilioCallsClient>();
        var request = new OutboundCall(to, "+15005550006", TwilioWebhookEndpoints.WebhookUrl(dialer.BaseUrl, TwilioWebhookEndpoints.AnswerPath))
        {
            StatusCallback = TwilioWebhookEndpoints.WebhookUrl(dialer.BaseUrl, TwilioWebhookEndpoints.StatusPath),
            StatusCallbackEvents = [CallProgressEvent.Initiated, CallProgressEvent.Ringing, CallProgressEvent.Answered, CallProgressEvent.Completed],
            MachineDetection = MachineDetection.DetectMessageEnd,
            AsyncAmdStatusCallback = asyncAmd ? TwilioWebhookEndpoints.WebhookUrl(dialer.BaseUrl, TwilioWebhookEndpoints.AmdPath) : null,
            Timeout = 20,
        };
        return await calls.PlaceCallAsync(WebhookHost.ConfirmedCall(to), request, default);
    }

    private static async Task<CallLeg> WaitForFinalStatusAsync(WebhookHost dialer, string callSid)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await dialer.Store.FindAsync(callSid, default) is { Status.IsTerminal: true } leg)
            {
                return leg;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Call {callSid} did not reach a final status within 30 s.");
    }
}
