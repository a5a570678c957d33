using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Accounts;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// The hopper over real PostgreSQL, Redis and the Twilio sandbox: claims go in priority order and only through the
/// gate; blocked accounts wait for their next eligible time, and the hopper explains itself.
/// </summary>
public sealed class HopperTests
{
    /// <summary>Wednesday 10 June 2026, 14:30 UTC: 10:30 in New York, 07:30 in Phoenix and Los Angeles.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Blocked_accounts_wait_for_their_next_eligible_time_and_the_empty_hopper_says_why()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var book = await Book.SeedAsync(database, 10, Book.AcrossZones, Morning,
            adjust: (account, i) => { if (i == 0) { account.PlaceHold(HoldKind.Cease, "Asked us to stop", null, "compliance", Morning.AddDays(-3)); } });
        var clock = new FakeTimeProvider(Morning);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a");
        Guid campaignId;
        using (var scope = dialer.Services.CreateScope())
        {
            var campaign = await dialer.Campaigns(scope).CreateAsync("June", CampaignFixtures.Settings(book.CreditorId), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        var first = await dialer.RoundAsync(campaignId);

        // New York (but the ceased account), Chicago and Denver are inside calling hours; Phoenix and Los Angeles are not yet.
        Assert.Equal(10, first.Claimed);
        Assert.Equal(5, first.Dialed);
        Assert.Equal(5, first.Blocked);
        var explanation = await dialer.ExplainAsync(campaignId);
        Assert.Equal(10, explanation.Total);
        Assert.Equal(0, explanation.DialableNow);
        Assert.Equal(5, explanation.WaitingForRetry);
        var hours = Assert.Single(explanation.Blocked, g => g.RuleId == "TIME-WINDOW");
        Assert.Equal(4, hours.Accounts);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 15, 0, 0, TimeSpan.Zero), hours.FirstDialableAt);
        var cease = Assert.Single(explanation.Blocked, g => g.RuleId == "CEASE");
        Assert.Equal(1, cease.Accounts);
        Assert.Equal(5, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'"));

        // Each refused permit is recorded for the report, with the campaign that asked (four accounts for the hour, one ceased).
        const string refusedAccounts = "select count(distinct account_ids[1]) from contact_refusals where campaign_id = '{0}' and '{1}' = any(rule_ids)";
        Assert.Equal((4L, 1L), (await database.CountAsync(string.Format(refusedAccounts, campaignId, "TIME-WINDOW")),
            await database.CountAsync(string.Format(refusedAccounts, campaignId, "CEASE"))));
        var refusals = await database.CountAsync($"select count(*) from contact_refusals where campaign_id = '{campaignId}'");

        // Before 15:00 nothing is looked at again: no busy loop over blocked accounts, and no refusal written meanwhile.
        clock.Advance(TimeSpan.FromMinutes(20));
        var idle = await dialer.RoundAsync(campaignId);
        Assert.Equal(0, idle.Claimed);
        Assert.Equal(refusals, await database.CountAsync($"select count(*) from contact_refusals where campaign_id = '{campaignId}'"));

        clock.AdjustTime(new DateTimeOffset(2026, 6, 10, 15, 0, 0, TimeSpan.Zero));
        var opened = await dialer.RoundAsync(campaignId);
        Assert.Equal(4, opened.Dialed);
        Assert.Equal(9, await database.CountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'"));
    }

    [Fact]
    public async Task Accounts_are_claimed_in_the_campaigns_priority_order_and_a_claimed_one_is_skipped_by_others()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var book = await Book.SeedAsync(database, 20, [Book.NewYork], Morning);
        var clock = new FakeTimeProvider(Morning);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a");
        using var scope = dialer.Services.CreateScope();
        var campaign = await dialer.Campaigns(scope).CreateAsync("By balance", CampaignFixtures.Settings(book.CreditorId), default);
        await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
        var hopper = dialer.Services.GetRequiredService<HopperStore>();

        Assert.Equal(20, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{campaign.Id}' and not finished and next_eligible_at <= '{Morning:O}'"));
        var first = await hopper.ClaimAsync(campaign, 3, "a", Morning, TimeSpan.FromMinutes(1), default);
        var second = await hopper.ClaimAsync(campaign, 3, "b", Morning, TimeSpan.FromMinutes(1), default);

        var byBalance = book.Accounts.OrderByDescending(a => a.Balance).Select(a => a.AccountId).ToList();
        Assert.Equal(byBalance.Take(3), first);
        Assert.Equal(byBalance.Skip(3).Take(3), second);
    }

    [Fact]
    public async Task A_segments_states_are_the_states_the_debtors_get_their_mail_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var book = await Book.SeedAsync(database, 3, [Book.NewYork], Morning);
        var movedToJersey = book.Accounts[0];

        // The first debtor's mail goes to Hoboken now; the account's governing state stays New York.
        await database.CountAsync($"""
            insert into debtor_addresses (id, debtor_id, type, line1, city, state, zip, country, status, source, first_seen_at, last_seen_at)
            values ('{Guid.NewGuid()}', '{movedToJersey.DebtorId}', 'Mailing', '1 River St', 'Hoboken', 'NJ', '07030', 'US', 'Valid', 'Creditor', '{Morning:O}', '{Morning:O}')
            """);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, new FakeTimeProvider(Morning), "dialer-a");
        using var scope = dialer.Services.CreateScope();
        async Task<Guid> SegmentAsync(string name, string state)
        {
            var settings = CampaignFixtures.Settings(book.CreditorId) with { Segment = Domain.Campaigns.CampaignSegment.Of([book.CreditorId], null, [state], null, null) };
            var campaign = await dialer.Campaigns(scope).CreateAsync(name, settings, default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            return campaign.Id;
        }

        var jersey = await SegmentAsync("New Jersey", "NJ");
        var newYork = await SegmentAsync("New York", "NY");

        Assert.Equal(1, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{jersey}' and account_id = '{movedToJersey.AccountId}'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{jersey}'"));
        Assert.Equal(2, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{newYork}' and account_id <> '{movedToJersey.AccountId}'"));
        Assert.Equal(2, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{newYork}'"));
    }

    [Fact]
    public async Task Each_collector_gets_the_best_account_they_can_take_even_when_their_skills_are_rare_in_the_hopper()
    {
        await using var database = await TestDatabase.CreateAsync();
        var english = await Book.SeedAsync(database, 20, [Book.NewYork], Morning);
        var spanish = await Book.SeedAsync(database, 1, [Book.Chicago], Morning, language: _ => "es");
        var settings = CampaignFixtures.Settings(english.CreditorId) with
        {
            Segment = DebtHub.Domain.Campaigns.CampaignSegment.Of([english.CreditorId, spanish.CreditorId], null, null, null, null),
        };
        var campaign = DebtHub.Domain.Campaigns.Campaign.Create("Two languages", settings, Morning);
        await using (var db = database.NewContext())
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        var hopper = new HopperStore(database.DataSource);
        await hopper.FillAsync(campaign, Morning, default);

        // The Spanish speaker's only account is among the lowest balances: beyond the first walk's candidates for three collectors.
        IdleCollector[] team = [new(Guid.NewGuid(), ["en"], ["NY"]), new(Guid.NewGuid(), ["es"], ["IL"]), new(Guid.NewGuid(), ["en"], ["NY", "IL"])];
        var claims = await hopper.ClaimForAsync(campaign, team, "test", Morning, TimeSpan.FromMinutes(1), default);

        var best = english.Accounts.OrderByDescending(a => a.Balance).Select(a => a.AccountId).ToList();
        Assert.Equal(
            [(best[0], team[0].Id), (spanish.Accounts[0].AccountId, team[1].Id), (best[1], team[2].Id)],
            claims.OrderBy(c => Array.FindIndex(team, t => t.Id == c.CollectorId)).Select(c => (c.AccountId, c.CollectorId)));
        Assert.Equal(3, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{campaign.Id}' and dialed_for is not null and claimed_until > '{Morning:O}'"));
    }
}
