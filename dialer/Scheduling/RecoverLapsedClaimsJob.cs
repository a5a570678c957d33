using DebtHub.Dialer.Dialing;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>Every few seconds, one instance of the cluster settles the claims a dead instance left (<see cref="LapsedClaimRecovery"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class RecoverLapsedClaimsJob(LapsedClaimRecovery recovery) : IJob
{
    public static readonly JobKey Key = new("recover-lapsed-claims", CampaignPacingJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await recovery.RecoverAsync(100, cancellationToken);
}
