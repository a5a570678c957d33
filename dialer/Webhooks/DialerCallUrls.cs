using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Webhooks;

/// <summary>
/// The outbound call request every dialer call uses: our webhooks for the answer, every progress event and the
/// asynchronous AMD verdict, each URL carrying the attempt (permit) id. Twilio signs the full URL, so the id that comes
/// back with a webhook is the one we sent, and the first webhook of a call links its SID to the attempt.
/// </summary>
public static class DialerCallUrls
{
    public const string AttemptParameter = "attempt";

    /// <summary>"1" when the permit allows a voicemail (frequency policy, TCPA consent for an artificial voice).</summary>
    public const string VoicemailParameter = "vm";

    /// <summary>On the answer URL of a progressive line: the idle collector it was opened for, whom routing offers the answer first.</summary>
    public const string DialedForParameter = "for";

    /// <param name="publicBase">Where Twilio reaches our webhooks (<c>Twilio:PublicWebhookBaseUrl</c>).</param>
    /// <param name="attempt">The attempt the ledger confirmed; the call goes to the number its permit covers.</param>
    public static OutboundCall Outbound(Uri publicBase, ConfirmedAttempt attempt, string from, int ringSeconds = 25)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        ArgumentNullException.ThrowIfNull(attempt);
        return new OutboundCall(attempt.Permit.Destination, from, Url(publicBase, TwilioWebhookEndpoints.AnswerPath, attempt))
        {
            StatusCallback = Url(publicBase, TwilioWebhookEndpoints.StatusPath, attempt),
            StatusCallbackEvents = [CallProgressEvent.Initiated, CallProgressEvent.Ringing, CallProgressEvent.Answered, CallProgressEvent.Completed],
            MachineDetection = MachineDetection.DetectMessageEnd,
            AsyncAmdStatusCallback = Url(publicBase, TwilioWebhookEndpoints.AmdPath, attempt),
            Timeout = ringSeconds,
        };
    }

    /// <summary>One of our webhooks for the call placed under <paramref name="attempt"/>.</summary>
    public static Uri Url(Uri publicBase, string path, ConfirmedAttempt attempt, Guid? dialedFor = null)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var query = $"{path}?{AttemptParameter}={attempt.AttemptId:N}&{VoicemailParameter}={(attempt.Permit.MayLeaveVoicemail ? 1 : 0)}";
        return TwilioWebhookEndpoints.WebhookUrl(publicBase, dialedFor is { } collector ? $"{query}&{DialedForParameter}={collector:N}" : query);
    }
}
