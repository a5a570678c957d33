namespace DebtHub.Infrastructure.Events;

/// <summary>
/// Something about an account changed and was saved. Ids only: subscribers read the account again, under their own
/// permissions, so no personal data or money travels through Redis.
/// </summary>
/// <param name="Actor">The user name (or system) that made the change.</param>
public sealed record AccountChanged(Guid AccountId, AccountChange Change, DateTimeOffset At, string? Actor = null);

/// <summary>What kind of change it was, so a screen can tell a payment from a note without reloading everything.</summary>
public enum AccountChange
{
    Updated,
    Placed,
    Assigned,
    StatusChanged,
    PaymentPosted,
    PaymentReversed,
    BalanceAdjusted,
    HoldPlaced,
    HoldLifted,
    NoteAdded,
    ContactRecorded,
    DebtorUpdated,
}
