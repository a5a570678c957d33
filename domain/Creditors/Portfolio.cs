using DebtHub.Domain.Common;

namespace DebtHub.Domain.Creditors;

/// <summary>A placement: a batch of a creditor's accounts handed to us on one date (a cohort for liquidation reports).</summary>
public sealed class Portfolio
{
    private Portfolio() => Name = string.Empty;

    public Guid Id { get; private set; }

    public Guid CreditorId { get; private set; }

    public string Name { get; private set; }

    public DateOnly PlacedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    internal static Portfolio Create(Guid creditorId, string name, DateOnly placedOn, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        CreditorId = creditorId,
        Name = Text.Required(name, "Portfolio name", 200),
        PlacedOn = placedOn,
        CreatedAt = now,
    };
}
