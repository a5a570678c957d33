using System.Globalization;
using DebtHub.Domain.Campaigns;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>What both dialer drivers share: the campaign they run and the machine's load when they ran.</summary>
internal static class BenchCampaigns
{
    /// <summary>Names start with this, so a driver removes what an interrupted earlier run left behind.</summary>
    public const string NamePrefix = "bench: ";

    /// <summary>A progressive campaign over every open account with a balance, best balance first (the default order).</summary>
    public static CampaignSettings Settings() => new(
        DialMode.Progressive,
        CampaignSegment.Of(null, null, null, null, null),
        CallingHours.Of(new TimeOnly(8, 0), new TimeOnly(20, 0), null),
        CallerIdPool.Of(["+12125550100", "+13125550100", "+12135550100"], localPresence: true),
        RetryRules.Default,
        false,
        VoicemailPolicy.HangUp,
        PriorityOrder.Default,
        PacingSettings.Default);

    /// <summary>The 1-, 5- and 15-minute load averages, as the tables in bench/README.md quote them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    public static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
