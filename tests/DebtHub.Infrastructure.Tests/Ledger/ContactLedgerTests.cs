using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Tests.Ledger.Support;
using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.Ledger;

/// <summary>The ledger's limits and permit handling against real Redis and PostgreSQL, on a fake clock.</summary>
public sealed class ContactLedgerTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Eighth_call_about_a_debt_within_seven_days_is_refused_until_the_first_rolls_out()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var first = host.Clock.GetUtcNow();

        for (var call = 0; call < 7; call++)
        {
            await PlaceAsync(host, Contacts.Call(debtor, account, host.Clock.GetUtcNow()));
            host.Clock.Advance(TimeSpan.FromHours(3));
        }

        var eighth = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(ReservationStatus.Refused, eighth.Status);
        var limit = Assert.Single(eighth.LimitsReached);
        Assert.Equal("FREQ-7IN7", limit.RuleId);
        Assert.Equal(7, limit.Counted);
        Assert.Equal(first + TimeSpan.FromHours(168), eighth.EarliestRetry);

        host.Clock.SetUtcNow(first + TimeSpan.FromHours(168) + TimeSpan.FromMilliseconds(1));
        var later = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None);
        Assert.True(later.Granted);
    }

    [Fact]
    public async Task The_limits_are_the_rule_sets_numbers()
    {
        var threeCalls = Contacts.NoPolicy(RuleSet.Default()) with
        {
            RegulationF = RuleSet.Default().RegulationF with { MaxCallsPerDebt = 3 },
        };
        await using var host = await LedgerHost.StartAsync(database, threeCalls);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);

        for (var call = 0; call < 3; call++)
        {
            await PlaceAsync(host, Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: threeCalls));
            host.Clock.Advance(TimeSpan.FromMinutes(30));
        }

        var fourth = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: threeCalls), CancellationToken.None);

        Assert.Equal(ReservationStatus.Refused, fourth.Status);
        Assert.Equal(3, fourth.LimitsReached.Single().Max);
    }

    [Fact]
    public async Task Reserving_the_same_permit_twice_counts_it_once_and_a_confirmed_permit_cannot_be_used_again()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow());

        for (var i = 0; i < 7; i++)
        {
            Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
        }

        // Six more distinct calls fit beside the one permit reserved seven times.
        for (var call = 0; call < 6; call++)
        {
            Assert.True((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);
        }

        Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        Assert.Equal(ConfirmOutcome.AlreadyConfirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        Assert.Equal(ReservationStatus.AlreadyUsed, (await host.Ledger.ReserveAsync(request, CancellationToken.None)).Status);
        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where id = '{request.ReservationId}'"));
    }

    [Fact]
    public async Task A_released_reservation_stops_counting_and_cannot_be_confirmed()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var released = new List<ReservationRequest>();
        for (var call = 0; call < 7; call++)
        {
            var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow());
            Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);
            released.Add(request);
        }

        Assert.False((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);
        await host.Ledger.ReleaseAsync(debtor, released[0].ReservationId, CancellationToken.None);

        Assert.True((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);
        Assert.Equal(ConfirmOutcome.NotReserved, await host.Ledger.ConfirmAsync(Contacts.Placed(released[0]), CancellationToken.None));
    }

    [Fact]
    public async Task A_permit_that_expired_before_it_was_confirmed_is_not_placed_and_stops_counting()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var request = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), policy: new ContactPolicy(MaxAttemptsPerNumberPerDay: 1));
        Assert.True((await host.Ledger.ReserveAsync(request, CancellationToken.None)).Granted);

        host.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(ConfirmOutcome.Expired, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        Assert.Equal(0, await database.CountAsync($"select count(*) from contact_attempts where id = '{request.ReservationId}'"));
        var again = Contacts.Call(debtor, account, host.Clock.GetUtcNow(), policy: new ContactPolicy(MaxAttemptsPerNumberPerDay: 1));
        Assert.True((await host.Ledger.ReserveAsync(again, CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task A_call_that_did_not_connect_stops_counting_toward_seven_in_seven()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var attempts = new List<Guid>();
        for (var call = 0; call < 7; call++)
        {
            attempts.Add(await PlaceAsync(host, Contacts.Call(debtor, account, host.Clock.GetUtcNow())));
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.False((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);

        await host.Ledger.MarkNotConnectedAsync(attempts[3], CancellationToken.None);

        Assert.True((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);
        Assert.Equal(6, await database.CountAsync($"select count(*) from contact_attempts where debtor_id = '{debtor}' and counts_toward_frequency"));
    }

    [Fact]
    public async Task An_inbound_conversation_bars_calls_until_local_midnight_of_the_eighth_day()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var talkedAt = host.Clock.GetUtcNow(); // Wednesday 10:00 in New York
        var inbound = ContactAttempt.Inbound(Guid.NewGuid(), debtor, [account], [account], "+15185550100", talkedAt, conversationTookPlace: true, talkedAt);

        await host.Ledger.RecordInboundConversationAsync(inbound, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromDays(6));
        var refused = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal("FREQ-CONV-BAR", refused.LimitsReached.Single().RuleId);
        var nextWednesdayMidnightInNewYork = new DateTimeOffset(2026, 6, 17, 4, 0, 0, TimeSpan.Zero);
        Assert.Equal(nextWednesdayMidnightInNewYork, refused.EarliestRetry);

        host.Clock.SetUtcNow(nextWednesdayMidnightInNewYork);
        Assert.True((await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow()), CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task Massachusetts_allows_two_calls_or_texts_a_week_to_a_cell_number()
    {
        await using var host = await LedgerHost.StartAsync(database);
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        ReservationRequest Boston(ContactChannel channel) =>
            Contacts.Call(debtor, account, host.Clock.GetUtcNow(), number: "+16175550100", state: "MA", zip: "02108", channel: channel);
        var first = host.Clock.GetUtcNow();

        await PlaceAsync(host, Boston(ContactChannel.Call));
        host.Clock.Advance(TimeSpan.FromDays(1));
        await PlaceAsync(host, Boston(ContactChannel.Text));
        host.Clock.Advance(TimeSpan.FromDays(1));
        var third = await host.Ledger.ReserveAsync(Boston(ContactChannel.Call), CancellationToken.None);

        Assert.Equal("MA-CALLS", third.LimitsReached.Single().RuleId);
        Assert.Equal(first + TimeSpan.FromDays(7), third.EarliestRetry);
    }

    [Fact]
    public async Task Policy_spacing_and_daily_cap_on_one_number_come_from_the_rule_sets_default_policy()
    {
        await using var host = await LedgerHost.StartAsync(database, RuleSet.Default());
        await host.BringUpAsync();
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var first = host.Clock.GetUtcNow();
        await PlaceAsync(host, Contacts.Call(debtor, account, first, ruleSet: RuleSet.Default()));
        host.Clock.Advance(TimeSpan.FromHours(1));

        var second = await host.Ledger.ReserveAsync(Contacts.Call(debtor, account, host.Clock.GetUtcNow(), ruleSet: RuleSet.Default()), CancellationToken.None);

        Assert.Equal(["POLICY-NUMBER-DAY", "POLICY-SPACING"], second.LimitsReached.Select(l => l.RuleId).Order());
        Assert.Equal(first + TimeSpan.FromHours(24), second.EarliestRetry);
        var otherNumber = await host.Ledger.ReserveAsync(
            Contacts.Call(debtor, account, host.Clock.GetUtcNow(), number: "+15185550199", ruleSet: RuleSet.Default()), CancellationToken.None);
        Assert.True(otherNumber.Granted);
    }

    private static async Task<Guid> PlaceAsync(LedgerHost host, ReservationRequest request)
    {
        var reserved = await host.Ledger.ReserveAsync(request, CancellationToken.None);
        Assert.True(reserved.Granted, reserved.Reason ?? string.Join(", ", reserved.LimitsReached.Select(l => l.RuleId)));
        Assert.Equal(ConfirmOutcome.Confirmed, await host.Ledger.ConfirmAsync(Contacts.Placed(request), CancellationToken.None));
        return request.ReservationId;
    }
}
