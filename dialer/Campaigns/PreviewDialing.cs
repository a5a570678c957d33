using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Campaigns;

/// <summary>
/// Preview mode: a collector asks for the next account (claimed for them, in priority order, for a few minutes), reads
/// it, and clicks to call — which goes through the same gate, ledger and placer as every campaign call.
/// </summary>
public sealed class PreviewDialing(DebtHubDbContext db, HopperStore hopper, CampaignCallPlacer placer, IOptions<DialerOptions> options, TimeProvider clock)
{
    public static string Holder(Guid collectorId) => $"collector:{collectorId:N}";

    /// <summary>
    /// The next account for the collector among those they can take (their languages and state licences, as routing
    /// matches), held for them alone; null when nothing is dialable now (see the hopper explanation).
    /// </summary>
    public async Task<Guid?> NextAsync(Guid campaignId, Guid collectorId, CancellationToken cancellationToken)
    {
        var campaign = await PreviewCampaignAsync(campaignId, cancellationToken);
        var skills = await db.Collectors.AsNoTracking().Where(c => c.Id == collectorId).Select(c => new { c.Languages, c.StateLicences }).SingleAsync(cancellationToken);
        var collector = new IdleCollector(
            collectorId, [.. skills.Languages.Select(l => l.ToLowerInvariant())], [.. skills.StateLicences.Select(s => s.ToUpperInvariant())]);
        var claimed = await hopper.ClaimForAsync(campaign, [collector], Holder(collectorId), clock.GetUtcNow(), TimeSpan.FromSeconds(options.Value.PreviewLeaseSeconds), cancellationToken);
        return claimed.Count == 0 ? null : claimed[0].AccountId;
    }

    /// <summary>The collector's click to call an account they hold; when blocked, the rules that hold it back.</summary>
    public async Task<Placement> CallAsync(Guid campaignId, Guid accountId, Guid collectorId, CancellationToken cancellationToken)
    {
        var campaign = await PreviewCampaignAsync(campaignId, cancellationToken);
        if (!await hopper.HoldsAsync(campaignId, accountId, Holder(collectorId), clock.GetUtcNow(), cancellationToken))
        {
            throw new DomainException("PREVIEW_NOT_HELD", "This account is not held for you in this campaign any more; ask for the next account.");
        }

        return await placer.PlaceAsync(campaign, accountId, ContactMode.Preview, collectorId, null, cancellationToken);
    }

    private async Task<Campaign> PreviewCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new DomainException("CAMPAIGN_NOT_FOUND", "No campaign has that id.");
        if (campaign.Mode != DialMode.Preview)
        {
            throw new DomainException("NOT_A_PREVIEW_CAMPAIGN", "This campaign dials by itself; preview is for preview campaigns.");
        }

        if (campaign.Status != CampaignStatus.Active)
        {
            throw new DomainException("CAMPAIGN_NOT_ACTIVE", "The campaign is not running.");
        }

        return campaign;
    }
}
