using DebtHub.Dialer.Outcomes;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>Every half minute, one instance of the cluster asks Twilio about the calls whose callbacks never came (<see cref="StaleCalls"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class ReconcileStaleCallsJob(StaleCalls calls) : IJob
{
    public static readonly JobKey Key = new("reconcile-stale-calls", CampaignPacingJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await calls.ReconcileAsync(100, cancellationToken);
}
