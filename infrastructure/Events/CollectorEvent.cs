namespace DebtHub.Infrastructure.Events;

/// <summary>
/// Something a collector must see now: the dialer routed a call to them (their screen pops the account), an account was
/// assigned to them, a callback is due. Ids only.
/// </summary>
public sealed record CollectorEvent(
    Guid CollectorId, CollectorEventKind Kind, DateTimeOffset At, Guid? AccountId = null, Guid? DebtorId = null, string? CallSid = null);

public enum CollectorEventKind
{
    CallRouted,
    CallEnded,
    AccountAssigned,
    CallbackDue,
}
