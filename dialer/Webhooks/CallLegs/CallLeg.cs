using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Webhooks.CallLegs;

/// <summary>What we know of one Twilio call leg, from its callbacks.</summary>
internal sealed record CallLeg(string CallSid, CallStatus Status, int? LastSequenceNumber, DateTimeOffset UpdatedAt)
{
    public AnsweredBy? AnsweredBy { get; init; }

    public int? DurationSeconds { get; init; }

    public string? DialCallStatus { get; init; }

    public string? DialCallSid { get; init; }
}

/// <summary>What a callback did: changed the leg, repeated one already recorded, or arrived after a newer one.</summary>
internal enum CallbackOutcome
{
    Applied,
    Duplicate,
    Stale,
}

/// <summary>One callback as recorded (the history; the leg is the latest state).</summary>
internal sealed record CallLegEvent(string CallSid, string Kind, string DedupKey, int? SequenceNumber, string Status, DateTimeOffset ReceivedAt);
