using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Routing;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Twilio;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Twiml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Webhooks;

/// <summary>
/// The URLs Twilio calls for our outbound calls: the answer URL (TwiML), status callbacks, the asynchronous AMD
/// verdict and the <c>&lt;Dial&gt;</c> action. Every one is signature-checked first (403), then parsed (400).
/// </summary>
public static partial class TwilioWebhookEndpoints
{
    public const string Prefix = "/twilio/voice";
    public const string AnswerPath = Prefix + "/answer";
    public const string StatusPath = Prefix + "/status";
    public const string AmdPath = Prefix + "/amd";
    public const string DialActionPath = Prefix + "/dial-action";

    /// <summary>Maps the four webhooks; the API host calls this once.</summary>
    public static RouteGroupBuilder MapTwilioWebhooks(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).AddEndpointFilter<TwilioSignatureFilter>().DisableAntiforgery();
        group.MapPost("/answer", AnswerAsync);
        group.MapPost("/status", StatusAsync);
        group.MapPost("/amd", AmdAsync);
        group.MapPost("/dial-action", DialActionAsync);
        return group;
    }

    /// <summary>The absolute URL Twilio should use for one of our webhooks, under the configured public base.</summary>
    public static Uri WebhookUrl(Uri publicBase, string path) => new(publicBase.AbsoluteUri.TrimEnd('/') + path);

    private static async Task<IResult> AnswerAsync(
        HttpContext http,
        ICallLegStore store,
        CallOutcomes outcomes,
        CallRouter router,
        IOptions<VoiceFlowOptions> flow,
        IOptions<TwilioOptions> twilio,
        ILoggerFactory loggers)
    {
        if (!TwilioWebhookParser.TryParseAnswer(await FormAsync(http), out var answer, out var error))
        {
            return Results.BadRequest(error);
        }

        var ct = http.RequestAborted;
        var settings = flow.Value;
        var attemptId = AttemptOf(http);
        if (answer!.AnsweredBy is { } verdict)
        {
            await store.RecordAnsweredByAsync(new AmdResultEvent(answer.CallSid, answer.AccountSid, verdict, null), ct);
        }

        await outcomes.AnsweredAsync(answer.CallSid, attemptId, answer.AnsweredBy, ct);
        var twiml = answer.AnsweredBy switch
        {
            { IsMachine: true } => Voicemail(await outcomes.VoicemailAsync(answer.CallSid, VoicemailAllowed(http), settings.VoicemailMessage, ct)),
            { } by when by == AnsweredBy.Fax => new VoiceResponse().Hangup(),
            _ => await ConnectToCollectorAsync(http, answer.CallSid, attemptId, router, settings, twilio.Value, ct),
        };
        LogAnswered(loggers.CreateLogger(typeof(TwilioWebhookEndpoints)), answer.CallSid, answer.AnsweredBy?.Value ?? "pending");
        return Twiml(twiml);
    }

    private static async Task<IResult> StatusAsync(HttpContext http, ICallLegStore store, CallOutcomes outcomes, ILoggerFactory loggers)
    {
        if (!TwilioWebhookParser.TryParseStatus(await FormAsync(http), out var callback, out var error))
        {
            return Results.BadRequest(error);
        }

        var outcome = await store.RecordStatusAsync(callback!, http.RequestAborted);
        if (outcome == CallbackOutcome.Applied)
        {
            await outcomes.StatusAsync(callback!, AttemptOf(http), http.RequestAborted);
        }

        LogStatus(loggers.CreateLogger(typeof(TwilioWebhookEndpoints)), callback!.CallSid, callback.Status.Value, callback.SequenceNumber, outcome);
        return Results.NoContent();
    }

    /// <summary>
    /// With asynchronous AMD the debtor may already be ringing through to a collector; when a machine is detected instead,
    /// the collector is let go and the live call is redirected to the voicemail message.
    /// </summary>
    private static async Task<IResult> AmdAsync(
        HttpContext http,
        ICallLegStore store,
        CallOutcomes outcomes,
        TwilioCallsClient calls,
        IOptions<VoiceFlowOptions> flow,
        ILoggerFactory loggers)
    {
        if (!TwilioWebhookParser.TryParseAmd(await FormAsync(http), out var amd, out var error))
        {
            return Results.BadRequest(error);
        }

        var logger = loggers.CreateLogger(typeof(TwilioWebhookEndpoints));
        var outcome = await store.RecordAnsweredByAsync(amd!, http.RequestAborted);
        if (outcome == CallbackOutcome.Applied)
        {
            await outcomes.MachineDetectedAsync(amd!, AttemptOf(http), http.RequestAborted);
        }

        if (outcome == CallbackOutcome.Applied && amd!.AnsweredBy.IsMachine)
        {
            var leg = await store.FindAsync(amd.CallSid, http.RequestAborted);
            if (leg is { DialCallStatus: null } && !leg.Status.IsTerminal)
            {
                try
                {
                    var message = await outcomes.VoicemailAsync(amd.CallSid, VoicemailAllowed(http), flow.Value.VoicemailMessage, http.RequestAborted);
                    await calls.RedirectAsync(amd.CallSid, Voicemail(message).ToString(), http.RequestAborted);
                }
                catch (Infrastructure.Twilio.Rest.TwilioApiException ex)
                {
                    // 21220: the call ended meanwhile; nothing is left to redirect.
                    LogRedirectFailed(logger, amd.CallSid, ex.Code);
                }
            }
        }

        LogAmd(logger, amd!.CallSid, amd.AnsweredBy.Value, outcome);
        return Results.NoContent();
    }

    /// <summary>
    /// The collector leg ended. If the collector talked, the call is over; if their softphone was not answered, the
    /// debtor hears the short identification message and the call ends, recorded as abandoned.
    /// </summary>
    private static async Task<IResult> DialActionAsync(HttpContext http, ICallLegStore store, CallOutcomes outcomes, IOptions<VoiceFlowOptions> flow)
    {
        if (!TwilioWebhookParser.TryParseDialAction(await FormAsync(http), out var dial, out var error))
        {
            return Results.BadRequest(error);
        }

        var outcome = await store.RecordDialAsync(dial!, http.RequestAborted);
        var talked = outcome == CallbackOutcome.Applied
            ? await outcomes.DialEndedAsync(dial!, AttemptOf(http), http.RequestAborted)
            : dial!.DialCallStatus is "completed" or "answered";
        return Twiml(talked ? new VoiceResponse().Hangup() : Abandon(flow.Value));
    }

    /// <summary>
    /// Nothing is said before the collector picks up: whoever answered may not be the debtor, and the collector gives the
    /// disclosure once they have verified they speak to the right person.
    /// </summary>
    private static async Task<VoiceResponse> ConnectToCollectorAsync(
        HttpContext http,
        string callSid,
        Guid? attemptId,
        CallRouter router,
        VoiceFlowOptions settings,
        TwilioOptions twilio,
        CancellationToken cancellationToken)
    {
        var dialedFor = Guid.TryParseExact(http.Request.Query[DialerCallUrls.DialedForParameter].ToString(), "N", out var id) ? id : (Guid?)null;
        var decision = await router.RouteAsync(callSid, attemptId, dialedFor, cancellationToken);
        if (decision.ClientIdentity is not { } collector)
        {
            return Abandon(settings);
        }

        var publicBase = twilio.PublicWebhookBaseUrl ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}");
        return new VoiceResponse().Dial(
            new DialOptions { Action = WebhookUrl(publicBase, DialActionPath + http.Request.QueryString), AnswerOnBridge = true, Timeout = settings.CollectorRingSeconds },
            nouns => nouns.Client(collector));
    }

    /// <summary>The dialer's attempt id, carried in the webhook URLs the call was placed with (the signature covers it).</summary>
    private static Guid? AttemptOf(HttpContext http) =>
        Guid.TryParseExact(http.Request.Query[DialerCallUrls.AttemptParameter].ToString(), "N", out var id) ? id : null;

    private static VoiceResponse Abandon(VoiceFlowOptions settings) => new VoiceResponse().Say(settings.AbandonMessage).Hangup();

    /// <summary>The message to leave on a machine, or a plain hang-up when none may be left.</summary>
    private static VoiceResponse Voicemail(string? message) => message is null ? new VoiceResponse().Hangup() : new VoiceResponse().Say(message).Hangup();

    /// <summary>Whether the call's permit allows a voicemail, as the (signed) webhook URL says; absent means no.</summary>
    private static bool VoicemailAllowed(HttpContext http) => http.Request.Query[DialerCallUrls.VoicemailParameter] == "1";

    private static async Task<IFormCollection> FormAsync(HttpContext http) =>
        http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;

    private static IResult Twiml(VoiceResponse response) => Results.Content(response.ToString(), "application/xml");

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Call {CallSid} answered ({AnsweredBy})")]
    private static partial void LogAnswered(ILogger logger, string callSid, string answeredBy);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Call {CallSid} status {Status} #{Sequence}: {Outcome}")]
    private static partial void LogStatus(ILogger logger, string callSid, string status, int? sequence, CallbackOutcome outcome);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Call {CallSid} AMD {AnsweredBy}: {Outcome}")]
    private static partial void LogAmd(ILogger logger, string callSid, string answeredBy, CallbackOutcome outcome);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Redirecting call {CallSid} to voicemail failed with Twilio error {Code}")]
    private static partial void LogRedirectFailed(ILogger logger, string callSid, int? code);
}
