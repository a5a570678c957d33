using DebtHub.Dialer.Outcomes;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>Every few seconds, one instance of the cluster closes the routed calls whose disposition is overdue (<see cref="UnrecordedCalls"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class CloseUnrecordedCallsJob(UnrecordedCalls calls) : IJob
{
    public static readonly JobKey Key = new("close-unrecorded-calls", CampaignPacingJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await calls.CloseOverdueAsync(100, cancellationToken);
}
