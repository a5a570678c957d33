using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// How an ended call's Twilio status becomes the attempt's result. Busy and failed calls never reached the number and
/// stop counting toward Reg F (12 CFR 1006.14(b)(3)(ii)); an unanswered ring, a voicemail and an answer all count.
/// </summary>
internal static class CallOutcomeMap
{
    /// <summary>The result to write when the call ends, or null when the collector's disposition will write it.</summary>
    public static (AttemptOutcome Outcome, ContactDisposition Disposition)? ForEndedCall(CallStatus status, DialerCall call)
    {
        if (status == CallStatus.Busy || status == CallStatus.Failed)
        {
            return (AttemptOutcome.NotConnected, ContactDisposition.NotConnected);
        }

        if (status != CallStatus.Completed)
        {
            // no-answer, canceled (stopped while ringing) and anything Twilio adds later: placed, not answered.
            return (AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer);
        }

        if (call.CollectorId is not null)
        {
            return null;
        }

        AnsweredBy? answeredBy = call.AnsweredBy is null ? null : AnsweredBy.FromValue(call.AnsweredBy);
        if (answeredBy is { IsMachine: true })
        {
            return (AttemptOutcome.Voicemail, ContactDisposition.Voicemail);
        }

        if (answeredBy == AnsweredBy.Fax)
        {
            return (AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer);
        }

        // A person (or an undetermined answer) was on the line and no collector was connected: abandoned.
        return call.AnsweredAt is not null || call.AbandonedAt is not null
            ? (AttemptOutcome.Answered, ContactDisposition.Abandoned)
            : (AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer);
    }
}
