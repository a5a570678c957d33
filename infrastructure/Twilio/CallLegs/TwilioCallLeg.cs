namespace DebtHub.Infrastructure.Twilio.CallLegs;

/// <summary>
/// The latest known state of one Twilio call leg, built from its callbacks. <see cref="LastSequenceNumber"/> is what
/// keeps a late, older status callback from overwriting a newer one.
/// </summary>
public sealed class TwilioCallLeg
{
    public TwilioCallLeg(string callSid, string status, int? lastSequenceNumber, DateTimeOffset updatedAt)
    {
        CallSid = callSid;
        Status = status;
        LastSequenceNumber = lastSequenceNumber;
        UpdatedAt = updatedAt;
    }

    public string CallSid { get; private set; }

    public string Status { get; private set; }

    public int? LastSequenceNumber { get; private set; }

    public string? AnsweredBy { get; private set; }

    public int? DurationSeconds { get; private set; }

    public string? DialCallStatus { get; private set; }

    public string? DialCallSid { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Takes the state the ordering rules decided on.</summary>
    public void Update(string status, int? lastSequenceNumber, string? answeredBy, int? durationSeconds, string? dialCallStatus, string? dialCallSid, DateTimeOffset updatedAt)
    {
        Status = status;
        LastSequenceNumber = lastSequenceNumber;
        AnsweredBy = answeredBy;
        DurationSeconds = durationSeconds;
        DialCallStatus = dialCallStatus;
        DialCallSid = dialCallSid;
        UpdatedAt = updatedAt;
    }
}

/// <summary>
/// One callback as received. The key (call, dedup key) makes a repeated delivery recognisable: for status callbacks the
/// dedup key carries the SequenceNumber.
/// </summary>
public sealed class TwilioCallEvent(string callSid, string dedupKey, string kind, int? sequenceNumber, string status, DateTimeOffset receivedAt)
{
    public string CallSid { get; private set; } = callSid;

    public string DedupKey { get; private set; } = dedupKey;

    public string Kind { get; private set; } = kind;

    public int? SequenceNumber { get; private set; } = sequenceNumber;

    public string Status { get; private set; } = status;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
