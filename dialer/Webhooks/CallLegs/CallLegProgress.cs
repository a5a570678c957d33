using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Webhooks.CallLegs;

/// <summary>
/// The ordering rules for callbacks, pure so the store (memory or PostgreSQL) only has to apply them atomically.
/// Twilio may deliver a callback twice or out of order; SequenceNumber (0, 1, 2… per call) says which is newer.
/// </summary>
internal static class CallLegProgress
{
    /// <summary>The key that makes a repeated callback recognisable.</summary>
    public static string DedupKey(CallStatusEvent callback) =>
        callback.SequenceNumber is { } sequence ? $"status:{sequence}" : $"status:{callback.Status.Value}";

    public static (CallLeg Leg, CallbackOutcome Outcome) Apply(CallLeg? current, bool alreadyRecorded, CallStatusEvent callback, DateTimeOffset now)
    {
        if (alreadyRecorded)
        {
            return (current!, CallbackOutcome.Duplicate);
        }

        if (current is null)
        {
            return (new CallLeg(callback.CallSid, callback.Status, callback.SequenceNumber, now)
            {
                AnsweredBy = callback.AnsweredBy,
                DurationSeconds = callback.DurationSeconds,
            }, CallbackOutcome.Applied);
        }

        if (IsOlder(current, callback))
        {
            return (current, CallbackOutcome.Stale);
        }

        return (current with
        {
            Status = callback.Status,
            LastSequenceNumber = callback.SequenceNumber ?? current.LastSequenceNumber,
            UpdatedAt = now,
            AnsweredBy = current.AnsweredBy ?? callback.AnsweredBy,
            DurationSeconds = callback.DurationSeconds ?? current.DurationSeconds,
        }, CallbackOutcome.Applied);
    }

    /// <summary>
    /// Older by sequence number when both have one; otherwise by lifecycle rank (a final status is never undone).
    /// </summary>
    private static bool IsOlder(CallLeg current, CallStatusEvent callback)
    {
        if (current.LastSequenceNumber is { } last && callback.SequenceNumber is { } sequence)
        {
            return sequence < last;
        }

        return current.Status.IsTerminal || (callback.Status.Rank >= 0 && callback.Status.Rank < current.Status.Rank);
    }

    /// <summary>The first AMD verdict stands; Twilio sends one per call, so a different later one is ignored.</summary>
    public static (CallLeg Leg, CallbackOutcome Outcome) ApplyAnsweredBy(CallLeg? current, string callSid, AnsweredBy answeredBy, DateTimeOffset now)
    {
        if (current is null)
        {
            return (new CallLeg(callSid, CallStatus.InProgress, null, now) { AnsweredBy = answeredBy }, CallbackOutcome.Applied);
        }

        if (current.AnsweredBy is not null)
        {
            return (current, current.AnsweredBy == answeredBy ? CallbackOutcome.Duplicate : CallbackOutcome.Stale);
        }

        return (current with { AnsweredBy = answeredBy, UpdatedAt = now }, CallbackOutcome.Applied);
    }

    public static (CallLeg Leg, CallbackOutcome Outcome) ApplyDial(CallLeg? current, DialActionEvent dial, DateTimeOffset now)
    {
        if (current is { DialCallStatus: not null } && current.DialCallStatus == dial.DialCallStatus && current.DialCallSid == dial.DialCallSid)
        {
            return (current, CallbackOutcome.Duplicate);
        }

        var leg = current ?? new CallLeg(dial.CallSid, CallStatus.InProgress, null, now);
        return (leg with { DialCallStatus = dial.DialCallStatus, DialCallSid = dial.DialCallSid, UpdatedAt = now }, CallbackOutcome.Applied);
    }
}
