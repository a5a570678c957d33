using DebtHub.Domain.Accounts;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.Contact;

/// <summary>
/// What the gateway keeps of a refused permit (the report's compliance blocks): one row per permit asked for and refused,
/// with ids only; probes of eligibility leave nothing.
/// </summary>
public sealed class ContactRefusalTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Morning = Scenario.Morning;

    [Fact]
    public async Task A_refused_permit_is_recorded_once_with_its_rules_and_ids_and_probes_record_nothing()
    {
        var scenario = Scenario.At(Morning);
        scenario.Account.PlaceHold(HoldKind.Cease, "Stop contacting me", null, "compliance", Morning.AddDays(-3));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        var intent = ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial);
        var campaignId = Guid.NewGuid();
        var collectorId = Guid.NewGuid();

        await host.Gateway.EvaluateAsync(intent, null, CancellationToken.None);
        await host.Gateway.EvaluateAsync(intent, Morning.AddHours(2), CancellationToken.None);
        await host.Gateway.NextCallAllowedAtAsync(scenario.Account.Id, Morning, CancellationToken.None);
        await host.Gateway.NextCallAllowedAtAsync([scenario.Account.Id], Morning, CancellationToken.None);
        var probed = await database.CountAsync($"select count(*) from contact_refusals where debtor_id = '{scenario.Debtor.Id}'");
        var outcome = await host.Gateway.RequestPermitAsync(intent with { CampaignId = campaignId, CollectorId = collectorId }, CancellationToken.None);

        Assert.False(outcome.Granted);
        Assert.Equal(0, probed);
        await using var db = database.NewContext();
        var refusal = await db.ContactRefusals.SingleAsync(r => r.DebtorId == scenario.Debtor.Id);
        Assert.Equal(["CEASE"], refusal.RuleIds);
        Assert.Equal([scenario.Account.Id], refusal.AccountIds);
        Assert.Equal((ContactChannel.Call, ContactMode.ManualDial, scenario.Mobile.Id), (refusal.Channel, refusal.Mode, refusal.DestinationId));
        Assert.Equal((Morning, (DateTimeOffset?)null), (refusal.DecidedAt, refusal.NextAllowedAt));
        Assert.Equal((campaignId, collectorId), (refusal.CampaignId, refusal.CollectorId));
        Assert.Equal(outcome.Eligibility.RuleSetVersion, refusal.RuleSetVersion);
    }

    [Fact]
    public async Task A_granted_permit_records_no_refusal_and_the_next_one_refused_by_the_ledgers_count_does()
    {
        var scenario = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        var intent = ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial);

        var granted = await host.Gateway.RequestPermitAsync(intent, CancellationToken.None);
        var afterGrant = await database.CountAsync($"select count(*) from contact_refusals where debtor_id = '{scenario.Debtor.Id}'");
        var held = await host.Gateway.RequestPermitAsync(intent, CancellationToken.None);

        Assert.True(granted.Granted);
        Assert.Equal(0, afterGrant);
        Assert.False(held.Granted);
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from contact_refusals where debtor_id = '{scenario.Debtor.Id}' and 'POLICY-NUMBER-DAY' = any(rule_ids) and next_allowed_at is not null"));
    }

    [Fact]
    public async Task A_fail_closed_refusal_while_the_ledger_is_unavailable_is_recorded_under_its_own_rule()
    {
        var scenario = Scenario.At(Morning);
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        await host.Redis.StopAsync();

        var outcome = await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        Assert.False(outcome.Granted);
        Assert.Equal(1, await database.CountAsync(
            $"select count(*) from contact_refusals where debtor_id = '{scenario.Debtor.Id}' and rule_ids = array['{ContactGateway.LedgerUnavailableRuleId}']"));
    }

    [Fact]
    public async Task A_refusal_row_cannot_be_changed_afterwards()
    {
        var scenario = Scenario.At(Morning);
        scenario.Account.PlaceHold(HoldKind.Cease, "Stop contacting me", null, "compliance", Morning.AddDays(-3));
        await scenario.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        await host.Gateway.RequestPermitAsync(ContactIntent.Call(scenario.Account.Id, scenario.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        await using var command = database.DataSource.CreateCommand($"update contact_refusals set rule_ids = array['NONE'] where debtor_id = '{scenario.Debtor.Id}'");
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("written once", refused.MessageText, StringComparison.Ordinal);
    }
}
