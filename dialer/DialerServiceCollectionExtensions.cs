using DebtHub.Dialer.Callbacks;
using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Demo;
using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Dialer.Scheduling;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace DebtHub.Dialer;

public static class DialerServiceCollectionExtensions
{
    /// <summary>
    /// Campaigns, hopper, pacing and the clustered pacing scheduler: a Quartz scheduler of its own
    /// (<see cref="CampaignScheduler.SchedulerName"/>) on PostgreSQL's ADO.NET job store (tables in schema <c>quartz</c>,
    /// created by migration 0007 and validated at start), clustered so several dialer instances share the jobs. Expects
    /// AddPersistence, AddRedis, AddContactGateway and AddTwilio. What its own jobs need beyond those (the stale-call
    /// reconciler's call legs and outcomes, and the event bus their screen pops go through) it registers itself, so a
    /// dialer-only host, without the webhooks, runs every job.
    /// </summary>
    public static IServiceCollection AddDialer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialerOptions>().BindConfiguration(DialerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HopperStore>();
        services.AddSingleton<HopperExplainer>();
        services.AddSingleton<HopperRefills>();
        services.AddSingleton<PacingStatisticsReader>();
        services.TryAddSingleton<IIdleCollectors, AvailableCollectors>();
        services.AddScoped<CampaignCallPlacer>();
        services.AddSingleton<Outcomes.PlacedCalls>();
        services.AddScoped<Outcomes.CallDispositions>();
        services.AddScoped<PacingRound>();
        services.AddScoped<CampaignService>();
        services.AddScoped<PreviewDialing>();
        services.AddScoped<Outcomes.UnrecordedCalls>();
        services.AddScoped<Outcomes.StaleCalls>();
        services.TryAddScoped<ICallLegStore, EfCallLegStore>();
        services.TryAddScoped<Outcomes.CallOutcomes>();
        services.TryAddSingleton<EventBus>();
        services.AddSingleton<CallbackStore>();
        services.AddScoped<CallbackDialing>();
        services.AddScoped<LapsedClaimRecovery>();
        services.AddSingleton<CampaignScheduler>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        if (configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() is { Enabled: true })
        {
            services.AddHostedService<DemoDialing>();
        }

        var dialer = configuration.GetSection(DialerOptions.Section).Get<DialerOptions>() ?? new DialerOptions();
        if (!dialer.RunScheduler)
        {
            return services;
        }

        // Read when the scheduler starts, so a host's (or a test's) configuration applies.
        services.AddOptions<QuartzSchedulerOptions>(CampaignScheduler.SchedulerName)
            .Configure<Microsoft.Extensions.Options.IOptions<DialerOptions>>((scheduler, options) => scheduler.InstanceId = options.Value.InstanceId);
        services.AddQuartz(CampaignScheduler.SchedulerName, quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(o => o.ConnectionStringName = "Postgres");
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = "quartz.qrtz_";
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(5);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(10);
                });
            });
            quartz.AddJob<CampaignScheduleSyncJob>(job => job.WithIdentity(CampaignScheduleSyncJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(CampaignScheduleSyncJob.Key)
                .WithIdentity(CampaignScheduleSyncJob.Key.Name, CampaignScheduleSyncJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(10)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<CloseUnrecordedCallsJob>(job => job.WithIdentity(CloseUnrecordedCallsJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(CloseUnrecordedCallsJob.Key)
                .WithIdentity(CloseUnrecordedCallsJob.Key.Name, CloseUnrecordedCallsJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(15)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<ReconcileStaleCallsJob>(job => job.WithIdentity(ReconcileStaleCallsJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(ReconcileStaleCallsJob.Key)
                .WithIdentity(ReconcileStaleCallsJob.Key.Name, ReconcileStaleCallsJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<DialDueCallbacksJob>(job => job.WithIdentity(DialDueCallbacksJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(DialDueCallbacksJob.Key)
                .WithIdentity(DialDueCallbacksJob.Key.Name, DialDueCallbacksJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<RecoverLapsedClaimsJob>(job => job.WithIdentity(RecoverLapsedClaimsJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(RecoverLapsedClaimsJob.Key)
                .WithIdentity(RecoverLapsedClaimsJob.Key.Name, RecoverLapsedClaimsJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(5)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
