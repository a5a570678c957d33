using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>A hold on one account, with who placed and lifted it and why. Lifted holds stay as history.</summary>
public sealed class AccountHold : IShapesAccountStatus
{
    private AccountHold() => Reason = string.Empty;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public HoldKind Kind { get; private set; }

    public string Reason { get; private set; }

    /// <summary>For attorney representation: the attorney's name, firm and contact; for bankruptcy: the case number.</summary>
    public string? Details { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string PlacedBy { get; private set; } = string.Empty;

    public DateTimeOffset? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    public string? LiftReason { get; private set; }

    public bool IsActive => LiftedAt is null;

    internal static AccountHold Place(Guid accountId, HoldKind kind, string reason, string? details, string placedBy, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        AccountId = accountId,
        Kind = kind,
        Reason = Text.Required(reason, "Hold reason", 500),
        Details = Text.Optional(details, "Hold details", 1000),
        PlacedAt = now,
        PlacedBy = Text.Required(placedBy, "Placed by", 100),
    };

    internal void Lift(string liftedBy, string reason, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new DomainException("HOLD_NOT_ACTIVE", "This hold was already lifted.");
        }

        LiftReason = Text.Required(reason, "Reason for lifting", 500);
        LiftedBy = Text.Required(liftedBy, "Lifted by", 100);
        LiftedAt = now;
    }
}
