namespace DebtHub.Domain.Accounts;

/// <summary>Where an account stands in its life. Holds (cease, dispute, ...) are kept apart so several can stand at once.</summary>
public enum AccountStatus
{
    New,
    Active,
    PaymentPlan,
    Promised,
    Disputed,
    Cease,
    AttorneyRepresented,
    Bankruptcy,
    Deceased,
    Legal,
    PaidInFull,
    Settled,
    Closed,
}
