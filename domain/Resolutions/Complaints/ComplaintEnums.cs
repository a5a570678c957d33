namespace DebtHub.Domain.Resolutions.Complaints;

public enum ComplaintCategory
{
    Harassment,
    FalseOrMisleadingStatements,
    ContactAtInconvenientTimeOrPlace,
    ThirdPartyDisclosure,
    DebtNotOwed,
    WrongAmount,
    PaymentHandling,
    CreditReporting,
    CollectorConduct,
    Other,
}

public enum ComplaintChannel
{
    Phone,
    Mail,
    Email,
    Portal,

    /// <summary>Through the CFPB's complaint portal.</summary>
    Cfpb,
    StateRegulator,
    BetterBusinessBureau,

    /// <summary>Passed on by the creditor (our client).</summary>
    Creditor,
}

public enum ComplaintStatus
{
    Open,
    Resolved,
}
