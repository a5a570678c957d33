using DebtHub.Domain.Common;

namespace DebtHub.Domain.Contact;

/// <summary>
/// A call the consumer asked for at a time. It is only a wish: when it is due, the dialer asks the compliance gate
/// like for any call (calling hours, holds, frequency), and dials only with a permit.
/// </summary>
public sealed class ScheduledCallback
{
    private ScheduledCallback() => RequestedBy = string.Empty;

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

    public CallbackStatus Status { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the dialer took it (dialed it, or found the gate refusing it for good).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public static ScheduledCallback Request(
        Guid accountId, Guid debtorId, Guid phoneId, DateTimeOffset dueAt, Guid? collectorId, Guid? sourceAttemptId, string requestedBy, DateTimeOffset now)
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
            Status = CallbackStatus.Scheduled,
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
    Scheduled,
    Dialed,
    Canceled,
}
