using System.Net;
using DebtHub.Infrastructure.Tests.Twilio.Support;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.Extensions.Time.Testing;
using static DebtHub.Infrastructure.Tests.Twilio.Support.TwilioTestServices;

namespace DebtHub.Infrastructure.Tests.Twilio;

/// <summary>Our client against the Twilio sandbox over real HTTP on loopback, with a listener for its callbacks.</summary>
public sealed class SandboxClientTests
{
    private const string Debtor = "+12125550123";

    [Fact]
    public async Task A_call_progresses_to_completed_through_signed_callbacks_in_sequence()
    {
        await using var sandbox = await LoopbackApp.SandboxAsync();
        var (app, listener) = await CallbackListener.StartAsync(AuthToken);
        await using var _ = app;
        using var services = Build(sandbox.BaseUrl.AbsoluteUri, time: new FakeTimeProvider(Permits.Noon));
        var call = new OutboundCall(Debtor, "+15005550006", new Uri(app.BaseUrl, "answer"))
        {
            StatusCallback = new Uri(app.BaseUrl, "status"),
            StatusCallbackEvents = [CallProgressEvent.Initiated, CallProgressEvent.Ringing, CallProgressEvent.Answered, CallProgressEvent.Completed],
        };

        var placed = await services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, Permits.Noon), call, default);
        await WaitUntilAsync(() => listener.Received.Any(r => r.Path == "/status" && r.Form["CallStatus"] == "completed"));

        Assert.Equal(CallStatus.Queued, placed.Status);
        var received = listener.Received.ToList();
        Assert.All(received, r => Assert.True(r.SignatureValid, $"{r.Path} was not signed as Twilio signs"));
        var statuses = received.Where(r => r.Path == "/status").ToList();
        Assert.Equal(["initiated", "ringing", "in-progress", "completed"], statuses.Select(s => s.Form["CallStatus"]));
        Assert.Equal(["0", "1", "2", "3"], statuses.Select(s => s.Form["SequenceNumber"]));
        Assert.All(statuses, s => Assert.Equal(placed.Sid, s.Form["CallSid"]));
        Assert.Single(received, r => r.Path == "/answer");
        var fetched = await services.Calls().FetchAsync(placed.Sid, default);
        Assert.Equal(CallStatus.Completed, fetched.Status);
        Assert.NotNull(fetched.EndTime);
    }

    [Fact]
    public async Task Sandbox_errors_arrive_as_typed_twilio_exceptions()
    {
        await using var sandbox = await LoopbackApp.SandboxAsync();
        using var services = Build(sandbox.BaseUrl.AbsoluteUri, time: new FakeTimeProvider(Permits.Noon));
        using var wrongToken = Build(sandbox.BaseUrl.AbsoluteUri, extra: new Dictionary<string, string?> { ["Twilio:AuthToken"] = "wrong" });

        var notFound = await Assert.ThrowsAsync<TwilioApiException>(() => services.Calls().FetchAsync("CA0123456789abcdef0123456789abcdef", default));
        var invalidTo = await Assert.ThrowsAsync<TwilioApiException>(() => services.Calls().PlaceCallAsync(
            Permits.ConfirmedCall("+1415", Permits.Noon), new OutboundCall("+1415", "+15005550006", new Uri("https://dialer.example.com/answer")), default));
        var unauthenticated = await Assert.ThrowsAsync<TwilioApiException>(() => wrongToken.Calls().ListPageAsync(new CallListFilter(), default));

        Assert.Equal((20404, HttpStatusCode.NotFound), (notFound.Code, notFound.Status));
        Assert.Equal((21211, HttpStatusCode.BadRequest), (invalidTo.Code, invalidTo.Status));
        Assert.Equal("The 'To' number +1415 is not a valid phone number.", invalidTo.Message);
        Assert.Equal((20003, HttpStatusCode.Unauthorized), (unauthenticated.Code, unauthenticated.Status));
        Assert.Equal(new Uri("https://www.twilio.com/docs/errors/20003"), unauthenticated.MoreInfo);
    }

    [Fact]
    public async Task A_call_waiting_for_its_cps_slot_can_be_canceled_and_listing_pages_through_every_call()
    {
        await using var sandbox = await LoopbackApp.SandboxAsync(timeScale: 1, callsPerSecond: 0.2);
        using var services = Build(sandbox.BaseUrl.AbsoluteUri, time: new FakeTimeProvider(Permits.Noon));
        var calls = services.Calls();
        var request = new OutboundCall(Debtor, "+15005550006", new Uri("http://127.0.0.1:9/answer"));

        var first = await calls.PlaceCallAsync(Permits.ConfirmedCall(Debtor, Permits.Noon), request, default);
        var second = await calls.PlaceCallAsync(Permits.ConfirmedCall(Debtor, Permits.Noon), request, default);
        var canceled = await calls.CancelAsync(second.Sid, default);
        await WaitUntilAsync(async () => (await calls.FetchAsync(second.Sid, default)).Status == CallStatus.Canceled);
        var listed = await calls.ListAsync(new CallListFilter { To = Debtor, PageSize = 1 }, default).Select(c => c.Sid).ToListAsync();
        var again = await Assert.ThrowsAsync<TwilioApiException>(() => calls.CancelAsync(second.Sid, default));

        Assert.True(second.QueueTime >= 4000, $"queue_time {second.QueueTime} ms");
        Assert.Equal(second.Sid, canceled.Sid);
        Assert.Equal([second.Sid, first.Sid], listed);
        Assert.Equal(21220, again.Code);
    }

    private static async Task WaitUntilAsync(Func<bool> condition) => await WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The sandbox did not get there within 20 s.");
    }
}
