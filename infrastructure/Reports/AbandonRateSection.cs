using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Abandon rate as the dialer's cap defines it (47 CFR 64.1200(a)(7); RULES.md TCPA-ABANDON: at most 3 % of live-answered
/// calls per campaign per 30 days): for each campaign, outbound calls abandoned (contact_attempts.abandoned_at) ÷ outbound
/// calls answered live (connect_result ANSWERED, abandoned ones included), over the 30 UTC days ending with the report's
/// last day, the same numerator and denominator pacing reads. The total is every outbound call in that window together.
/// </summary>
internal static class AbandonRateSection
{
    public const int WindowDays = 30;

    public static async Task<AbandonRates> ComputeAsync(DebtHubDbContext db, DateOnly to, CancellationToken cancellationToken)
    {
        var from = to.AddDays(1 - WindowDays);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.ContactAttempts.AsNoTracking()
            .Where(c => c.Channel == ContactChannel.Call && c.Direction == ContactDirection.Outbound && c.PlacedAt >= start && c.PlacedAt < end
                        && c.ConnectResult == AttemptOutcome.Answered)
            .GroupBy(c => c.CampaignId)
            .Select(g => new { CampaignId = g.Key, Live = g.Count(), Abandoned = g.Count(c => c.AbandonedAt != null) })
            .ToListAsync(cancellationToken);
        var ids = rows.Where(r => r.CampaignId is not null).Select(r => r.CampaignId!.Value).ToList();
        var names = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        const decimal cap = PacingSettings.LegalAbandonCap;
        const string definition = "Abandoned outbound calls ÷ outbound calls answered live, placed in the 30 UTC days ending with the period's last day";
        var campaigns = rows
            .Select(r => new CampaignAbandonRate(r.CampaignId, r.CampaignId is { } id ? names.GetValueOrDefault(id) : null,
                new Ratio(r.Abandoned, r.Live, definition + (r.CampaignId is null ? ", dialer calls outside campaigns." : ", for this campaign.")),
                (decimal)r.Abandoned / r.Live > cap))
            .OrderBy(c => c.CampaignId is null)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.CampaignId)
            .ToList();
        return new AbandonRates(from, to, cap, campaigns,
            new Ratio(rows.Sum(r => r.Abandoned), rows.Sum(r => r.Live), definition + ", all campaigns and calls outside campaigns together."));
    }
}
