using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Reports;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.Reports;

/// <summary>Logged-in hours under a fake clock: a period still open counts up to now, offline time not at all.</summary>
public sealed class CollectorHoursTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_open_period_counts_until_now_a_period_begun_before_the_report_from_its_start_and_offline_time_not_at_all()
    {
        var collector = Collector.Create($"hours{Guid.NewGuid():N}"[..20], "Hana Hours", CollectorRole.Collector, Now.AddDays(-60));
        await using (var db = database.NewContext())
        {
            db.Collectors.Add(collector);
            await db.SaveChangesAsync();
        }

        var scenario = Scenario.At(Now);
        scenario.Account.AssignTo(collector.Id);
        scenario.Account.PostPayment(new Money(50m, "USD"), new DateOnly(2026, 11, 23), "hours-1", PaymentApplicationOrder.Default, "hana", Now);
        await scenario.SaveAsync(database);
        await using (var db = database.NewContext())
        {
            // 10-31 23:30 to 11-01 00:30 on a call: half an hour inside November. Offline 12:00-13:30. Available since 13:30, still open.
            db.PresencePeriods.AddRange(
                Period(collector.Id, PresenceState.OnCall, new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero)),
                Period(collector.Id, PresenceState.Offline, Now.AddHours(-3), Now.AddHours(-1.5)),
                PresencePeriod.Open(collector.Id, PresenceState.Available, null, Now.AddHours(-1.5)));
            await db.SaveChangesAsync();
        }

        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database.DataSource);
        var reports = new CollectionReports(new PooledDbContextFactory<DebtHubDbContext>(options.Options), new FakeTimeProvider(Now));

        var report = await reports.RunAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, CancellationToken.None);

        var row = Assert.Single(report.DollarsPerCollectorHour, r => r.CollectorId == collector.Id);
        Assert.Equal((2.00m, 50.00m, (decimal?)25.00m), (row.Hours, row.Collected, row.DollarsPerHour));
        Assert.Equal("50.00", row.Collected.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static PresencePeriod Period(Guid collectorId, PresenceState state, DateTimeOffset from, DateTimeOffset to)
    {
        var period = PresencePeriod.Open(collectorId, state, null, from);
        period.Close(to);
        return period;
    }
}
