namespace DebtHub.Domain.Debtors;

public enum AddressType
{
    Home,
    Mailing,
    Work,
    Other,
}

public enum AddressStatus
{
    Unknown,
    Valid,
    ReturnedMail,
}

/// <summary>Where a phone, address or email came from; skip-traced data starts unverified.</summary>
public enum ContactSource
{
    Creditor,
    Consumer,
    SkipTrace,
    Collector,
    Other,
}
