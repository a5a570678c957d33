using System.ComponentModel.DataAnnotations;

namespace DebtHub.Infrastructure.Resolutions;

/// <summary>When the daily evaluation runs (configuration section <c>Resolutions:DailyJob</c>).</summary>
public sealed class ResolutionJobOptions
{
    public const string Section = "Resolutions:DailyJob";

    /// <summary>A Quartz cron expression in UTC; by default 05:30 UTC, before the US east coast's calling hours open.</summary>
    [Required]
    public string Cron { get; set; } = "0 30 5 * * ?";

    /// <summary>Also run once this many seconds after start-up, so a day missed while the host was down is caught up.</summary>
    [Range(0, 3600)]
    public int StartupDelaySeconds { get; set; } = 60;
}
