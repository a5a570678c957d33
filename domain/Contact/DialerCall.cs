using DebtHub.Domain.Common;

namespace DebtHub.Domain.Contact;

/// <summary>
/// The life of one dialer-placed Twilio call and the contact attempt (permit) it was placed under: ringing, answered,
/// the machine-detection verdict, routing to a collector or abandonment, and its end. The attempt keeps the Reg F
/// record (written once); this keeps the timings supervisors and the pacing read.
/// </summary>
public sealed class DialerCall
{
    private DialerCall() => CallSid = Status = string.Empty;

    public string CallSid { get; private set; }

    /// <summary>The contact attempt, whose id is the permit the call was placed under.</summary>
    public Guid AttemptId { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The account the collector's screen opens (the attempt's first debt).</summary>
    public Guid AccountId { get; private set; }

    public Guid? CampaignId { get; private set; }

    /// <summary>Twilio's latest status (queued, ringing, in-progress, completed, busy, no-answer, failed, canceled).</summary>
    public string Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RingingAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The machine-detection verdict (human, machine_end_beep, fax, unknown...).</summary>
    public string? AnsweredBy { get; private set; }

    public Guid? CollectorId { get; private set; }

    public DateTimeOffset? RoutedAt { get; private set; }

    /// <summary>A person answered and no collector was connected: they heard the short message and the call ended.</summary>
    public DateTimeOffset? AbandonedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public int? DurationSeconds { get; private set; }

    /// <summary>When the collector recorded the outcome (the end of their wrap-up).</summary>
    public DateTimeOffset? DispositionedAt { get; private set; }

    public static DialerCall Track(string callSid, ContactAttempt attempt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return new DialerCall
        {
            CallSid = Text.Required(callSid, "Call SID", 34),
            AttemptId = attempt.Id,
            DebtorId = attempt.DebtorId,
            AccountId = attempt.AccountIds[0],
            CampaignId = attempt.CampaignId,
            Status = "queued",
            CreatedAt = now,
        };
    }

    public bool IsEnded => EndedAt is not null;

    public void Progress(string status, DateTimeOffset now)
    {
        Status = status;
        if (status == "ringing")
        {
            RingingAt ??= now;
        }
        else if (status == "in-progress")
        {
            AnsweredAt ??= now;
        }
    }

    public void Detected(string answeredBy, DateTimeOffset now)
    {
        AnsweredBy ??= answeredBy;
        AnsweredAt ??= now;
    }

    public void RoutedTo(Guid collectorId, DateTimeOffset now)
    {
        if (CollectorId is not null || AbandonedAt is not null)
        {
            throw new DomainException("ALREADY_ROUTED", "This call was already routed or abandoned.");
        }

        CollectorId = collectorId;
        RoutedAt = now;
        AnsweredAt ??= now;
    }

    /// <summary>The collector was let go before talking (a machine after all): the call is no longer theirs.</summary>
    public void Unroute() => CollectorId = null;

    public void Abandon(DateTimeOffset now)
    {
        AbandonedAt ??= now;
        AnsweredAt ??= now;
    }

    public void End(string status, int? durationSeconds, DateTimeOffset now)
    {
        Status = status;
        EndedAt ??= now;
        DurationSeconds = durationSeconds ?? DurationSeconds;
    }

    public void Dispositioned(DateTimeOffset now) => DispositionedAt ??= now;
}
