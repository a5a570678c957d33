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
public sealed class PlacedCalls(TimeProvider clock)
{
    /// <summary>The link as a statement of the placer's batch, sent with the hopper's update in one round trip.</summary>
    public NpgsqlBatchCommand LinkCommand(ConfirmedAttempt attempt, TwilioCall call)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(call);
        return new NpgsqlBatchCommand("""
            insert into dialer_calls (call_sid, attempt_id, debtor_id, account_id, campaign_id, status, created_at)
            select $1, $2, $3, $4, $5, $6, $7
              from (select pg_advisory_xact_lock(hashtextextended('dialer:' || $1, 0))) as call_lock
            on conflict do nothing
            """)
        {
            Parameters =
            {
                new() { Value = call.Sid, NpgsqlDbType = NpgsqlDbType.Text },
                new() { Value = attempt.AttemptId, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = attempt.Permit.DebtorId, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = attempt.Permit.AccountIds[0], NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = (object?)attempt.CampaignId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = call.Status?.Value ?? "queued", NpgsqlDbType = NpgsqlDbType.Text },
                new() { Value = clock.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
            },
        };
    }
}
