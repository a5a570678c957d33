using DebtHub.Dialer.Pacing;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Dialing;

/// <summary>
/// A confirmed attempt is on record before the call is placed; whatever Twilio then answers (a refusal, a 500 after
/// creating the call, no answer in time) or whatever happens to the round, the attempt's record and the round's counts
/// tell the same story: every attempt row is either a dialed call (linked to its Twilio call) or recorded NotPlaced.
/// </summary>
public sealed class PlacementRecordTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_refused_call_is_recorded_not_placed_and_calls_twilio_created_despite_an_error_or_a_timeout_count_as_dialed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        var book = await Book.SeedAsync(database, 4, [Book.NewYork], Noon);
        var phones = book.Accounts.Select(a => a.Phone).ToList();
        await using var sandbox = await SandboxHost.StartAsync(new
        {
            rules = new object[]
            {
                new { pattern = phones[0], script = new { rejectCode = 21215 } },
                new { pattern = phones[1], script = new { failAfterCreate = true, outcome = "no-answer" } },
                new { pattern = phones[2], script = new { answerDelaySeconds = 4, outcome = "no-answer" } },
                new { pattern = phones[3], script = new { outcome = "no-answer" } },
            },
        });
        var clock = new FakeTimeProvider(Noon);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a",
            extra: new Dictionary<string, string?> { ["Twilio:RequestTimeout"] = "00:00:02" });
        var campaignId = await dialer.StartCampaignAsync("Placement records", book.CreditorId);

        var round = await dialer.RoundAsync(campaignId);

        Assert.Equal((4, 3, 1, 0), (round.Claimed, round.Dialed, round.NotPlaced, round.Blocked));
        var attempts = $"contact_attempts where campaign_id = '{campaignId}'";
        Assert.Equal(round.Dialed + round.NotPlaced, await database.CountAsync($"select count(*) from {attempts}"));
        Assert.Equal(round.NotPlaced, await database.CountAsync($"select count(*) from {attempts} and disposition = 'NotPlaced' and connect_result = 'NotConnected'"));
        Assert.Equal(1, await database.CountAsync($"select count(*) from {attempts} and destination = '{phones[0]}' and disposition = 'NotPlaced'"));

        // Each dialed attempt is linked to the call Twilio created, even when Twilio's answer was a 500 or never came.
        Assert.Equal(round.Dialed, await database.CountAsync($"select count(*) from {attempts} and exists (select 1 from dialer_calls dc where dc.attempt_id = id)"));
        var sids = await SidsAsync(database, campaignId);
        Assert.Equal(3, sids.Count);
        foreach (var sid in sids)
        {
            Assert.Equal(sid, (await sandbox.TimelineAsync(sid)).Sid);
        }
    }

    [Fact]
    public async Task A_round_cancelled_while_twilio_is_answering_still_records_the_call_it_placed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        var book = await Book.SeedAsync(database, 1, [Book.NewYork], Noon);
        await using var sandbox = await SandboxHost.StartAsync(new
        {
            rules = new object[] { new { pattern = book.Accounts[0].Phone, script = new { answerDelaySeconds = 3, outcome = "no-answer" } } },
        });
        var clock = new FakeTimeProvider(Noon);
        await using var dialer = await DialerHost.StartAsync(database, redis.Configuration, sandbox.BaseUrl, clock, "dialer-a");
        var campaignId = await dialer.StartCampaignAsync("Placement records", book.CreditorId);
        using var stopping = new CancellationTokenSource();

        await using var scope = dialer.Services.CreateAsyncScope();
        var round = scope.ServiceProvider.GetRequiredService<PacingRound>().RunAsync(campaignId, stopping.Token);
        await database.WaitForCountAsync($"select count(*) from contact_attempts where campaign_id = '{campaignId}'", 1);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => round);
        await database.WaitForCountAsync("select count(*) from dialer_calls", 1);
        var sid = Assert.Single(await SidsAsync(database, campaignId));
        Assert.Equal(sid, (await sandbox.TimelineAsync(sid)).Sid);
        Assert.Equal(1, await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{campaignId}' and attempts = 1 and claimed_by is null"));
    }

    private static async Task<List<string>> SidsAsync(TestDatabase database, Guid campaignId)
    {
        await using var command = database.DataSource.CreateCommand($"select call_sid from dialer_calls where campaign_id = '{campaignId}' order by 1");
        await using var reader = await command.ExecuteReaderAsync();
        var sids = new List<string>();
        while (await reader.ReadAsync())
        {
            sids.Add(reader.GetString(0));
        }

        return sids;
    }
}
