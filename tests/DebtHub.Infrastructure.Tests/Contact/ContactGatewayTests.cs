using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.Contact;

/// <summary>
/// Facts loaded from rows in PostgreSQL, decided by the compliance gate and reserved in a real Redis ledger: the
/// decisions a collector sees when they ask to call.
/// </summary>
public sealed class ContactGatewayTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Morning = Scenario.Morning;

    [Fact]
    public async Task A_cease_hold_blocks_the_call_with_its_citation_until_a_person_lifts_it()
    {
        var scenario = Scenario.At(Morning);
        scenario.Account.PlaceHold(HoldKind.Cease, "Letter of 2 June: stop contacting me", null, "compliance", Morning.AddDays(-3));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.False(outcome.Granted);
        var cease = Assert.Single(outcome.Eligibility.BlockedBy);
        Assert.Equal("CEASE", cease.RuleId);
        Assert.Equal("12 CFR 1006.6(c); 15 USC 1692c(c)", cease.Citation);
        Assert.Contains("stop communication", cease.Explanation, StringComparison.Ordinal);
        Assert.Null(outcome.Eligibility.NextAllowedAt);
    }

    [Fact]
    public async Task Eighth_call_within_seven_days_on_one_debt_is_blocked_until_the_first_rolls_out()
    {
        var scenario = Scenario.At(Morning);
        var first = Morning - TimeSpan.FromHours(145);
        for (var call = 0; call < 7; call++)
        {
            scenario.CallPlaced(first + TimeSpan.FromHours(20 * call));
        }

        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.False(outcome.Granted);
        Assert.Equal("FREQ-7IN7", Assert.Single(outcome.Eligibility.BlockedBy).RuleId);
        Assert.Equal(first + TimeSpan.FromDays(7), outcome.Eligibility.NextAllowedAt);
    }

    [Fact]
    public async Task A_call_that_did_not_connect_leaves_room_for_another_within_the_seven_days()
    {
        var scenario = Scenario.At(Morning);
        var first = Morning - TimeSpan.FromHours(145);
        for (var call = 0; call < 7; call++)
        {
            scenario.CallPlaced(first + TimeSpan.FromHours(20 * call), call == 3 ? AttemptOutcome.NotConnected : AttemptOutcome.NoAnswer);
        }

        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.True(outcome.Granted);
    }

    [Fact]
    public async Task A_call_at_ten_in_the_evening_local_time_is_blocked_with_the_zone_used_until_eight_next_morning()
    {
        var evening = new DateTimeOffset(2026, 6, 11, 3, 0, 0, TimeSpan.Zero);
        var scenario = Scenario.At(evening);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, evening);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.False(outcome.Granted);
        var hours = Assert.Single(outcome.Eligibility.BlockedBy);
        Assert.Equal("TIME-WINDOW", hours.RuleId);
        var zone = Assert.Single(outcome.Eligibility.ZonesUsed);
        Assert.Equal("America/Chicago", zone.ZoneId);
        Assert.Equal(new DateTime(2026, 6, 10, 22, 0, 0), zone.LocalTime);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.FromHours(-5)), outcome.Eligibility.NextAllowedAt);
    }

    [Fact]
    public async Task An_account_without_blocks_gets_a_permit_and_its_confirmed_call_counts_in_the_next_decision()
    {
        var scenario = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.True(outcome.Granted);
        var permit = outcome.Permit!;
        Assert.Equal("+13125550142", permit.Destination);
        Assert.Equal([scenario.Account.Id], permit.AccountIds);
        Assert.True(permit.IsValidAt(Morning));
        Assert.Empty(outcome.Eligibility.BlockedBy);

        Assert.Equal(ConfirmOutcome.Confirmed, (await host.Gateway.ConfirmAsync(outcome.Grant!, null, null, CancellationToken.None)).Outcome);
        Assert.Equal(1, await database.CountAsync($"select count(*) from contact_attempts where id = '{permit.Id}' and debtor_id = '{scenario.Debtor.Id}'"));

        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var again = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);
        Assert.False(again.Granted);
        Assert.Contains(again.Eligibility.BlockedBy, b => b.RuleId == "POLICY-NUMBER-DAY");
    }

    [Fact]
    public async Task A_released_permit_stops_counting_so_the_number_can_be_called_again()
    {
        var scenario = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        var intent = ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial);
        var first = await host.Gateway.RequestPermitAsync(intent, CancellationToken.None);

        var whileHeld = await host.Gateway.RequestPermitAsync(intent, CancellationToken.None);
        await host.Gateway.ReleaseAsync(first.Grant!, CancellationToken.None);
        var afterRelease = await host.Gateway.RequestPermitAsync(intent, CancellationToken.None);

        Assert.False(whileHeld.Granted);
        Assert.Contains(whileHeld.Eligibility.BlockedBy, b => b.RuleId == "POLICY-NUMBER-DAY" && b.AllowedFrom is not null);
        Assert.True(afterRelease.Granted);
    }

    [Fact]
    public async Task When_the_ledger_is_unavailable_no_permit_is_granted_and_the_collector_is_told_why()
    {
        var scenario = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        await host.Redis.StopAsync();

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.False(outcome.Granted);
        var block = Assert.Single(outcome.Eligibility.BlockedBy);
        Assert.Equal(ContactGateway.LedgerUnavailableRuleId, block.RuleId);
        Assert.Contains("no contact may be placed", block.Explanation, StringComparison.Ordinal);
        Assert.Null(outcome.Eligibility.NextAllowedAt);

        var eligibility = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);
        Assert.False(eligibility.Allowed);
        Assert.Equal(ContactGateway.LedgerUnavailableRuleId, Assert.Single(eligibility.BlockedBy).RuleId);
    }

    [Fact]
    public async Task An_inbound_conversation_yesterday_bars_calls_about_the_debt_for_seven_days()
    {
        var scenario = Scenario.At(Morning).InboundConversation(Morning.AddDays(-1));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var eligibility = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);

        Assert.Equal("FREQ-CONV-BAR", Assert.Single(eligibility.BlockedBy).RuleId);
        Assert.True(eligibility.NextAllowedAt > Morning.AddDays(5));
    }

    [Fact]
    public async Task A_consent_given_directly_to_be_called_lets_an_eighth_call_through()
    {
        var scenario = Scenario.At(Morning);
        var first = Morning - TimeSpan.FromHours(145);
        for (var call = 0; call < 7; call++)
        {
            scenario.CallPlaced(first + TimeSpan.FromHours(20 * call));
        }

        scenario.Debtor.RecordDirectConsent([scenario.Account.Id], Morning.AddHours(-2), null, Morning.AddHours(-2));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.True(outcome.Granted);
        Assert.Empty(outcome.Grant!.Reservation.Contact.CountedDebtKeys);
    }

    [Fact]
    public async Task No_texts_blocks_texts_to_every_number_but_not_calls()
    {
        var scenario = Scenario.At(Morning);
        scenario.Mobile.GrantConsent(ConsentScope.TextMessages, "web portal", Morning.AddDays(-30), Morning.AddDays(-30));
        scenario.Debtor.OptOut(ContactChannel.Text, null, Morning.AddDays(-1));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var text = await host.Gateway.EvaluateAsync(new ContactIntent([scenario.Account.Id], scenario.Mobile.Id, ContactChannel.Text, ContactMode.Progressive), null, CancellationToken.None);
        var call = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);

        Assert.Equal("MEDIUM-OPTOUT", Assert.Single(text.BlockedBy).RuleId);
        Assert.True(call.Allowed);
    }

    [Fact]
    public async Task An_autodialed_call_to_a_mobile_needs_consent_on_file_and_a_revoked_consent_does_not_count()
    {
        var withConsent = Scenario.At(Morning);
        withConsent.Mobile.GrantConsent(ConsentScope.AutodialedCalls, "application", Morning.AddDays(-60), Morning.AddDays(-60));
        var revoked = Scenario.At(Morning);
        revoked.Mobile.GrantConsent(ConsentScope.AutodialedCalls, "application", Morning.AddDays(-60), Morning.AddDays(-60));
        revoked.Mobile.RevokeConsent(ConsentScope.AutodialedCalls, Morning.AddDays(-1));
        await withConsent.SaveAsync(database);
        await revoked.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var allowed = await host.Gateway.EvaluateAsync(ContactIntent.Call(withConsent.Account.Id, withConsent.Mobile.Id, ContactMode.Predictive), null, CancellationToken.None);
        var blocked = await host.Gateway.EvaluateAsync(ContactIntent.Call(revoked.Account.Id, revoked.Mobile.Id, ContactMode.Predictive), null, CancellationToken.None);

        Assert.True(allowed.Allowed);
        Assert.Equal("TCPA-WIRELESS-CONSENT", Assert.Single(blocked.BlockedBy).RuleId);
    }

    [Fact]
    public async Task A_stated_location_adds_its_zone_so_a_morning_call_waits_for_eight_there()
    {
        // 07:30 in Chicago is 06:30 in Denver: allowed at neither; once stated, Denver's 08:00 is the later opening.
        var early = new DateTimeOffset(2026, 6, 10, 12, 30, 0, TimeSpan.Zero);
        var scenario = Scenario.At(early);
        scenario.Debtor.StateLocation("80202", early.AddDays(-2));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, early);

        var eligibility = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);

        Assert.Equal(["America/Chicago", "America/Denver"], eligibility.ZonesUsed.Select(z => z.ZoneId).Order());
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.FromHours(-6)), eligibility.NextAllowedAt);
    }

    [Fact]
    public async Task The_creditors_own_spacing_policy_applies_on_top_of_the_law()
    {
        var scenario = Scenario.At(Morning).CallPlaced(Morning.AddHours(-30));
        scenario.Creditor.ChangeContactPolicy(new ContactPolicy(MinSpacingOnOneNumber: TimeSpan.FromHours(48)));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var eligibility = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);

        var spacing = Assert.Single(eligibility.BlockedBy);
        Assert.Equal("POLICY-SPACING", spacing.RuleId);
        Assert.Equal(Morning.AddHours(18), spacing.AllowedFrom);
    }

    [Fact]
    public async Task A_number_marked_wrong_is_refused_and_a_number_of_another_debtor_is_not_on_file()
    {
        var scenario = Scenario.At(Morning);
        scenario.Mobile.MarkStatus(PhoneStatus.WrongNumber);
        var stranger = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await stranger.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var wrong = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);
        var notOnFile = await Assert.ThrowsAsync<DomainException>(() =>
            host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, stranger.Mobile.Id, ContactMode.ManualDial), CancellationToken.None));

        Assert.False(wrong.Granted);
        Assert.Equal(ContactGateway.NumberStatusRuleId, Assert.Single(wrong.Eligibility.BlockedBy).RuleId);
        Assert.Equal("UNKNOWN_DESTINATION", notOnFile.Code);
    }
    [Fact]
    public async Task A_call_about_two_debts_is_blocked_when_either_has_had_seven_calls()
    {
        var scenario = Scenario.At(Morning);
        var second = scenario.PlaceAccount();
        var first = Morning - TimeSpan.FromHours(145);
        for (var call = 0; call < 7; call++)
        {
            scenario.CallPlaced(first + TimeSpan.FromHours(20 * call), about: second);
        }

        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var aboutFirstOnly = await host.Gateway.EvaluateAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);
        var aboutBoth = await host.Gateway.EvaluateAsync(
            new ContactIntent([scenario.Account.Id, second.Id], scenario.Mobile.Id, ContactChannel.Call, ContactMode.ManualDial), null, CancellationToken.None);

        Assert.True(aboutFirstOnly.Allowed);
        Assert.Equal("FREQ-7IN7", Assert.Single(aboutBoth.BlockedBy).RuleId);
    }

    [Fact]
    public async Task One_contact_cannot_concern_the_debts_of_two_debtors()
    {
        var one = Scenario.At(Morning);
        var other = Scenario.At(Morning);
        await one.SaveAsync(database);
        await other.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);

        var refused = await Assert.ThrowsAsync<DomainException>(() => host.Loader.LoadAsync([one.Account.Id, other.Account.Id], ContactChannel.Call, Morning, CancellationToken.None));

        Assert.Equal("ACCOUNTS_OF_SEVERAL_DEBTORS", refused.Code);
    }
}
