using DebtHub.Domain.Common;

namespace DebtHub.Domain.Contact;

/// <summary>
/// A call the consumer asked for at a time. It is only a wish: when it is due, the dialer asks the compliance gate
/// like for any call (calling hours, holds, frequency), and dials only with a permit.
/// </summary>
public sealed class ScheduledCallback
{
    private ScheduledCallback()
    {
        RequestedBy = string.Empty;
        BlockedBy = [];
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The number to call back (the one the consumer was reached on).</summary>
    public Guid PhoneId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The collector who took the request; the callback rings them first when they are free.</summary>
    public Guid? CollectorId { get; private set; }

    /// <summary>The call in which the consumer asked.</summary>
    public Guid? SourceAttemptId { get; private set; }

    /// <summary>The campaign whose call it came from: its caller ids, hours and AMD settings apply when it is dialed.</summary>
    public Guid? CampaignId { get; private set; }

    public CallbackStatus Status { get; private set; }

    /// <summary>When the dialer looks at it next: the due time, then the gate's next allowed time after a refusal.</summary>
    public DateTimeOffset NextTryAt { get; private set; }

    /// <summary>The rules that held it back at the last look (blocked, or not possible), empty otherwise.</summary>
    public string[] BlockedBy { get; private set; }

    /// <summary>The attempt that dialed it.</summary>
    public Guid? AttemptId { get; private set; }

    /// <summary>A dialer instance's lease while it places the callback (dialer/Callbacks/CallbackStore).</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the dialer took it (dialed it, or found the gate refusing it for good).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public static ScheduledCallback Request(
        Guid accountId, Guid debtorId, Guid phoneId, DateTimeOffset dueAt, Guid? collectorId, Guid? sourceAttemptId, Guid? campaignId, string requestedBy, DateTimeOffset now)
    {
        if (dueAt <= now)
        {
            throw new DomainException("INVALID_DATE", "A callback is scheduled for a time in the future.");
        }

        if (dueAt > now.AddDays(90))
        {
            throw new DomainException("INVALID_DATE", "A callback is scheduled at most 90 days ahead.");
        }

        return new ScheduledCallback
        {
            Id = Ids.New(now),
            AccountId = accountId,
            DebtorId = debtorId,
            PhoneId = phoneId,
            DueAt = dueAt,
            CollectorId = collectorId,
            SourceAttemptId = sourceAttemptId,
            CampaignId = campaignId,
            Status = CallbackStatus.Scheduled,
            NextTryAt = dueAt,
            RequestedBy = Text.Required(requestedBy, "Requested by", 100),
            CreatedAt = now,
        };
    }

    /// <summary>The dialer took the callback (placed it through the gate, or gave it up); it is not taken twice.</summary>
    public void Close(CallbackStatus status, DateTimeOffset now)
    {
        if (Status != CallbackStatus.Scheduled)
        {
            throw new DomainException("CALLBACK_CLOSED", "This callback was already taken.");
        }

        Status = status == CallbackStatus.Scheduled ? throw new ArgumentOutOfRangeException(nameof(status)) : status;
        ClosedAt = now;
    }
}

public enum CallbackStatus
{
    /// <summary>Waiting for its time (and for a collector to take it).</summary>
    Scheduled,

    /// <summary>Placed through the gate; <see cref="ScheduledCallback.AttemptId"/> is its attempt.</summary>
    Dialed,

    Canceled,

    /// <summary>The gate refused it at its time; it is tried again at <see cref="ScheduledCallback.NextTryAt"/>.</summary>
    Blocked,

    /// <summary>The gate refused it with no time named (a cease hold, no dialable number...): closed, with the rules.</summary>
    NotPossible,

    /// <summary>No collector could take it within the dialer's window after its time: closed, never dialed.</summary>
    Missed,
}
