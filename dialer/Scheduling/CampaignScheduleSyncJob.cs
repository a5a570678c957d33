using DebtHub.Infrastructure.Persistence;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>Every few seconds, one instance of the cluster brings the pacing jobs in step with the campaigns table.</summary>
[DisallowConcurrentExecution]
internal sealed class CampaignScheduleSyncJob(CampaignScheduler scheduler, DebtHubDbContext db) : IJob
{
    public static readonly JobKey Key = new("campaign-schedule-sync", CampaignPacingJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await scheduler.SyncAllAsync(db, cancellationToken);
}
