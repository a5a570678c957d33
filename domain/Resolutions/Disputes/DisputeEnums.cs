namespace DebtHub.Domain.Resolutions.Disputes;

public enum DisputeChannel
{
    /// <summary>Said on a call: collection may go on, but the debt must be reported as disputed (15 USC 1692e(8)).</summary>
    Oral,

    /// <summary>Letter, email, portal or any medium we accept as writing (12 CFR 1006.38).</summary>
    Written,
}

/// <summary>What the consumer says is wrong; two disputes with the same reason and no new information are duplicates.</summary>
public enum DisputeReason
{
    NotMyDebt,
    WrongAmount,
    AlreadyPaid,
    IdentityTheft,
    RequestOriginalCreditor,
    Other,
}

public enum DisputeStatus
{
    /// <summary>Recorded and not yet answered.</summary>
    Open,

    /// <summary>Verification (or the original creditor's name and address) was sent to the consumer.</summary>
    Verified,

    /// <summary>Substantially the same as an earlier dispute and brings no new information (12 CFR 1006.38(d)(2)(ii)).</summary>
    Duplicate,

    Withdrawn,
}
