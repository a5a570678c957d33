using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Collectors;
using DebtHub.LedgerLoad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Routing;

/// <summary>
/// The whole path: a campaign's pacing round places a call through the gate and the ledger, the sandbox rings and
/// answers, and the webhooks (another host, the same database and Redis) route the person to the waiting collector.
/// </summary>
public sealed class CampaignCallRoutingTests
{
    /// <summary>Wednesday 10 June 2026, 10:30 in New York.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 14, 30, 0, TimeSpan.Zero);

    private static readonly object _rules = new
    {
        rules = new object[]
        {
            new { pattern = "+1212*", script = new { outcome = "answered", answeredBy = "human", ringSeconds = 2, amdSeconds = 1, talkSeconds = 4, collectorAnswerSeconds = 1 } },
        },
    };

    [Fact]
    public async Task A_campaign_call_answered_by_a_person_reaches_the_available_collector_and_ends_in_their_wrap_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        await using var sandbox = await SandboxHost.StartAsync(_rules);
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Morning);
        await using var webhooks = await WebhookHost.StartAsync(sandbox.BaseUrl, database: database, redis: redis.Configuration);
        var collector = await DialerWorld.CollectorAsync(database, ["en"], ["NY", "NJ"], PresenceState.Available, Morning.AddMinutes(-5));
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, new FakeTimeProvider(Morning), "dialer-a",
            extra: new Dictionary<string, string?> { ["Twilio:PublicWebhookBaseUrl"] = webhooks.BaseUrl.AbsoluteUri });
        Guid campaignId;
        using (var scope = dialer.Services.CreateScope())
        {
            var campaign = await dialer.Campaigns(scope).CreateAsync("Routing", CampaignFixtures.Settings(book.CreditorId), default);
            await dialer.Campaigns(scope).StartAsync(campaign.Id, default);
            campaignId = campaign.Id;
        }

        Assert.Equal(1, (await dialer.RoundAsync(campaignId)).Dialed);

        var call = await EndedCallAsync(database);
        Assert.Equal((campaignId, book.Accounts[0].AccountId, (Guid?)collector), (call.CampaignId!.Value, call.AccountId, call.CollectorId));
        await using var db = database.NewContext();
        var attempt = await db.ContactAttempts.SingleAsync(a => a.Id == call.AttemptId);
        Assert.Equal(campaignId, attempt.CampaignId);
        Assert.Null(attempt.ConnectResult);
        var presence = await db.CollectorPresence.SingleAsync(p => p.CollectorId == collector);
        Assert.Equal((PresenceState.WrapUp, call.CallSid), (presence.State, presence.CallSid));
        Assert.Contains($"dial client:collector_{collector:N} answered", (await sandbox.TimelineAsync(call.CallSid)).Timeline);
    }

    private static async Task<Domain.Contact.DialerCall> EndedCallAsync(TestDatabase database)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (await db.DialerCalls.AsNoTracking().FirstOrDefaultAsync(c => c.EndedAt != null) is { } call)
            {
                return call;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No dialer call ended within 30 s.");
    }
}
