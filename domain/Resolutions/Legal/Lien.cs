using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Legal;

/// <summary>A lien recorded to secure the debt or a judgment on it (e.g. a judgment lien on real property).</summary>
public sealed class Lien
{
    private Lien()
    {
        Description = Jurisdiction = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    /// <summary>What the lien attaches to and its kind, e.g. "Judgment lien on 12 Main St".</summary>
    public string Description { get; private set; }

    /// <summary>Where it was recorded: county recorder, secretary of state.</summary>
    public string Jurisdiction { get; private set; }

    public string? InstrumentNumber { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public DateOnly? ReleasedOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static Lien Create(
        Guid referralId, string description, string jurisdiction, string? instrumentNumber, decimal amount, DateOnly recordedOn, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        ReferralId = referralId,
        Description = Text.Required(description, "Lien description", 500),
        Jurisdiction = Text.Required(jurisdiction, "Jurisdiction", 200),
        InstrumentNumber = Text.Optional(instrumentNumber, "Instrument number", 100),
        Amount = amount,
        RecordedOn = recordedOn,
        RecordedBy = recordedBy,
        RecordedAt = now,
    };

    internal void Release(DateOnly releasedOn)
    {
        if (ReleasedOn is not null)
        {
            throw new DomainException("LIEN_RELEASED", "The lien was already released.");
        }

        if (releasedOn < RecordedOn)
        {
            throw new DomainException("INVALID_DATE", "A lien cannot be released before it was recorded.");
        }

        ReleasedOn = releasedOn;
    }
}
