using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Scheduling;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Campaigns;

/// <summary>
/// What supervisors do to campaigns: create, change, start, pause, stop. Each change is validated by the aggregate,
/// saved (a concurrent change to the same campaign is refused, not overwritten), then the clustered scheduler's pacing
/// job is brought in step. Starting fills the hopper at once so "why is it empty?" has an answer from the first second.
/// </summary>
public sealed class CampaignService(DebtHubDbContext db, HopperStore hopper, CampaignScheduler scheduler, TimeProvider clock)
{
    public async Task<Campaign> CreateAsync(string name, CampaignSettings settings, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Create(name, settings, clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign;
    }

    public Task<Campaign> UpdateAsync(Guid id, string name, CampaignSettings settings, CancellationToken cancellationToken) =>
        ChangeAsync(id, c => c.Update(name, settings, clock.GetUtcNow()), cancellationToken);

    public async Task<Campaign> StartAsync(Guid id, CancellationToken cancellationToken)
    {
        var campaign = await ChangeAsync(id, c => c.Start(clock.GetUtcNow()), cancellationToken);
        await hopper.FillAsync(campaign, clock.GetUtcNow(), cancellationToken);
        return campaign;
    }

    public Task<Campaign> PauseAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(id, c => c.Pause(clock.GetUtcNow()), cancellationToken);

    public Task<Campaign> StopAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(id, c => c.Stop(clock.GetUtcNow()), cancellationToken);

    private async Task<Campaign> ChangeAsync(Guid id, Action<Campaign> change, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new DomainException("CAMPAIGN_NOT_FOUND", "No campaign has that id.");
        change(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("CAMPAIGN_CHANGED", "Someone else changed this campaign a moment ago; reload it and try again.");
        }

        await scheduler.SyncAsync(campaign, cancellationToken);
        return campaign;
    }
}
