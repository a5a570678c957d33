using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Infrastructure.Tests.Ledger;

public sealed class ContactAttemptRecordTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task An_attempt_is_stored_with_its_debts_result_and_compliance_snapshot()
    {
        var (attempt, _) = await RecordAsync();

        await using var db = database.NewContext();
        var stored = await db.ContactAttempts.SingleAsync(a => a.Id == attempt.Id);

        Assert.Equal(attempt.AccountIds, stored.AccountIds);
        Assert.Equal(attempt.CountedDebtKeys, stored.CountedDebtKeys);
        Assert.Equal(AttemptOutcome.NoAnswer, stored.ConnectResult);
        Assert.True(stored.CountsTowardFrequency);
        Assert.Equal(["America/New_York"], stored.ZoneIds);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0), stored.ZoneLocalTimes.Single());
        Assert.Equal("2026.11-default", stored.RuleSetVersion);
    }

    [Fact]
    public async Task A_recorded_attempt_cannot_be_deleted()
    {
        var (attempt, _) = await RecordAsync();

        await using var command = database.DataSource.CreateCommand($"delete from contact_attempts where id = '{attempt.Id}'");
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_is_written_once_and_a_not_connected_call_stops_counting()
    {
        var (attempt, _) = await RecordAsync(withResult: false);

        await using (var db = database.NewContext())
        {
            var stored = await db.ContactAttempts.SingleAsync(a => a.Id == attempt.Id);
            stored.RecordResult(AttemptOutcome.NotConnected, ContactDisposition.NotConnected, conversationTookPlace: false);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.ContactAttempts.SingleAsync(a => a.Id == attempt.Id);
            Assert.False(stored.CountsTowardFrequency);
            Assert.Equal(FrequencyExclusion.NotConnected, stored.Exclusion);
            Assert.Empty(stored.CountedDebtKeys);
        }

        await using var rewrite = database.DataSource.CreateCommand($"update contact_attempts set connect_result = 'Answered' where id = '{attempt.Id}'");
        await Assert.ThrowsAsync<PostgresException>(() => rewrite.ExecuteNonQueryAsync());
    }

    [Fact]
    public void The_ledgers_prepared_insert_writes_every_column_the_model_maps()
    {
        using var db = database.NewContext();
        var modelColumns = db.Model.FindEntityType(typeof(ContactAttempt))!.GetProperties().Select(p => p.GetColumnName()).Order();

        Assert.Equal(modelColumns, ContactAttemptInsert.Columns.Order());
    }

    [Fact]
    public async Task An_attempt_written_by_the_ledgers_prepared_insert_reads_back_exactly_as_one_written_by_EF()
    {
        await using var db = database.NewContext();
        var account = await TestData.PlaceAccountAsync(db);
        var snapshot = new ComplianceSnapshot("2026.11-default",
            [new ZoneLocalTime("America/New_York", new DateTime(2026, 11, 23, 10, 0, 0)), new ZoneLocalTime("America/Chicago", new DateTime(2026, 11, 23, 9, 0, 0))]);
        ContactAttempt Attempt() => ContactAttempt.Outbound(
            Guid.NewGuid(), account.DebtorId, [account.Id], [account.Id], [], ContactChannel.Call, ContactMode.Predictive,
            "+13125550142", PhoneUse.Mobile, TestData.Now, snapshot, TestData.Now.AddMilliseconds(3), campaignId: Guid.NewGuid());
        var byEf = Attempt();
        db.ContactAttempts.Add(byEf);
        await db.SaveChangesAsync();
        var byInsert = Attempt();
        await ContactAttemptInsert.InsertAsync(database.DataSource, byInsert, CancellationToken.None);

        await using var read = database.NewContext();
        var a = await read.ContactAttempts.AsNoTracking().SingleAsync(x => x.Id == byEf.Id);
        var b = await read.ContactAttempts.AsNoTracking().SingleAsync(x => x.Id == byInsert.Id);
        foreach (var property in read.Model.FindEntityType(typeof(ContactAttempt))!.GetProperties().Where(p => p.Name is not nameof(ContactAttempt.Id) and not nameof(ContactAttempt.CampaignId)))
        {
            var (x, y) = (property.PropertyInfo!.GetValue(a), property.PropertyInfo!.GetValue(b));
            Assert.True(x is System.Collections.IEnumerable xs and not string ? xs.Cast<object>().SequenceEqual(((System.Collections.IEnumerable)y!).Cast<object>()) : Equals(x, y),
                $"{property.Name}: EF wrote {x}, the insert wrote {y}");
        }

        Assert.Equal(byInsert.CampaignId, b.CampaignId);
        Assert.Equal(DateTimeKind.Unspecified, b.ZoneLocalTimes[1].Kind);
    }

    private async Task<(ContactAttempt Attempt, Guid DebtorId)> RecordAsync(bool withResult = true)
    {
        await using var db = database.NewContext();
        var account = await TestData.PlaceAccountAsync(db);
        var snapshot = new ComplianceSnapshot("2026.11-default", [new ZoneLocalTime("America/New_York", new DateTime(2026, 11, 23, 10, 0, 0))]);
        var attempt = ContactAttempt.Outbound(
            Guid.NewGuid(), account.DebtorId, [account.Id], [account.Id], [account.Id], ContactChannel.Call, ContactMode.Progressive,
            "+13125550142", PhoneUse.Mobile, TestData.Now, snapshot, TestData.Now,
            connectResult: withResult ? AttemptOutcome.NoAnswer : null,
            disposition: withResult ? ContactDisposition.NoAnswer : ContactDisposition.Pending);
        db.ContactAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return (attempt, account.DebtorId);
    }
}
