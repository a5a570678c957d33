using DebtHub.Dialer.Callbacks;
using Quartz;

namespace DebtHub.Dialer.Scheduling;

/// <summary>Every half minute, one instance of the cluster dials the callbacks that are due (<see cref="CallbackDialing"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class DialDueCallbacksJob(CallbackDialing callbacks) : IJob
{
    public static readonly JobKey Key = new("dial-due-callbacks", CampaignPacingJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await callbacks.RunAsync(20, cancellationToken);
}
