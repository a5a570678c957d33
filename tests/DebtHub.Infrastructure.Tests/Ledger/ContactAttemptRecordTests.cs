using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
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
