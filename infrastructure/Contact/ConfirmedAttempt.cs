using DebtHub.Domain.Compliance;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// A contact the ledger has recorded and counted, ready to be placed: the only thing the adapters that reach a debtor
/// accept. Only <see cref="ContactGateway.ConfirmAsync"/> creates one, and only when the ledger answered
/// <see cref="Ledger.ConfirmOutcome.Confirmed"/> (a structure test scans every production assembly's IL for other
/// constructors), so reserve → confirm → place is enforced by the type system. The attempt id is the permit id.
/// </summary>
public sealed class ConfirmedAttempt
{
    internal ConfirmedAttempt(ContactPermit permit, DateTimeOffset confirmedAt, Guid? collectorId, Guid? campaignId)
    {
        Permit = permit;
        ConfirmedAt = confirmedAt;
        CollectorId = collectorId;
        CampaignId = campaignId;
    }

    public ContactPermit Permit { get; }

    /// <summary>The contact_attempts row written at confirmation.</summary>
    public Guid AttemptId => Permit.Id;

    public DateTimeOffset ConfirmedAt { get; }

    public Guid? CollectorId { get; }

    public Guid? CampaignId { get; }
}

/// <summary>What <see cref="ContactGateway.ConfirmAsync"/> found: the attempt to place on Confirmed, nothing otherwise.</summary>
public sealed record Confirmation(Ledger.ConfirmOutcome Outcome, ConfirmedAttempt? Attempt)
{
    public bool Confirmed => Attempt is not null;
}
