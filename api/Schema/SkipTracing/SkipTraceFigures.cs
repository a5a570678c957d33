using Npgsql;
using NpgsqlTypes;

namespace DebtHub.Api.Schema.SkipTracing;

/// <summary>
/// Hit rate and yield per provider over a period of lookups. A hit is an answered lookup that found something; yield is
/// the share of answered lookups whose found number, once applied, reached the right party (a recorded conversation
/// with the debtor on that number after it was applied). One statement; contact attempts are matched by debtor and number.
/// </summary>
internal static class SkipTraceFigures
{
    private const string Sql = """
        with lookups as (
            select provider,
                   count(*) filter (where outcome in ('Hit', 'NoHit')) as answered,
                   count(*) filter (where outcome = 'Hit') as hits,
                   count(*) filter (where outcome in ('BudgetExhausted', 'RateLimited', 'Failed')) as not_answered,
                   coalesce(sum(cost), 0) as cost
              from skip_lookups where at >= $1 and at < $2 group by provider),
        applied as (
            select c.provider,
                   count(*) as applied,
                   count(*) filter (where c.phone is not null and rpc.conversations > 0) as numbers_reaching,
                   coalesce(sum(rpc.conversations), 0) as conversations
              from skip_candidates c
              join skip_traces t on t.id = c.skip_trace_id
              left join lateral (
                  select count(*) as conversations from contact_attempts a
                   where a.debtor_id = c.debtor_id and a.destination = c.phone
                     and a.disposition = 'ConversationRightParty' and a.placed_at >= c.reviewed_at) rpc on true
             where c.status = 'Applied' and t.requested_at >= $1 and t.requested_at < $2
             group by c.provider)
        select coalesce(l.provider, a.provider), coalesce(l.answered, 0), coalesce(l.hits, 0), coalesce(l.not_answered, 0),
               coalesce(l.cost, 0), coalesce(a.applied, 0), coalesce(a.conversations, 0), coalesce(a.numbers_reaching, 0)
          from lookups l full join applied a on a.provider = l.provider
         order by 1
        """;

    public static async Task<List<Dictionary<string, object?>>> ForAsync(NpgsqlDataSource dataSource, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var answered = (int)reader.GetInt64(1);
            var hits = (int)reader.GetInt64(2);
            var reaching = (int)reader.GetInt64(7);
            rows.Add(new Dictionary<string, object?>
            {
                ["provider"] = reader.GetString(0),
                ["lookups"] = answered,
                ["hits"] = hits,
                ["notAnswered"] = (int)reader.GetInt64(3),
                ["hitRate"] = answered == 0 ? 0d : Math.Round((double)hits / answered, 4),
                ["cost"] = reader.GetDecimal(4),
                ["appliedResults"] = (int)reader.GetInt64(5),
                ["rightPartyContacts"] = (int)reader.GetInt64(6),
                ["numbersReachingRightParty"] = reaching,
                ["yield"] = answered == 0 ? 0d : Math.Round((double)reaching / answered, 4),
            });
        }

        return rows;
    }
}
