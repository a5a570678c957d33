using DebtHub.Dialer.Pacing;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>
/// One pacing round of one campaign. Thin, as every job here: it calls <see cref="PacingRound"/>. Never two rounds of
/// one campaign at once, across the whole cluster; the job's data is the campaign id only.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CampaignPacingJob(PacingRound round) : IJob
{
    public const string Group = "dialer-campaigns";
    public const string CampaignIdKey = "campaignId";

    public static JobKey KeyFor(Guid campaignId) => new($"pace-{campaignId:N}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var campaignId = Guid.Parse(context.MergedJobDataMap.GetString(CampaignIdKey)!);
        await round.RunAsync(campaignId, cancellationToken);
    }
}
