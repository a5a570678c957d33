using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

public sealed partial class Account
{
    public AccountHold PlaceHold(HoldKind kind, string reason, string? details, string placedBy, DateTimeOffset now)
    {
        if (_holds.Exists(h => h.IsActive && h.Kind == kind))
        {
            throw new DomainException("HOLD_EXISTS", $"The account already has an active {kind} hold.");
        }

        if (kind == HoldKind.AttorneyRepresentation && string.IsNullOrWhiteSpace(details))
        {
            throw new DomainException("REQUIRED", "Attorney representation needs the attorney's name and contact details.");
        }

        if (kind == HoldKind.Bankruptcy && string.IsNullOrWhiteSpace(details))
        {
            throw new DomainException("REQUIRED", "A bankruptcy hold needs the case number.");
        }

        var hold = AccountHold.Place(Id, kind, reason, details, placedBy, now);
        _holds.Add(hold);
        return hold;
    }

    public void LiftHold(Guid holdId, string liftedBy, string reason, DateTimeOffset now)
    {
        var hold = _holds.Find(h => h.Id == holdId)
                   ?? throw new DomainException("UNKNOWN_HOLD", "That hold does not belong to this account.");
        hold.Lift(liftedBy, reason, now);
    }

    public bool HasActiveHold(HoldKind kind) => _holds.Exists(h => h.IsActive && h.Kind == kind);
}
