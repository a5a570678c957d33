using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace DebtHub.Infrastructure.Resolutions;

public static class ResolutionsServiceCollectionExtensions
{
    /// <summary>
    /// The daily evaluation of plans and promises: the scoped <see cref="ResolutionEvaluator"/> and the Quartz job that
    /// calls it on a cron schedule. The scheduler uses Quartz's in-memory store: the job and its triggers are declared
    /// here at every start, and a missed or repeated run is harmless because the evaluation is idempotent.
    /// </summary>
    public static IServiceCollection AddResolutions(this IServiceCollection services)
    {
        services.AddScoped<ResolutionEvaluator>();
        services.AddOptions<ResolutionJobOptions>().BindConfiguration(ResolutionJobOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Resolutions:DailyJob:Cron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<DailyResolutionJob>(job => job.WithIdentity(DailyResolutionJob.Key).StoreDurably());
            quartz.AddTrigger<DailyResolutionJob>((provider, trigger) => trigger.ForJob(DailyResolutionJob.Key)
                .WithIdentity("daily", DailyResolutionJob.Key.Group)
                .WithCronSchedule(provider.GetRequiredService<IOptions<ResolutionJobOptions>>().Value.Cron,
                    cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            quartz.AddTrigger<DailyResolutionJob>((provider, trigger) => trigger.ForJob(DailyResolutionJob.Key)
                .WithIdentity("catch-up-at-startup", DailyResolutionJob.Key.Group)
                .StartAt(provider.GetRequiredService<TimeProvider>().GetUtcNow()
                    .AddSeconds(provider.GetRequiredService<IOptions<ResolutionJobOptions>>().Value.StartupDelaySeconds)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
