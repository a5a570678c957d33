namespace DebtHub.Domain.Resolutions.Legal;

/// <summary>Who takes the referral: an outside attorney (named) or our own legal review queue.</summary>
public enum LegalVenue
{
    Attorney,
    LegalQueue,
}

public enum LegalPurpose
{
    /// <summary>File suit to obtain a judgment: never on a time-barred debt (12 CFR 1006.26(b)).</summary>
    Suit,

    /// <summary>Enforce an existing judgment (garnishment, levy, lien).</summary>
    JudgmentEnforcement,

    /// <summary>File a claim in a probate estate.</summary>
    ProbateClaim,

    /// <summary>Legal review without action: threatened litigation by the consumer, counsel questions.</summary>
    Review,
}

public enum LegalReferralStatus
{
    Referred,
    SuitFiled,
    JudgmentEntered,
    Recalled,
    Closed,
}
