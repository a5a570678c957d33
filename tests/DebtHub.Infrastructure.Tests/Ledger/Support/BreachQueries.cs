using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.Ledger.Support;

/// <summary>
/// Over-contact counted from the attempt records alone, with window functions: nothing here asks the ledger. Each query
/// returns the number of attempts that, counted with the ones before them, break a limit.
/// </summary>
internal static class BreachQueries
{
    /// <summary>More than 7 counted calls about one particular debt in any 168 hours (the ledger's window is open at its far end).</summary>
    public const string RegulationF = """
        select count(*) from (
          select count(*) over (partition by k order by placed_at range between interval '168 hours' - interval '1 microsecond' preceding and current row) as calls
            from contact_attempts, unnest(counted_debt_keys) as k
           where direction = 'Outbound' and channel = 'Call' and counts_toward_frequency
        ) w where calls > 7
        """;

    /// <summary>More than one outbound call or text to one number in any 24 hours (the default policy), connected or not.</summary>
    public const string PerNumberPerDay = """
        select count(*) from (
          select count(*) over (partition by destination order by placed_at range between interval '24 hours' - interval '1 microsecond' preceding and current row) as attempts
            from contact_attempts
           where direction = 'Outbound' and channel in ('Call', 'Text')
        ) w where attempts > 1
        """;

    /// <summary>
    /// A counted call about a debt placed from {0} seconds to 6 days after a conversation about it: inside the 7-day bar
    /// in every zone. The margin is the longest the load run took to record a conversation after deciding on its contact
    /// (calls ringing meanwhile cannot know of it): on the load clock, 20,000 times real speed, a one-second stall of a
    /// worker is five and a half hours.
    /// </summary>
    public const string ConversationBar = """
        select count(*)
          from contact_attempts talk
          cross join lateral unnest(talk.debt_keys) as k
          join contact_attempts call on call.debtor_id = talk.debtor_id and k = any(call.counted_debt_keys)
         where talk.conversation_took_place
           and call.direction = 'Outbound' and call.channel = 'Call'
           and call.placed_at >= talk.placed_at + make_interval(secs => {0}) and call.placed_at < talk.placed_at + interval '6 days'
        """;

    /// <summary>The conversation-bar breaches, one line each, for a failing test's output.</summary>
    public static async Task<IReadOnlyList<string>> DescribeConversationBarAsync(PostgresFixture database, TimeSpan margin)
    {
        var sql = Bar(margin).Replace("select count(*)", "select talk.direction || ' talk placed ' || talk.placed_at || ' recorded ' || talk.recorded_at || '; call placed ' || call.placed_at || ' recorded ' || call.recorded_at", StringComparison.Ordinal);
        await using var command = database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    public static async Task<(long RegulationF, long PerNumber, long ConversationBar)> CountAsync(PostgresFixture database, TimeSpan margin) =>
        (await database.CountAsync(RegulationF), await database.CountAsync(PerNumberPerDay), await database.CountAsync(Bar(margin)));

    private static string Bar(TimeSpan margin) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, ConversationBar, Math.Ceiling(margin.TotalSeconds));
}
