using System.Net;
using DebtHub.Dialer.Webhooks;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>Requests posted straight at the webhook endpoints, signed (or not) as Twilio signs them.</summary>
public sealed class WebhookSecurityTests
{
    private const string CallSid = "CA11111111111111111111111111111111";

    private static List<KeyValuePair<string, string>> Status(string status, int sequence) =>
    [
        new("CallSid", CallSid),
        new("AccountSid", WebhookHost.AccountSid),
        new("From", "+15005550006"),
        new("To", "+14155550123"),
        new("CallStatus", status),
        new("SequenceNumber", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Timestamp", "Mon, 23 Nov 2026 10:00:00 +0000"),
    ];

    [Fact]
    public async Task A_forged_signature_gets_403_and_nothing_is_recorded()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));

        var response = await PostAsync(host, TwilioWebhookEndpoints.StatusPath, Status("ringing", 1), signature: "bm90IGEgc2lnbmF0dXJl");

        Assert.Equal(HttpStatusCode.Forbidden, response);
        Assert.Null(await host.Store.FindAsync(CallSid, default));
    }

    [Fact]
    public async Task A_missing_signature_gets_403_on_every_endpoint()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));

        foreach (var path in new[] { TwilioWebhookEndpoints.AnswerPath, TwilioWebhookEndpoints.StatusPath, TwilioWebhookEndpoints.AmdPath, TwilioWebhookEndpoints.DialActionPath })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(host, path, Status("ringing", 1), signature: null));
        }

        Assert.Null(await host.Store.FindAsync(CallSid, default));
    }

    [Fact]
    public async Task A_signature_for_other_parameters_gets_403()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));
        var signed = Status("ringing", 1);
        var signature = Sign(host, TwilioWebhookEndpoints.StatusPath, signed);
        var tampered = Status("completed", 1);

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(host, TwilioWebhookEndpoints.StatusPath, tampered, signature));
        Assert.Null(await host.Store.FindAsync(CallSid, default));
    }

    [Fact]
    public async Task A_signed_but_malformed_callback_gets_400_and_changes_nothing()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));
        var malformed = Status("ringing", 1);
        malformed[5] = new("SequenceNumber", "one");
        var noSid = Status("ringing", 1).Where(p => p.Key != "CallSid").ToList();

        Assert.Equal(HttpStatusCode.BadRequest, await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, malformed));
        Assert.Equal(HttpStatusCode.BadRequest, await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, noSid));
        Assert.Equal(HttpStatusCode.BadRequest, await PostSignedAsync(host, TwilioWebhookEndpoints.AmdPath, Status("in-progress", 1)));
        Assert.Null(await host.Store.FindAsync(CallSid, default));
    }

    [Fact]
    public async Task A_repeated_callback_changes_nothing()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.NoContent, await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, Status("ringing", 1)));
        var first = await host.Store.FindAsync(CallSid, default);
        Assert.Equal(HttpStatusCode.NoContent, await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, Status("ringing", 1)));

        Assert.Equal(first, await host.Store.FindAsync(CallSid, default));
        Assert.Single(await host.Store.EventsAsync(CallSid, default));
    }

    [Fact]
    public async Task A_late_older_callback_never_overwrites_a_newer_status()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));

        await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, Status("completed", 3));
        await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, Status("ringing", 1));
        await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, Status("in-progress", 2));

        var leg = await host.Store.FindAsync(CallSid, default);
        Assert.Equal(CallStatus.Completed, leg!.Status);
        Assert.Equal(3, leg.LastSequenceNumber);
        Assert.Equal(3, (await host.Store.EventsAsync(CallSid, default)).Count);
    }

    [Fact]
    public async Task Behind_a_proxy_the_configured_public_url_is_what_must_be_signed()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"), extra: new Dictionary<string, string?>
        {
            ["Twilio:PublicWebhookBaseUrl"] = "https://dialer.example.com",
        });
        var validator = host.Services.GetRequiredService<TwilioRequestValidator>();
        var parameters = Status("ringing", 1);
        var publicSignature = validator.ComputeSignature("https://dialer.example.com" + TwilioWebhookEndpoints.StatusPath, parameters);

        Assert.Equal(HttpStatusCode.Forbidden, await PostSignedAsync(host, TwilioWebhookEndpoints.StatusPath, parameters));
        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(host, TwilioWebhookEndpoints.StatusPath, parameters, publicSignature));
    }

    [Fact]
    public async Task A_human_answer_on_a_call_without_a_dialer_attempt_hears_only_who_called_and_is_hung_up()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));
        var parameters = Status("in-progress", 2).Where(p => p.Key != "SequenceNumber").Append(new("AnsweredBy", "human")).ToList();

        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var request = Signed(host, TwilioWebhookEndpoints.AnswerPath, parameters);
        using var response = await http.SendAsync(request);
        var twiml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<Dial", twiml, StringComparison.Ordinal);
        Assert.Contains("<Say>Hello, this is Northgate Account Services calling.", twiml, StringComparison.Ordinal);
        Assert.DoesNotContain("debt", twiml, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("<Hangup /></Response>", twiml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abandon_message_that_mentions_the_debt_stops_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => WebhookHost.StartAsync(
            new Uri("http://127.0.0.1:9/"), extra: new Dictionary<string, string?> { ["Dialer:VoiceFlow:AbandonMessage"] = "Please call us about your balance." }));

        Assert.Contains("Dialer:VoiceFlow:AbandonMessage must not mention a debt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_machine_answer_gets_the_voicemail_message_only_where_the_permit_allows_one()
    {
        await using var host = await WebhookHost.StartAsync(new Uri("http://127.0.0.1:9/"));
        var parameters = Status("in-progress", 2).Where(p => p.Key != "SequenceNumber").Append(new("AnsweredBy", "machine_end_beep")).ToList();

        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var allowed = Signed(host, $"{TwilioWebhookEndpoints.AnswerPath}?{DialerCallUrls.VoicemailParameter}=1", parameters);
        var message = await (await http.SendAsync(allowed)).Content.ReadAsStringAsync();
        using var refused = Signed(host, $"{TwilioWebhookEndpoints.AnswerPath}?{DialerCallUrls.VoicemailParameter}=0", parameters);
        var hangUp = await (await http.SendAsync(refused)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<Dial", message, StringComparison.Ordinal);
        Assert.Contains("<Say>This is a message for the person we are trying to reach.", message, StringComparison.Ordinal);
        Assert.EndsWith("<Hangup /></Response>", message, StringComparison.Ordinal);
        Assert.EndsWith("<Response><Hangup /></Response>", hangUp, StringComparison.Ordinal);
        Assert.Equal(AnsweredBy.MachineEndBeep, (await host.Store.FindAsync(CallSid, default))!.AnsweredBy);
    }

    private static string Sign(WebhookHost host, string path, IEnumerable<KeyValuePair<string, string>> parameters) =>
        host.Services.GetRequiredService<TwilioRequestValidator>().ComputeSignature(host.BaseUrl.AbsoluteUri.TrimEnd('/') + path, parameters);

    private static HttpRequestMessage Signed(WebhookHost host, string path, List<KeyValuePair<string, string>> parameters)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Add("X-Twilio-Signature", Sign(host, path, parameters));
        return request;
    }

    private static Task<HttpStatusCode> PostSignedAsync(WebhookHost host, string path, List<KeyValuePair<string, string>> parameters) =>
        PostAsync(host, path, parameters, Sign(host, path, parameters));

    private static async Task<HttpStatusCode> PostAsync(WebhookHost host, string path, List<KeyValuePair<string, string>> parameters, string? signature)
    {
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(parameters) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
