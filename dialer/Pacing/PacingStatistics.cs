using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>
/// A campaign's measured figures from its attempt records (contact_attempts): over the last 30 days the live answers
/// and the abandoned ones among them (the legal denominator and numerator, 47 CFR 64.1200(a)(7)); over the last day the
/// dials and live answers (the answer rate pacing uses); and the calls placed in the last <see cref="InFlightWindow"/>
/// whose result is not known yet and that no collector took yet (a routed call's collector is on call, not idle); and the average handle time (on call plus wrap-up, from the collectors' presence
/// periods of the last day), null until a call has been handled.
/// </summary>
public sealed record PacingStatistics(
    int LiveAnswers30Days,
    int Abandoned30Days,
    int DialsLastDay,
    int LiveAnswersLastDay,
    int InFlight,
    TimeSpan? AverageHandleTime = null)
{
    public static readonly TimeSpan InFlightWindow = TimeSpan.FromSeconds(90);

    public decimal AbandonRate30Days => LiveAnswers30Days == 0 ? 0m : (decimal)Abandoned30Days / LiveAnswers30Days;

    public decimal? AnswerRateLastDay => DialsLastDay == 0 ? null : (decimal)LiveAnswersLastDay / DialsLastDay;
}

public sealed class PacingStatisticsReader(NpgsqlDataSource dataSource)
{
    public async Task<PacingStatistics> ReadAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            select count(*) filter (where {LiveAnswer.Sql} and placed_at > @month)::int,
                   count(*) filter (where abandoned_at is not null and placed_at > @month)::int,
                   count(*) filter (where placed_at > @day)::int,
                   count(*) filter (where {LiveAnswer.Sql} and placed_at > @day)::int,
                   count(*) filter (where connect_result is null and abandoned_at is null and placed_at > @flight
                                      and not exists (select 1 from dialer_calls dc where dc.attempt_id = ca.id
                                                      and (dc.routed_at is not null or dc.ended_at is not null)))::int
              from contact_attempts ca
             where campaign_id = @campaign and direction = 'Outbound' and channel = 'Call' and placed_at > @month
            """);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("month", now - TimeSpan.FromDays(30));
        command.Parameters.AddWithValue("day", now - TimeSpan.FromDays(1));
        command.Parameters.AddWithValue("flight", now - PacingStatistics.InFlightWindow);
        PacingStatistics stats;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            stats = new PacingStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        }

        await using var handle = dataSource.CreateCommand("""
            select sum(extract(epoch from ended_at - started_at)) / nullif(count(*) filter (where state = 'OnCall'), 0)
              from collector_presence_periods where state in ('OnCall', 'WrapUp') and ended_at > @day
            """);
        handle.Parameters.AddWithValue("day", now - TimeSpan.FromDays(1));
        return await handle.ExecuteScalarAsync(cancellationToken) is decimal seconds and > 0
            ? stats with { AverageHandleTime = TimeSpan.FromSeconds((double)seconds) }
            : stats;
    }

    /// <summary>
    /// Every line out that will need a collector, of every campaign (routing shares the collectors among them all): the
    /// calls in flight (see <see cref="PacingStatistics.InFlight"/>, whatever placed them) and the accounts a
    /// progressive or predictive round has claimed and not yet dialed or released (preview holds are not lines), each
    /// with the account's governing state and the debtor's language, as routing matches them, and the collector it was
    /// dialed for. A call counted both as claimed and in flight (between the ledger's confirmation and the hopper's
    /// update) is one line.
    /// </summary>
    public async Task<IReadOnlyList<LineOut>> LinesOutAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            with lines as (
                select h.campaign_id, h.account_id, h.dialed_for
                  from campaign_hopper h join campaigns c on c.id = h.campaign_id
                 where h.claimed_until > @now and c.mode <> 'Preview'
                union
                select ca.campaign_id, ca.account_ids[1], coalesce(h.dialed_for, ca.collector_id)
                  from contact_attempts ca
                  left join campaign_hopper h on h.campaign_id = ca.campaign_id and h.account_id = ca.account_ids[1]
                 where ca.placed_at > @flight and ca.direction = 'Outbound' and ca.channel = 'Call'
                   and ca.connect_result is null and ca.abandoned_at is null
                   and not exists (select 1 from dialer_calls dc where dc.attempt_id = ca.id and (dc.routed_at is not null or dc.ended_at is not null)))
            select l.campaign_id, a.governing_state, d.preferred_language, l.dialed_for
              from lines l join accounts a on a.id = l.account_id join debtors d on d.id = a.debtor_id
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("flight", now - PacingStatistics.InFlightWindow);
        var lines = new List<LineOut>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new LineOut(
                reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
        }

        return lines;
    }
}
