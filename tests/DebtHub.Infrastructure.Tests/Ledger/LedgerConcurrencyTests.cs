using DebtHub.Infrastructure.Tests.Ledger.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.LedgerLoad;
using Xunit.Abstractions;

namespace DebtHub.Infrastructure.Tests.Ledger;

/// <summary>
/// 32 reservers in two processes on 100 debtors for 30 seconds (a simulated week), breaches counted by SQL over the
/// attempt records. The flush variant lives in its own class so xunit runs the two side by side.
/// </summary>
public sealed class LedgerConcurrencyTests(PostgresFixture database, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Thirty_two_reservers_in_two_processes_for_a_simulated_week_never_exceed_a_limit()
    {
        await LoadRun.SeedDebtorsAsync(database, 100);
        await using var redis = await RedisProcess.StartAsync();
        var settings = LoadRun.Settings(database, redis, workers: 16, TimeSpan.FromSeconds(30), seed: 1);

        var child = LoadRun.RunChildAsync(settings with { Seed = 2 });
        await using var host = await LoadHost.StartAsync(settings, CancellationToken.None);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), CancellationToken.None);
        var here = await host.RunAsync(CancellationToken.None);
        var there = await child;
        output.WriteLine($"this process: {here}");
        output.WriteLine($"load process: {there}");

        var lag = Max(here.MaxConversationLag, there.MaxConversationLag);
        var breaches = await BreachQueries.CountAsync(database, lag);
        foreach (var line in await BreachQueries.DescribeConversationBarAsync(database, lag))
        {
            output.WriteLine(line);
        }

        Assert.Equal((0L, 0L, 0L), breaches);
        Assert.True(lag < TimeSpan.FromDays(1), $"conversations were recorded within a simulated day of their contact ({lag})");

        // The run did real work in both processes, and the limits, not idleness, kept it lawful. The limits cap the total,
        // and the process that warms up first takes the larger share of it (a fresh clone's run split 516 / 191).
        Assert.True(
            here.Confirmed + there.Confirmed > 400 && Math.Min(here.Confirmed, there.Confirmed) > 100,
            $"{here.Confirmed} and {there.Confirmed} contacts confirmed");
        Assert.True(here.Refused > here.Confirmed && there.Refused > there.Confirmed, "the limits refused most reservations");
        Assert.True(await database.CountAsync("select count(*) from contact_attempts where conversation_took_place") > 50);
        Assert.Equal(0, here.Errors + there.Errors);
    }

    internal static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

public sealed class LedgerFlushUnderLoadTests(PostgresFixture database, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_flush_in_the_middle_of_a_simulated_week_of_racing_reservers_still_gives_no_breach()
    {
        await LoadRun.SeedDebtorsAsync(database, 100);
        await using var redis = await RedisProcess.StartAsync();
        var settings = LoadRun.Settings(database, redis, workers: 16, TimeSpan.FromSeconds(30), seed: 3);

        var child = LoadRun.RunChildAsync(settings with { Seed = 4 });
        await using var host = await LoadHost.StartAsync(settings, CancellationToken.None);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), CancellationToken.None);
        var running = host.RunAsync(CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(15));
        var flushedAt = host.Clock.GetUtcNow();
        await redis.FlushAllAsync();

        var here = await running;
        var there = await child;
        output.WriteLine($"this process: {here}");
        output.WriteLine($"load process: {there}");

        var lag = LedgerConcurrencyTests.Max(here.MaxConversationLag, there.MaxConversationLag);
        Assert.Equal((0L, 0L, 0L), await BreachQueries.CountAsync(database, lag));
        Assert.True(lag < TimeSpan.FromDays(1), $"conversations were recorded within a simulated day of their contact ({lag})");
        Assert.True(here.Unavailable + there.Unavailable > 0, "the flush was noticed: reservations were refused until the rebuild");
        var afterFlush = await database.CountAsync(
            $"select count(*) from contact_attempts where direction = 'Outbound' and placed_at > '{flushedAt.AddHours(1):O}'");
        Assert.True(afterFlush > 50, $"dialing resumed after the rebuild ({afterFlush} attempts after the flush)");
        Assert.Equal(0, here.Errors + there.Errors);
    }
}
