using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Legal;

/// <summary>A judgment a court entered on the referred debt.</summary>
public sealed class Judgment
{
    private Judgment()
    {
        Court = CaseNumber = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public string Court { get; private set; }

    public string CaseNumber { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly EnteredOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static Judgment Create(Guid referralId, string court, string caseNumber, decimal amount, DateOnly enteredOn, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        ReferralId = referralId,
        Court = Text.Required(court, "Court", 200),
        CaseNumber = Text.Required(caseNumber, "Case number", 100),
        Amount = amount,
        EnteredOn = enteredOn,
        RecordedBy = recordedBy,
        RecordedAt = now,
    };
}
