namespace DebtHub.Domain.Resolutions.Promises;

public enum PromiseStatus
{
    Pending,

    /// <summary>Every promised payment arrived by its date plus grace.</summary>
    Kept,

    /// <summary>A promised payment's grace ran out before it was paid in full.</summary>
    Broken,
    Cancelled,
}
