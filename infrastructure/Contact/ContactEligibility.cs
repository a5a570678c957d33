using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// Whether a contact may happen, as a collector reads it: every rule that blocks it (id, citation, a sentence), the
/// earliest instant it becomes allowed (null when a person must act first), and the zones and local times used.
/// </summary>
public sealed record ContactEligibility(
    bool Allowed,
    IReadOnlyList<BlockingRule> BlockedBy,
    DateTimeOffset? NextAllowedAt,
    DateTimeOffset EvaluatedAt,
    string RuleSetVersion,
    IReadOnlyList<ZoneLocalTime> ZonesUsed,
    bool ZonesUnknown)
{
    internal static ContactEligibility Of(ContactDecision decision, IReadOnlyList<BlockingRule> alsoBlockedBy)
    {
        if (alsoBlockedBy.Count == 0)
        {
            return new ContactEligibility(decision.Allowed, decision.BlockedBy, decision.NextAllowedAt, decision.EvaluatedAt,
                decision.RuleSetVersion, decision.ZonesUsed, decision.ZonesUnknown);
        }

        // A block only a person lifts (null) wins; otherwise the latest instant any block names.
        DateTimeOffset? next = decision.Allowed ? decision.EvaluatedAt : decision.NextAllowedAt;
        foreach (var block in alsoBlockedBy)
        {
            next = next is null || block.AllowedFrom is null ? null : (block.AllowedFrom > next ? block.AllowedFrom : next);
        }

        return new ContactEligibility(false, [.. decision.BlockedBy, .. alsoBlockedBy], next, decision.EvaluatedAt,
            decision.RuleSetVersion, decision.ZonesUsed, decision.ZonesUnknown);
    }
}

/// <summary>The gateway's answer to a permit request: the permit with its reservation when allowed, the reasons when not.</summary>
public sealed record PermitOutcome(ContactEligibility Eligibility, ContactGrant? Grant)
{
    public bool Granted => Grant is not null;

    public ContactPermit? Permit => Grant?.Permit;
}

/// <summary>
/// A permit the gate issued and the ledger reserved (reservation id = permit id). Confirm it just before placing the
/// contact (that records the attempt), or release it when the contact will not be placed.
/// </summary>
public sealed record ContactGrant(ContactPermit Permit, ReservationRequest Reservation, ComplianceSnapshot Compliance);

/// <summary>
/// The gateway's answer to a <see cref="CallIntent"/>: the grant for the first number allowed and reserved, and why each
/// number before it (or every number) was refused; <paramref name="DialableNumbers"/> is 0 when the debtor has no number
/// worth asking about.
/// </summary>
public sealed record CallPermitOutcome(ContactGrant? Grant, IReadOnlyList<ContactEligibility> Refused, int DialableNumbers);
