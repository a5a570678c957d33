using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Tests.Ledger.Support;
using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.Ledger;

/// <summary>Fail closed: without Redis, or with Redis emptied, nothing is granted until the ledger is rebuilt from PostgreSQL.</summary>
public sealed class LedgerFailureTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly RuleSet FourCalls = Contacts.NoPolicy(RuleSet.Default()) with
    {
        RegulationF = RuleSet.Default().RegulationF with { MaxCallsPerDebt = 4 },
    };

    [Fact]
    public async Task Nothing_is_granted_before_the_first_rebuild_and_the_status_says_why()
    {
        await using var host = await LedgerHost.StartAsync(database);
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);

        var outcome = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(ReservationStatus.Unavailable, outcome.Status);
        Assert.False(host.Ledger.Status.Ready);
        Assert.Contains("Not yet rebuilt", host.Ledger.Status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_flush_nothing_is_granted_until_the_rebuild_and_the_recorded_history_still_counts()
    {
        await using var host = await LedgerHost.StartAsync(database, FourCalls, confirmGrace: TimeSpan.FromSeconds(30));
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var first = host.Clock.GetUtcNow();
        for (var call = 0; call < 3; call++)
        {
            var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls);
            Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
            Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        }

        var inFlight = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls);
        Assert.True((await host.Ledger.ReserveAsync(inFlight, CancellationToken.None)).Granted);

        await host.Redis.FlushAllAsync();

        var during = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
        Assert.Equal(ReservationStatus.Unavailable, during.Status);
        Assert.Contains("lost", host.Ledger.Status.Reason, StringComparison.Ordinal);
        Assert.Equal(ConfirmOutcome.Unavailable, await host.Ledger.ConfirmAsync(Contacts.Placed(inFlight), CancellationToken.None));

        Assert.False(await host.Maintenance.RecoverAsync(CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await host.Maintenance.RecoverAsync(CancellationToken.None));

        // The reservation lost with the flush was never recorded, so it can never be confirmed and dialed.
        Assert.Equal(ConfirmOutcome.NotReserved, await host.Ledger.ConfirmAsync(Contacts.Placed(inFlight), CancellationToken.None));
        var fourth = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls);
        Assert.True((await host.Ledger.ReserveAsync(fourth, CancellationToken.None)).Granted);
        var fifth = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
        Assert.Equal(ReservationStatus.Refused, fifth.Status);
        Assert.Equal(first + TimeSpan.FromHours(168), fifth.EarliestRetry);
    }

    [Fact]
    public async Task After_Redis_forgets_its_scripts_the_ledger_loads_them_again_and_keeps_counting()
    {
        await using var host = await LedgerHost.StartAsync(database, FourCalls);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        async Task<ReservationRequest> ReserveAsync()
        {
            // Scripts go by their hash; SCRIPT FLUSH (as on a restart that kept the data) makes Redis answer NOSCRIPT.
            await host.Redis.FlushScriptsAsync();
            var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls);
            Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
            await host.Redis.FlushScriptsAsync();
            return request;
        }

        var dropped = await ReserveAsync();
        await host.Ledger.ReleaseAsync(dropped.DebtorId, dropped.ReservationId, CancellationToken.None);
        for (var call = 0; call < 4; call++)
        {
            Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(await ReserveAsync()), CancellationToken.None));
        }

        // The released reservation stopped counting, the four confirmed ones count: the fifth call is refused.
        var fifth = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
        Assert.Equal("FREQ-7IN7", Assert.Single(fifth.LimitsReached).RuleId);
        Assert.True(host.Ledger.Status.Ready);
    }

    [Fact]
    public async Task A_conversation_bar_survives_a_flush()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow());
        Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
        Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        await host.Ledger.RecordResultAsync(request.ReservationId, Domain.Compliance.Facts.AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, true, CancellationToken.None);

        await host.Redis.FlushAllAsync();
        await host.BringUpAsync();
        host.Clock.Advance(TimeSpan.FromDays(2));

        var next = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None);
        Assert.Equal("FREQ-CONV-BAR", next.LimitsReached.Single().RuleId);
    }

    [Fact]
    public async Task While_Redis_is_stopped_nothing_is_placed_and_after_it_restarts_dialing_resumes_only_after_the_rebuild()
    {
        await using var host = await LedgerHost.StartAsync(database, FourCalls, confirmGrace: TimeSpan.FromSeconds(30));
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        for (var call = 0; call < 3; call++)
        {
            var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls);
            Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
            Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        }

        await host.Redis.StopAsync();

        var down = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
        Assert.Equal(ReservationStatus.Unavailable, down.Status);
        Assert.Equal("Redis is unreachable.", host.Ledger.Status.Reason);
        Assert.False(await host.Maintenance.RecoverAsync(CancellationToken.None));

        await host.Redis.StartAgainAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await host.Maintenance.RecoverAsync(CancellationToken.None))
        {
            Assert.False(host.Ledger.Status.Ready);
            var refused = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
            Assert.Equal(ReservationStatus.Unavailable, refused.Status);
            Assert.True(DateTime.UtcNow < deadline, "the ledger did not recover: " + host.Ledger.Status.Reason);
            host.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(200);
        }

        Assert.True((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None)).Granted);
        var fifth = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: FourCalls), CancellationToken.None);
        Assert.Equal("FREQ-7IN7", fifth.LimitsReached.Single().RuleId);
    }
}
