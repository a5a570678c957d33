using Microsoft.Extensions.Logging;
using Quartz;

namespace DebtHub.Infrastructure.Resolutions;

/// <summary>Runs the daily resolution evaluation; the work is in <see cref="ResolutionEvaluator"/>.</summary>
[DisallowConcurrentExecution]
public sealed class DailyResolutionJob(ResolutionEvaluator evaluator, ILogger<DailyResolutionJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluate-plans-and-promises", "resolutions");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await evaluator.EvaluateAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ResolutionsLog.EvaluationFailed(logger, e);
            throw;
        }
    }
}
