using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Twilio.Calls;
using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// Links a call to its attempt the moment Twilio accepts it (the call's <c>dialer_calls</c> row), so a call whose
/// webhooks never arrive is still known by its SID and can be reconciled with Twilio. One statement under
/// the call's lock (<see cref="DialerCallLock"/>): if a webhook got there first and linked it, this changes nothing.
/// </summary>
public sealed class PlacedCalls(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task RecordAsync(ConfirmedAttempt attempt, TwilioCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(call);
        await using var command = dataSource.CreateCommand("""
            insert into dialer_calls (call_sid, attempt_id, debtor_id, account_id, campaign_id, status, created_at)
            select @sid, @attempt, @debtor, @account, @campaign, @status, @now
              from (select pg_advisory_xact_lock(hashtextextended('dialer:' || @sid, 0))) as call_lock
            on conflict do nothing
            """);
        command.Parameters.AddWithValue("sid", call.Sid);
        command.Parameters.AddWithValue("attempt", attempt.AttemptId);
        command.Parameters.AddWithValue("debtor", attempt.Permit.DebtorId);
        command.Parameters.AddWithValue("account", attempt.Permit.AccountIds[0]);
        command.Parameters.Add(new NpgsqlParameter("campaign", NpgsqlDbType.Uuid) { Value = (object?)attempt.CampaignId ?? DBNull.Value });
        command.Parameters.AddWithValue("status", call.Status?.Value ?? "queued");
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
