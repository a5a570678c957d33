using System.Diagnostics;
using System.Text.RegularExpressions;
using DebtHub.Dialer.Tests.Campaigns.Support;
using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Dialer.Worker;
using DebtHub.LedgerLoad;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>
/// Issue 8 §9: two dialer instances, each an OS process of its own, share one campaign through the Quartz cluster; one
/// is killed with SIGKILL while it holds claims and has calls on their way to the carrier. The survivor carries on, takes
/// over the dead instance's pacing job and settles its claims, and the carrier's own list of calls agrees with the
/// attempt records: no account called twice, no call without its attempt, no attempt without its call unless it is
/// recorded as not placed.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    /// <summary>Wednesday 10 June 2026, 18:00 UTC: afternoon or midday in every continental zone.</summary>
    private static readonly DateTimeOffset Afternoon = new(2026, 6, 10, 18, 0, 0, TimeSpan.Zero);

    private const int Accounts = 60;

    [Fact]
    public async Task When_a_dialer_process_is_killed_mid_round_the_other_carries_on_and_no_attempt_is_lost_or_repeated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var redis = await RedisProcess.StartAsync();
        // Quartz runs on real timers; every clock (both workers', the sandbox's, the test's) reads a fixed afternoon plus
        // the real time elapsed since the test began.
        var clock = ShiftedClock.StartingAt(Afternoon);
        var front = new CarrierFront(sending: TimeSpan.FromMilliseconds(600), answering: TimeSpan.FromMilliseconds(600));
        await using var sandbox = await SandboxHost.StartAsync(CampaignFixtures.SandboxRules, timeScale: 1, callsPerSecond: 500, configure: builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            front.AddTo(builder);
        });
        var rules = await ShortPermitsAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Dialer:MaxCallsPerRound"] = "5",
            ["Dialer:ClaimLeaseSeconds"] = "10",
            // Generous on a loaded machine (a confirmation recorded later than this is refused), and permits that expire
            // soon, so a confirmed attempt whose call never left the dead instance is settled within the test.
            ["ContactLedger:ConfirmGrace"] = "00:00:05",
            ["Compliance:RuleSetFile"] = rules,
            ["Twilio:RequestTimeout"] = "00:00:05",
        };

        // The workers come up (their ledgers take a while to be ready) while the book is seeded; they pick the campaign up.
        var starting = new[] { "dialer-a", "dialer-b" }.Select(id => WorkerProcess.StartAsync(
            DialerHost.Settings(database, redis.Configuration, CarrierFront.BaseUrlFor(sandbox.BaseUrl, id), id, runScheduler: true, idleCollectors: 200, settings),
            clock)).ToList();
        var workers = new List<WorkerProcess>();
        try
        {
            var book = await Book.SeedAsync(database, Accounts, [Book.NewYork, Book.Chicago], Afternoon);
            var campaignId = await StartCampaignAsync(database, redis.Configuration, sandbox.BaseUrl, clock, book);
            var started = await Task.WhenAll(starting);
            workers.AddRange(started);

            // One dies while its round is under way (whichever Quartz gave the round): claims held, calls on their way
            // to the carrier and calls it created.
            WorkerProcess? dead = null;
            await WaitUntilAsync(
                async () => (dead = started.FirstOrDefault(w => front.Sending(w.InstanceId) > 0 && front.Answering(w.InstanceId) > 0)) is not null
                    && await AttemptsAsync(database) >= 10,
                TimeSpan.FromSeconds(180), workers, "an instance placing calls");
            var survivor = started.Single(w => w != dead);
            var (unsent, unanswered) = (front.Sending(dead!.InstanceId), front.Answering(dead.InstanceId));
            dead.Crash();
            var killedAt = Stopwatch.StartNew();
            output.WriteLine($"{dead.InstanceId} killed at {DateTimeOffset.UtcNow:HH:mm:ss.fff} with {unsent} calls on their way to the carrier and {unanswered} created but not answered");
            var heldByDead = await database.CountAsync($"select count(*) from campaign_hopper where claimed_by = '{dead.InstanceId}'");
            var attemptsAtDeath = await AttemptsAsync(database);
            output.WriteLine($"{dead.InstanceId} killed holding {heldByDead} claims with {attemptsAtDeath} of {Accounts} attempts recorded");
            Assert.True(heldByDead > 0, "the killed instance held claims when it died");

            // Every entry settled: dialed once, nothing claimed (the dead one's claims lapsed and the survivor recovered them).
            await WaitUntilAsync(
                async () => await database.CountAsync($"select count(*) from campaign_hopper where campaign_id = '{campaignId}' and (claimed_until is not null or attempts <> 1)") == 0,
                TimeSpan.FromSeconds(150), workers, "every hopper entry settled");
            output.WriteLine($"every entry settled {killedAt.Elapsed.TotalSeconds:F1} s after the kill");

            // The carrier's list against the records: no number called twice, a recorded attempt for every call, and a
            // call for every attempt except those recorded as not placed (confirmed by the dead one and never sent).
            var calls = await sandbox.CallsAsync();
            var overCalled = calls.GroupBy(c => c.To).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}").ToList();
            Assert.True(overCalled.Count == 0, "numbers called more than once: " + string.Join(", ", overCalled));
            var attempts = await AttemptRowsAsync(database);
            var called = calls.Select(c => c.To).ToHashSet(StringComparer.Ordinal);
            Assert.Empty(called.Except(attempts.Select(x => x.Destination), StringComparer.Ordinal));
            var neverPlaced = attempts.Where(x => !called.Contains(x.Destination)).ToList();
            Assert.All(neverPlaced, x => Assert.Equal("NotConnected/NotPlaced", x.Result));
            Assert.Equal(Accounts - neverPlaced.Count, called.Count);
            // (Whether a request cut off by the kill reaches the carrier depends on when the sandbox's server notices.)
            output.WriteLine($"{called.Count} accounts called, {neverPlaced.Count} confirmed by {dead.InstanceId} but never sent (recorded not placed)");

            var check = await IndependentCheck.RunAsync(database, book);
            Assert.True(check.None, check.ToString());
            Assert.Equal(Accounts, check.Attempts);

            // The survivor's cluster manager found the dead one and recovered its jobs; the survivor carried on.
            Assert.Equal(0, await database.CountAsync($"select count(*) from quartz.qrtz_scheduler_state where instance_name = '{dead.InstanceId}'"));
            Assert.Equal(0, await database.CountAsync($"select count(*) from quartz.qrtz_fired_triggers where instance_name = '{dead.InstanceId}'"));
            Assert.True(attemptsAtDeath < Accounts, $"{dead.InstanceId} died with {attemptsAtDeath} of {Accounts} dialed");
            Assert.False(survivor.HasExited, "the survivor carries on");
        }
        finally
        {
            foreach (var start in starting)
            {
                // Waits for a start still under way, whether it succeeds or fails.
                if ((await Task.WhenAny(start)).IsCompletedSuccessfully)
                {
                    var worker = await start;
                    await worker.DisposeAsync();
                    output.WriteLine(worker.Output);
                }
            }

            File.Delete(rules);
        }
    }

    /// <summary>The rule sets in force (the embedded file), with permits that live 15 seconds instead of 2 minutes.</summary>
    private static async Task<string> ShortPermitsAsync()
    {
        var assembly = typeof(DebtHub.Infrastructure.Compliance.ComplianceOptions).Assembly;
        await using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("rulesets.json", StringComparison.Ordinal)))!;
        var json = await new StreamReader(stream).ReadToEndAsync();
        var file = Path.Combine(Path.GetTempPath(), $"rulesets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Regex.Replace(json, "\"permitLifetimeSeconds\": *[0-9.]+", "\"permitLifetimeSeconds\": 15"));
        return file;
    }

    private static async Task<Guid> StartCampaignAsync(TestDatabase database, string redis, Uri sandbox, TimeProvider clock, Book.Seeded book)
    {
        await using var setup = await DialerHost.StartAsync(database, redis, sandbox, clock, "setup");
        return await setup.StartCampaignAsync("Crash", book.CreditorId);
    }

    private static Task<long> AttemptsAsync(TestDatabase database) => database.CountAsync("select count(*) from contact_attempts where direction = 'Outbound'");

    private static async Task<List<(string Destination, string Result)>> AttemptRowsAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand(
            "select destination, coalesce(connect_result, 'unknown') || '/' || disposition from contact_attempts where direction = 'Outbound'");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, IReadOnlyList<WorkerProcess> workers, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (workers.FirstOrDefault(w => w.HasExited && !w.Crashed) is { } ended)
            {
                throw new InvalidOperationException($"{ended.InstanceId} ended by itself while the test waited for {what}.");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.");
            }

            await Task.Delay(200);
        }
    }
}
