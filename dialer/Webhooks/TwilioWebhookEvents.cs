using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Webhooks;

/// <summary>Twilio fetched the answer URL: the callee picked up (with synchronous AMD, its verdict is included).</summary>
internal sealed record VoiceAnswerEvent(string CallSid, string AccountSid, CallStatus Status, AnsweredBy? AnsweredBy);

/// <summary>A status callback; <see cref="SequenceNumber"/> orders the callbacks of one call (0, 1, 2…).</summary>
internal sealed record CallStatusEvent(
    string CallSid,
    string AccountSid,
    CallStatus Status,
    int? SequenceNumber,
    DateTimeOffset? Timestamp,
    int? DurationSeconds,
    AnsweredBy? AnsweredBy,
    int? SipResponseCode);

/// <summary>The asynchronous answering-machine-detection verdict.</summary>
internal sealed record AmdResultEvent(string CallSid, string AccountSid, AnsweredBy AnsweredBy, int? DetectionMilliseconds);

/// <summary>A <c>&lt;Dial&gt;</c> ended: how the collector leg went (completed, answered, busy, no-answer, failed, canceled).</summary>
internal sealed record DialActionEvent(string CallSid, string AccountSid, string DialCallStatus, string? DialCallSid, int? DialCallDurationSeconds);
