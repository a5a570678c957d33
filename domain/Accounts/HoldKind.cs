namespace DebtHub.Domain.Accounts;

/// <summary>A reason to stop collection activity that only a person can lift.</summary>
public enum HoldKind
{
    /// <summary>Written refusal or request to stop (12 CFR 1006.6(c)).</summary>
    Cease,

    /// <summary>The consumer is represented by an attorney on this debt (12 CFR 1006.6(b)(2)).</summary>
    AttorneyRepresentation,

    /// <summary>Automatic stay (11 USC 362(a)).</summary>
    Bankruptcy,

    /// <summary>The debtor died; only the estate may be contacted.</summary>
    Deceased,

    /// <summary>A timely written dispute pending verification (12 CFR 1006.38(d)(2)).</summary>
    Dispute,

    /// <summary>A hardship, complaint review or other pause a supervisor sets.</summary>
    Other,
}
