namespace DebtHub.Domain.Compliance.Facts;

/// <summary>One debt a contact concerns, with everything that can hold or limit contact about it.</summary>
/// <param name="Id">The account id.</param>
/// <param name="FrequencyKey">
/// The Reg F "particular debt" (1006.14(b)(4)): student loans serviced under one account number when obtained share a
/// key; otherwise null and the account id is the key.
/// </param>
public sealed record DebtFacts(
    Guid Id,
    Guid? FrequencyKey = null,
    DebtStatus Status = DebtStatus.Active,
    IReadOnlyList<HoldFacts>? Holds = null,
    DisputeStatus Dispute = DisputeStatus.None,
    DateTimeOffset? CeaseReceivedAt = null,
    AttorneyFacts? Attorney = null,
    BankruptcyFacts? Bankruptcy = null,
    DateTimeOffset? FirstCommunicationAt = null,
    DateTimeOffset? ValidationNoticeSentAt = null)
{
    public Guid Key => FrequencyKey ?? Id;
}

/// <summary>A hold placed by a person (supervisor, compliance); only a person lifts it.</summary>
public sealed record HoldFacts(string Reason, DateTimeOffset PlacedAt, DateTimeOffset? LiftedAt = null)
{
    public bool IsActiveAt(DateTimeOffset instant) => PlacedAt <= instant && (LiftedAt is null || LiftedAt > instant);
}

/// <summary>Known representation by an attorney on this debt (1006.6(b)(2)).</summary>
/// <param name="NameOrAddressKnown">Representation blocks contact only when the attorney can be identified and reached.</param>
/// <param name="ConsentedToDirectContact">The attorney consented, or failed to respond in a reasonable time (a person decides).</param>
public sealed record AttorneyFacts(DateTimeOffset NotifiedAt, bool NameOrAddressKnown = true, bool ConsentedToDirectContact = false);

/// <summary>Any notice of bankruptcy (consumer, attorney, court, scrub), a chapter 13 co-debtor stay included.</summary>
/// <param name="ReleasedAt">Documented dismissal or relief from stay, reviewed by counsel.</param>
public sealed record BankruptcyFacts(DateTimeOffset NotifiedAt, int Chapter, bool CoDebtorStay = false, DateTimeOffset? ReleasedAt = null);
