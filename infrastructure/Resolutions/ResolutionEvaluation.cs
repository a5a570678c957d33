namespace DebtHub.Infrastructure.Resolutions;

/// <summary>What one daily evaluation did, in counts.</summary>
public sealed record ResolutionEvaluation(
    DateOnly Day, int PlansEvaluated, int PlansBroken, int PlansCompleted, int PromisesEvaluated, int PromisesBroken, int PromisesKept, int WorkItemsQueued);
