using DebtHub.Dialer.Demo;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

internal static class DemoCampaign
{
    /// <summary>The demo's campaign once it is active with <paramref name="collectors"/> collectors available.</summary>
    public static async Task<Guid> StartedAsync(DialerHost dialer, int collectors)
    {
        for (var i = 0; i < 600; i++)
        {
            using var scope = dialer.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            if (await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Name == DemoDialing.CampaignName) is { Status: CampaignStatus.Active } campaign
                && await db.CollectorPresence.CountAsync(p => p.State == PresenceState.Available) == collectors)
            {
                return campaign.Id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The demo did not start its campaign with {collectors} collectors within 60 s.");
    }
}
