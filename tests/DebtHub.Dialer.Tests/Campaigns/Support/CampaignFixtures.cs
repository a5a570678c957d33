using DebtHub.Domain.Campaigns;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

internal static class CampaignFixtures
{
    /// <summary>The sandbox with its default random outcome mix, quick rings and fast time.</summary>
    public static readonly object SandboxRules = new { rules = Array.Empty<object>(), defaults = new { ringSeconds = 1, amdSeconds = 1, talkSeconds = 2 } };

    public static CampaignSettings Settings(
        Guid creditorId, DialMode mode = DialMode.Progressive, CallingHours? hours = null, RetryRules? retry = null, PriorityOrder? priority = null) => new(
        mode,
        CampaignSegment.Of([creditorId], null, null, null, null),
        hours ?? CallingHours.Of(new TimeOnly(8, 0), new TimeOnly(20, 0), null),
        CallerIdPool.Of(["+12125550100", "+13125550100", "+12135550100"], localPresence: true),
        retry ?? RetryRules.Default,
        false,
        VoicemailPolicy.HangUp,
        priority ?? PriorityOrder.Default,
        PacingSettings.Default);
}
