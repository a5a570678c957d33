using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// Claims whose holder died: nobody claims them again until the recovery settles what the holder left (on a fake clock;
/// CrashTests kills a real process).
/// </summary>
public sealed class LapsedClaimTests
{
    /// <summary>Wednesday 10 June 2026, 14:30 UTC: 10:30 in New York.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_dead_holders_claims_wait_for_recovery_which_returns_an_untouched_account_and_settles_a_confirmed_call_never_sent()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules);
        var book = await Book.SeedAsync(database, 4, [Book.NewYork], Morning);
        var clock = new FakeTimeProvider(Morning);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-b");
        using var scope = dialer.Services.CreateScope();
        var campaign = await dialer.Campaigns(scope).CreateAsync("Lapsed", CampaignFixtures.Settings(book.CreditorId), default);
        await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
        var hopper = dialer.Services.GetRequiredService<HopperStore>();
        var recovery = scope.ServiceProvider.GetRequiredService<LapsedClaimRecovery>();

        // The dead instance claimed two accounts for a minute, and confirmed a call to the second before it died.
        var held = await hopper.ClaimAsync(campaign, 2, "dialer-a", Morning, TimeSpan.FromMinutes(1), default);
        var (untouched, confirmed) = (held[0], held[1]);
        var gateway = scope.ServiceProvider.GetRequiredService<ContactGateway>();
        var phone = await database.ScalarAsync<Guid>($"select p.id from debtor_phones p join accounts a on a.debtor_id = p.debtor_id where a.id = '{confirmed}'");
        var permit = await gateway.RequestPermitAsync(
            new ContactIntent([confirmed], phone, ContactChannel.Call, ContactMode.Progressive, CampaignId: campaign.Id), default);
        var attempt = (await gateway.ConfirmAsync(permit.Grant!, null, campaign.Id, default)).Attempt!;

        // After the lease, the others' claims skip both until the recovery has looked at them.
        clock.Advance(TimeSpan.FromMinutes(2));
        var others = await hopper.ClaimAsync(campaign, 4, "dialer-c", clock.GetUtcNow(), TimeSpan.FromMinutes(10), default);
        Assert.Equal(2, others.Count);
        Assert.DoesNotContain(untouched, others);
        Assert.DoesNotContain(confirmed, others);

        // The untouched account goes back at once; the confirmed call waits while its permit could still be sent.
        Assert.Equal(1, await recovery.RecoverAsync(100, default));
        Assert.Equal([untouched], await hopper.ClaimAsync(campaign, 4, "dialer-c", clock.GetUtcNow(), TimeSpan.FromMinutes(10), default));
        Assert.Equal(0, await database.CountAsync($"select count(*) from campaign_hopper where account_id = '{confirmed}' and claimed_until is null"));

        // Then the carrier has no call to the number: the attempt is recorded as not placed, counted once in the
        // hopper, and the account waits as after a failed call; nothing is dialed again.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await recovery.RecoverAsync(100, default));
        Assert.Equal("NotConnected/NotPlaced", await database.ScalarAsync<string>($"select connect_result || '/' || disposition from contact_attempts where id = '{attempt.AttemptId}'"));
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from campaign_hopper where account_id = '{confirmed}' and attempts = 1 and last_attempt_id = '{attempt.AttemptId}' and claimed_until is null and next_eligible_at = '{attempt.ConfirmedAt.AddDays(1):O}'"));
        Assert.Empty(await hopper.ClaimAsync(campaign, 4, "dialer-c", clock.GetUtcNow(), TimeSpan.FromMinutes(10), default));
        Assert.Equal(0, await recovery.RecoverAsync(100, default));
        Assert.Equal(1, await database.CountAsync("select count(*) from contact_attempts"));
    }
}
