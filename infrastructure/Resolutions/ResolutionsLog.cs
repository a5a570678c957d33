using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Resolutions;

/// <summary>Resolutions log events, ids 7100–7199. Ids and counts only: never names, amounts or balances.</summary>
internal static partial class ResolutionsLog
{
    [LoggerMessage(7100, LogLevel.Information, "Evaluated resolutions for {Day}: {Plans} active plans ({PlansBroken} broken, {PlansCompleted} completed), {Promises} pending promises ({PromisesBroken} broken, {PromisesKept} kept), {WorkItems} work items queued")]
    public static partial void Evaluated(ILogger logger, DateOnly day, int plans, int plansBroken, int plansCompleted, int promises, int promisesBroken, int promisesKept, int workItems);

    [LoggerMessage(7101, LogLevel.Information, "Payment plan {PlanId} on account {AccountId} broke; queued for collector {CollectorId}")]
    public static partial void PlanBroken(ILogger logger, Guid planId, Guid accountId, Guid? collectorId);

    [LoggerMessage(7102, LogLevel.Information, "Promise {PromiseId} on account {AccountId} broke; queued for collector {CollectorId}")]
    public static partial void PromiseBroken(ILogger logger, Guid promiseId, Guid accountId, Guid? collectorId);

    [LoggerMessage(7103, LogLevel.Error, "The daily resolution evaluation failed")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception);
}
