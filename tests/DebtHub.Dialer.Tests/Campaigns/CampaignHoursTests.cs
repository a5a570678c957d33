using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Infrastructure.Ledger;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>A campaign's own hours, narrower than the law's, are checked in the debtor's local time before the ledger is asked.</summary>
public sealed class CampaignHoursTests
{
    /// <summary>Wednesday 10 June 2026, 14:30 UTC: 10:30 in New York (the law allows calls, the campaign's 12:00 has not come).</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Outside_the_campaigns_hours_but_inside_the_laws_nothing_is_reserved_and_the_hopper_names_the_opening()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var book = await Book.SeedAsync(database, 3, [Book.NewYork], Morning);
        var clock = new FakeTimeProvider(Morning);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a", services: CountingLedger.Install);
        var ledger = (CountingLedger)dialer.Services.GetRequiredService<IContactLedger>();
        Guid campaignId;
        using (var scope = dialer.Services.CreateScope())
        {
            var noon = CallingHours.Of(new TimeOnly(12, 0), new TimeOnly(20, 0), null);
            var campaign = await dialer.Campaigns(scope).CreateAsync("Afternoons", CampaignFixtures.Settings(book.CreditorId, hours: noon), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        var closed = await dialer.RoundAsync(campaignId);

        Assert.Equal((3, 0, 3), (closed.Claimed, closed.Dialed, closed.Blocked));
        Assert.Equal(0, ledger.Reservations);
        Assert.Equal(0, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'"));
        var explanation = await dialer.ExplainAsync(campaignId);
        var hours = Assert.Single(explanation.Blocked);
        Assert.Equal((HopperExplainer.CampaignHoursRuleId, 3), (hours.RuleId, hours.Accounts));
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.Zero), hours.FirstDialableAt);

        clock.AdjustTime(new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.Zero));
        var open = await dialer.RoundAsync(campaignId);

        Assert.Equal(3, open.Dialed);
        Assert.Equal(3, ledger.Reservations);
        Assert.Equal(3, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'"));
    }
}
