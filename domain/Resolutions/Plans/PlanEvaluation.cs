namespace DebtHub.Domain.Resolutions.Plans;

/// <summary>What one evaluation changed: the job queues work for a plan that has just broken.</summary>
public sealed record PlanEvaluation(int InstallmentsChanged, bool BrokeNow, bool CompletedNow);
