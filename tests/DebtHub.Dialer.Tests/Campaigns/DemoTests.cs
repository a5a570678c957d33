using DebtHub.Dialer.Demo;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Infrastructure.Persistence;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

public sealed class DemoTests
{
    private static readonly DateTimeOffset Afternoon = new(2026, 6, 10, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_starts_one_campaign_over_the_portfolio_and_its_first_round_dials_through_the_gate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        await Book.SeedAsync(database, 12, [Book.NewYork, Book.LosAngeles], Afternoon);
        var clock = new FakeTimeProvider(Afternoon);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "demo",
            extra: new Dictionary<string, string?> { ["Dialer:Demo:Enabled"] = "true" });

        Campaign? campaign = null;
        for (var i = 0; i < 100 && campaign is not { Status: CampaignStatus.Active }; i++)
        {
            await Task.Delay(100);
            using var scope = dialer.Services.CreateScope();
            campaign = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Campaigns.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Name == DemoDialing.CampaignName);
        }

        Assert.NotNull(campaign);
        Assert.Equal(CampaignStatus.Active, campaign.Status);
        Assert.True(campaign.Voicemail.LeaveMessage);
        var round = await dialer.RoundAsync(campaign.Id);
        Assert.Equal(10, round.Dialed);
        Assert.Equal(10, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaign.Id}'"));
    }
}
