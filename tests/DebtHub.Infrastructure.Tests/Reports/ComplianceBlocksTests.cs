using DebtHub.Domain.Accounts;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Reports;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DebtHub.Infrastructure.Tests.Reports;

/// <summary>
/// From the gate to the report: permits refused through the real gateway (PostgreSQL facts, a Redis ledger of the test's
/// own) are the report's compliance blocks; probes of eligibility are not. The class has a database of its own.
/// </summary>
public sealed class ComplianceBlocksTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Morning = Scenario.Morning;

    [Fact]
    public async Task Refused_permits_are_counted_by_rule_with_the_fail_closed_one_first_and_probes_are_not_counted()
    {
        var ceased = Scenario.At(Morning);
        ceased.Account.PlaceHold(HoldKind.Cease, "Stop contacting me", null, "compliance", Morning.AddDays(-3));
        var open = Scenario.At(Morning);
        await ceased.SaveAsync(database);
        await open.SaveAsync(database);
        await using var host = await GatewayHost.StartAsync(database, Morning);
        var toCeased = ContactIntent.Call(ceased.Account.Id, ceased.Mobile.Id, ContactMode.ManualDial);

        for (var probe = 0; probe < 3; probe++)
        {
            await host.Gateway.EvaluateAsync(toCeased, null, CancellationToken.None);
        }

        await host.Gateway.RequestPermitAsync(toCeased, CancellationToken.None);
        await host.Gateway.RequestPermitAsync(toCeased, CancellationToken.None);
        await host.Redis.StopAsync();
        await host.Gateway.RequestPermitAsync(ContactIntent.Call(open.Account.Id, open.Mobile.Id, ContactMode.ManualDial), CancellationToken.None);

        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database.DataSource);
        var reports = new CollectionReports(new PooledDbContextFactory<DebtHubDbContext>(options.Options), host.Clock);
        var june = await reports.RunAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), null, CancellationToken.None);
        var may = await reports.RunAsync(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), null, CancellationToken.None);

        Assert.Equal((3, 1), (june.ComplianceBlocks.Refusals, june.ComplianceBlocks.FailClosedRefusals));
        Assert.Equal(
            [(ContactGateway.LedgerUnavailableRuleId, 1, 1, true), ("CEASE", 2, 1, false)],
            june.ComplianceBlocks.ByRule.Select(b => (b.RuleId, b.Refusals, b.Accounts, b.FailClosed)).ToArray());
        Assert.Equal("12 CFR 1006.6(c); 15 USC 1692c(c)", june.ComplianceBlocks.ByRule[1].Citation);
        Assert.StartsWith("DebtHub policy", june.ComplianceBlocks.ByRule[0].Citation, StringComparison.Ordinal);
        Assert.Equal(0, may.ComplianceBlocks.Refusals);
        Assert.Empty(may.ComplianceBlocks.ByRule);
    }
}
