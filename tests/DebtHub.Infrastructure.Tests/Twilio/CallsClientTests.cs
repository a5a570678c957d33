using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Tests.Twilio.Support;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DebtHub.Infrastructure.Tests.Twilio.Support.TwilioTestServices;

namespace DebtHub.Infrastructure.Tests.Twilio;

public sealed class CallsClientTests
{
    private const string Debtor = "+12125550123";
    private const string CallSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static readonly DateTimeOffset _now = Permits.Noon;

    [Fact]
    public async Task Call_creation_sends_one_form_key_per_status_event_with_basic_auth()
    {
        var stub = new StubTwilioHandler().Then(HttpStatusCode.Created, CallJson(CallSid, Debtor));
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        var call = await services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now), CallTo(Debtor), default);

        Assert.Equal(CallSid, call.Sid);
        Assert.Equal(CallStatus.Queued, call.Status);
        var (method, uri, auth, body) = Assert.Single(stub.Sent);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal($"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Calls.json", uri.AbsoluteUri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")), auth);
        var pairs = body.Split('&').Select(WebUtility.UrlDecode).ToList();
        Assert.Equal(
            ["StatusCallbackEvent=initiated", "StatusCallbackEvent=ringing", "StatusCallbackEvent=answered", "StatusCallbackEvent=completed"],
            pairs.Where(p => p!.StartsWith("StatusCallbackEvent=", StringComparison.Ordinal)));
        Assert.Contains($"To={Debtor}", pairs);
        Assert.Contains("MachineDetection=DetectMessageEnd", pairs);
        Assert.Contains("AsyncAmd=true", pairs);
    }

    [Fact]
    public async Task An_api_key_replaces_the_account_credentials_in_basic_auth()
    {
        var stub = new StubTwilioHandler().Then(HttpStatusCode.OK, CallJson(CallSid, Debtor));
        using var services = Build("https://api.twilio.com", stub, extra: new Dictionary<string, string?>
        {
            ["Twilio:ApiKeySid"] = ApiKeySid,
            ["Twilio:ApiKeySecret"] = ApiKeySecret,
        });

        await services.Calls().FetchAsync(CallSid, default);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ApiKeySid}:{ApiKeySecret}")), stub.Sent[0].Authorization);
    }

    [Fact]
    public async Task An_expired_permit_is_refused_before_anything_reaches_twilio()
    {
        var stub = new StubTwilioHandler();
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));
        var permit = Permits.ForCall(Debtor, _now - TimeSpan.FromHours(2));
        Assert.True(permit.ExpiresAt < _now);

        await Assert.ThrowsAsync<ContactPermitRefusedException>(() => services.Calls().PlaceCallAsync(Permits.Confirmed(permit), CallTo(Debtor), default));
        Assert.Empty(stub.Sent);
    }

    [Fact]
    public async Task A_permit_for_another_number_is_refused()
    {
        var stub = new StubTwilioHandler();
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        await Assert.ThrowsAsync<ContactPermitRefusedException>(
            () => services.Calls().PlaceCallAsync(Permits.ConfirmedCall("+12125550999", _now), CallTo(Debtor), default));
        Assert.Empty(stub.Sent);
    }

    [Fact]
    public async Task A_permit_for_a_text_cannot_place_a_call()
    {
        var stub = new StubTwilioHandler();
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        await Assert.ThrowsAsync<ContactPermitRefusedException>(
            () => services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now, channel: ContactChannel.Text), CallTo(Debtor), default));
        Assert.Empty(stub.Sent);
    }

    [Fact]
    public async Task Twilio_error_json_becomes_a_typed_exception()
    {
        var stub = new StubTwilioHandler().Then(HttpStatusCode.BadRequest,
            """{"code":21211,"message":"The 'To' number +1415 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}""");
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        var error = await Assert.ThrowsAsync<TwilioApiException>(
            () => services.Calls().PlaceCallAsync(Permits.ConfirmedCall("+1415", _now), CallTo("+1415"), default));

        Assert.Equal(21211, error.Code);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("The 'To' number +1415 is not a valid phone number.", error.Message);
        Assert.Equal(new Uri("https://www.twilio.com/docs/errors/21211"), error.MoreInfo);
        Assert.Single(stub.Sent);
    }

    [Fact]
    public async Task A_non_json_error_page_still_gives_the_status()
    {
        var stub = new StubTwilioHandler().Then(HttpStatusCode.BadGateway, "<html>bad gateway</html>")
            .Then(HttpStatusCode.BadGateway, "<html>bad gateway</html>").Then(HttpStatusCode.BadGateway, "<html>bad gateway</html>")
            .Then(HttpStatusCode.BadGateway, "<html>bad gateway</html>");
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => services.Calls().FetchAsync(CallSid, default));

        Assert.Null(error.Code);
        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal(4, stub.Sent.Count);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_retry_after_delay()
    {
        var time = new RecordingTimeProvider(_now);
        var stub = new StubTwilioHandler()
            .Then(HttpStatusCode.TooManyRequests, """{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}""",
                r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Then(HttpStatusCode.Created, CallJson(CallSid, Debtor));
        using var services = Build("https://api.twilio.com", stub, time);

        var call = await services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now), CallTo(Debtor), default);

        Assert.Equal(CallSid, call.Sid);
        Assert.Equal(2, stub.Sent.Count(s => s.Method == HttpMethod.Post));
        Assert.Contains(TimeSpan.FromSeconds(7), time.Delays);
    }

    [Fact]
    public async Task Too_many_requests_gives_up_after_the_configured_retries()
    {
        var stub = new StubTwilioHandler();
        for (var i = 0; i < 3; i++)
        {
            stub.Then(HttpStatusCode.TooManyRequests, """{"code":20429,"message":"Too Many Requests","status":429}""");
        }

        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now), new Dictionary<string, string?> { ["Twilio:MaxRetries"] = "2" });

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => services.Calls().FetchAsync(CallSid, default));

        Assert.Equal(20429, error.Code);
        Assert.Equal(3, stub.Sent.Count);
    }

    [Fact]
    public async Task A_server_error_on_creation_is_not_resent_and_the_call_is_found_by_listing()
    {
        var stub = new StubTwilioHandler()
            .Then(HttpStatusCode.InternalServerError, """{"code":20500,"message":"Internal Server Error","status":500}""")
            .Then(HttpStatusCode.OK, $$"""{"calls":[{{CallJson(CallSid, Debtor, "ringing", "Wed, 10 Jun 2026 15:59:59 +0000")}}],"page":0,"page_size":20,"next_page_uri":null}""");
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        var call = await services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now), CallTo(Debtor), default);

        Assert.Equal(CallSid, call.Sid);
        Assert.Single(stub.Sent, s => s.Method == HttpMethod.Post);
        var list = Assert.Single(stub.Sent, s => s.Method == HttpMethod.Get);
        Assert.Contains("To=%2B12125550123", list.Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_on_creation_with_no_matching_call_reports_an_unknown_outcome_without_resending()
    {
        var stub = new StubTwilioHandler()
            .ThenThrow(new TaskCanceledException("timed out", new TimeoutException()))
            .Then(HttpStatusCode.OK, $$"""{"calls":[{{CallJson(CallSid, Debtor, "completed", "Tue, 09 Jun 2026 15:00:00 +0000")}}],"page":0,"page_size":20,"next_page_uri":null}""");
        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        await Assert.ThrowsAsync<TwilioCallOutcomeUnknownException>(
            () => services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now), CallTo(Debtor), default));

        Assert.Single(stub.Sent, s => s.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task When_both_creation_and_reconciliation_fail_the_outcome_is_unknown_and_nothing_is_resent()
    {
        var stub = new StubTwilioHandler()
            .Then(HttpStatusCode.ServiceUnavailable, """{"code":20503,"message":"Service Unavailable","status":503}""");
        for (var i = 0; i < 4; i++)
        {
            stub.Then(HttpStatusCode.ServiceUnavailable, """{"code":20503,"message":"Service Unavailable","status":503}""");
        }

        using var services = Build("https://api.twilio.com", stub, new RecordingTimeProvider(_now));

        await Assert.ThrowsAsync<TwilioCallOutcomeUnknownException>(
            () => services.Calls().PlaceCallAsync(Permits.ConfirmedCall(Debtor, _now), CallTo(Debtor), default));

        Assert.Single(stub.Sent, s => s.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task Listing_follows_next_page_uris_until_the_last_page()
    {
        var second = "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        var stub = new StubTwilioHandler()
            .Then(HttpStatusCode.OK, $$"""{"calls":[{{CallJson(CallSid, Debtor)}}],"page":0,"page_size":1,"next_page_uri":"/2010-04-01/Accounts/{{AccountSid}}/Calls.json?PageSize=1&Page=1&PageToken=PAx"}""")
            .Then(HttpStatusCode.OK, $$"""{"calls":[{{CallJson(second, Debtor)}}],"page":1,"page_size":1,"next_page_uri":null}""");
        using var services = Build("https://api.twilio.com", stub);

        var calls = await services.Calls().ListAsync(new CallListFilter { To = Debtor, PageSize = 1 }, default).ToListAsync();

        Assert.Equal([CallSid, second], calls.Select(c => c.Sid));
        Assert.Equal("?PageSize=1&Page=1&PageToken=PAx", stub.Sent[1].Uri.Query);
    }

    [Fact]
    public async Task Cancel_and_complete_send_the_status_twilio_expects()
    {
        var stub = new StubTwilioHandler()
            .Then(HttpStatusCode.OK, CallJson(CallSid, Debtor, "canceled"))
            .Then(HttpStatusCode.OK, CallJson(CallSid, Debtor, "completed"));
        using var services = Build("https://api.twilio.com", stub);

        var canceled = await services.Calls().CancelAsync(CallSid, default);
        var completed = await services.Calls().CompleteAsync(CallSid, default);

        Assert.Equal(CallStatus.Canceled, canceled.Status);
        Assert.Equal(CallStatus.Completed, completed.Status);
        Assert.Equal(["Status=canceled", "Status=completed"], stub.Sent.Select(s => s.Body));
        Assert.All(stub.Sent, s => Assert.EndsWith($"/Calls/{CallSid}.json", s.Uri.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_enum_values_and_rfc2822_dates_survive_parsing()
    {
        var json = CallJson(CallSid, Debtor, "teleported", "Tue, 31 Aug 2010 20:36:28 +0000").Replace("\"answered_by\":null", "\"answered_by\":\"machine_end_whistle\"", StringComparison.Ordinal);
        var stub = new StubTwilioHandler().Then(HttpStatusCode.OK, json);
        using var services = Build("https://api.twilio.com", stub);

        var call = await services.Calls().FetchAsync(CallSid, default);

        Assert.Equal("teleported", call.Status?.Value);
        Assert.False(call.Status!.Value.IsKnown);
        Assert.Equal("machine_end_whistle", call.AnsweredBy?.Value);
        Assert.Equal(new DateTimeOffset(2010, 8, 31, 20, 36, 28, TimeSpan.Zero), call.DateCreated);
        Assert.Equal(1000, call.QueueTime);
    }

    [Fact]
    public async Task No_more_requests_are_in_flight_than_configured()
    {
        var gate = new ConcurrencyProbe();
        using var services = Build("https://api.twilio.com", gate, extra: new Dictionary<string, string?> { ["Twilio:MaxConcurrentRequests"] = "2" });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => services.Calls().FetchAsync(CallSid, default)));

        Assert.Equal(2, gate.MaxSeen);
    }

    [Fact]
    public void Missing_credentials_fail_at_start_up()
    {
        using var services = Build("https://api.twilio.com", extra: new Dictionary<string, string?> { ["Twilio:AuthToken"] = "", ["Twilio:AccountSid"] = "nope" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DebtHub.Infrastructure.Twilio.TwilioOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("AuthToken", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("AccountSid", StringComparison.Ordinal));
    }

    private sealed class ConcurrencyProbe : HttpMessageHandler
    {
        private int _inFlight;

        public int MaxSeen { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            lock (this)
            {
                MaxSeen = Math.Max(MaxSeen, now);
            }

            await Task.Delay(50, cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(CallJson(CallSid, Debtor), Encoding.UTF8, "application/json") };
        }
    }
}
