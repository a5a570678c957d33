using DebtHub.Domain.Campaigns;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>
/// Keeps the clustered scheduler's pacing jobs in step with the campaigns table: a job per active campaign, none for a
/// paused or stopped one. A missed round is skipped, not caught up (a burst of late rounds would only overdial): the
/// trigger's misfire policy is "next with remaining count". Without a scheduler in this process (Dialer:RunScheduler
/// false) it does nothing: the instances that run one pick the change up in their periodic sync.
/// </summary>
public sealed class CampaignScheduler(
    IOptions<DialerOptions> options,
    TimeProvider clock,
    [FromKeyedServices(CampaignScheduler.SchedulerName)] ISchedulerFactory? schedulers = null)
{
    public const string SchedulerName = "DebtHub.Dialer";

    public async Task SyncAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        if (scheduler is null)
        {
            return;
        }

        var key = CampaignPacingJob.KeyFor(campaign.Id);
        var exists = await scheduler.Exists(key, cancellationToken);
        if (campaign.Status != CampaignStatus.Active)
        {
            if (exists)
            {
                await scheduler.DeleteJob(key, cancellationToken);
            }

            return;
        }

        if (exists)
        {
            return;
        }

        var job = JobBuilder.Create<CampaignPacingJob>()
            .WithIdentity(key)
            .UsingJobData(CampaignPacingJob.CampaignIdKey, campaign.Id.ToString())
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .StartAt(clock.GetUtcNow())
            .WithSimpleSchedule(s => s
                .WithInterval(TimeSpan.FromSeconds(options.Value.PacingIntervalSeconds))
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another instance scheduled it first: one job per campaign in the cluster either way.
        }
    }

    /// <summary>Brings every campaign's job in step (run periodically, so a change saved by an API-only instance is picked up).</summary>
    public async Task SyncAllAsync(DebtHubDbContext db, CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Stopped || c.StoppedAt > clock.GetUtcNow().AddDays(-1)).ToListAsync(cancellationToken);
        foreach (var campaign in campaigns)
        {
            await SyncAsync(campaign, cancellationToken);
        }
    }

    private async Task<IScheduler?> SchedulerAsync(CancellationToken cancellationToken) =>
        options.Value.RunScheduler && schedulers is not null ? await schedulers.GetScheduler(cancellationToken) : null;
}
