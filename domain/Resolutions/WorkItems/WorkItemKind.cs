namespace DebtHub.Domain.Resolutions.WorkItems;

public enum WorkItemKind
{
    BrokenPlan,
    BrokenPromise,
}
