using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// The contact-frequency ledger (DESIGN.md principle 3): Redis enforces every frequency limit atomically across all
/// dialer threads and instances, PostgreSQL keeps the record. The flow for an outbound contact is
/// reserve → confirm (records the attempt) → dial → record its result; a contact that cannot be placed is released.
/// Every method fails closed: while Redis is unreachable or not yet rebuilt from PostgreSQL, nothing is granted.
/// </summary>
public interface IContactLedger
{
    /// <summary>Whether reservations can be granted now, and if not, why (for health and logs).</summary>
    LedgerStatus Status { get; }

    /// <summary>
    /// Checks every limit of the request and, when all allow, counts the contact in every window it belongs to, in one
    /// atomic step. The same reservation id granted twice counts once; an id already confirmed is refused.
    /// </summary>
    Task<ReservationOutcome> ReserveAsync(ReservationRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Consumes the reservation (the permit) and writes the attempt to PostgreSQL. Dial only on
    /// <see cref="ConfirmOutcome.Confirmed"/>: any other outcome means the contact must not be placed now.
    /// </summary>
    Task<ConfirmOutcome> ConfirmAsync(ContactAttempt attempt, CancellationToken cancellationToken);

    /// <summary>The contact could not be placed: it stops counting. Releasing an unknown or confirmed id changes nothing.</summary>
    Task ReleaseAsync(Guid debtorId, Guid reservationId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the result of a confirmed attempt once: a call not connected to the dialed number stops counting toward
    /// Reg F and Massachusetts limits (1006.14(b)(3)(ii)); a conversation starts the 7-day bar for each debt.
    /// </summary>
    Task RecordResultAsync(Guid attemptId, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace, CancellationToken cancellationToken);

    /// <summary>
    /// The same, inside the caller's unit of work: <paramref name="attempt"/> is tracked by the caller's DbContext and
    /// <paramref name="commit"/> saves it together with the caller's other changes (an audit entry, a promise, a hold), so
    /// the result and what it caused are written together or not at all. If the commit fails, Redis may keep a
    /// conversation bar PostgreSQL does not have: stricter, never an extra call.
    /// </summary>
    Task RecordResultAsync(
        ContactAttempt attempt, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace,
        Func<CancellationToken, Task> commit, CancellationToken cancellationToken);

    /// <summary>Shorthand for <see cref="RecordResultAsync"/> with a not-connected result.</summary>
    Task MarkNotConnectedAsync(Guid attemptId, CancellationToken cancellationToken);

    /// <summary>Records a call the consumer made to us; a conversation in it starts the 7-day bar (RULES.md FREQ-CONV-BAR).</summary>
    Task RecordInboundConversationAsync(ContactAttempt inbound, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IContactLedger.ConfirmAsync"/> found.</summary>
public enum ConfirmOutcome
{
    /// <summary>The attempt is recorded and counted: place the contact.</summary>
    Confirmed,

    /// <summary>This permit was confirmed before; the attempt was not recorded or counted again. Do not place it twice.</summary>
    AlreadyConfirmed,

    /// <summary>No live reservation has this id (released, or lost with Redis): ask the gate again.</summary>
    NotReserved,

    /// <summary>The permit expired before it was confirmed: ask the gate again.</summary>
    Expired,

    /// <summary>Redis or PostgreSQL is unavailable: nothing is placed (fail closed).</summary>
    Unavailable,
}

/// <summary>Whether the ledger can grant reservations, with the reason when it cannot.</summary>
public sealed record LedgerStatus(bool Ready, string Reason, DateTimeOffset Since);
