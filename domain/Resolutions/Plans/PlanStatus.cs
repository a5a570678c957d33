namespace DebtHub.Domain.Resolutions.Plans;

public enum PlanStatus
{
    /// <summary>Beyond the creditor's guardrails: waits for a supervisor to approve or reject it.</summary>
    PendingApproval,
    Active,
    Rejected,

    /// <summary>Every installment kept.</summary>
    Completed,

    /// <summary>An installment was not paid by its due date plus grace.</summary>
    Broken,
    Cancelled,
}
