using DebtHub.Domain.Campaigns;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>Who could take a call of the campaign right now.</summary>
public interface IIdleCollectors
{
    ValueTask<IdleTeam> ReadAsync(Campaign campaign, CancellationToken cancellationToken);
}

/// <summary>A collector free to take a call, with what routing matches them on (lower-case language tags, upper-case states).</summary>
public sealed record IdleCollector(Guid Id, IReadOnlyList<string> Languages, IReadOnlyList<string> States)
{
    /// <summary>The routing match (<c>CollectorClaim</c>): the debtor's language or its primary subtag, and a licence for the state.</summary>
    public bool CanTake(string language, string state)
    {
        var tag = language.ToLowerInvariant();
        var primary = tag.Split('-')[0];
        return (Languages.Contains(tag) || Languages.Contains(primary)) && States.Contains(state.ToUpperInvariant());
    }
}

/// <summary>
/// The idle collectors, longest idle first, plus <c>Dialer:SimulatedIdleCollectors</c> who take anything (benchmarks
/// and tests without presence).
/// </summary>
public sealed record IdleTeam(IReadOnlyList<IdleCollector> Present, int Simulated)
{
    public int Count => Present.Count + Simulated;
}

/// <summary>
/// Collectors routing could give a call to right now: active, licensed somewhere, and available — or in a wrap-up
/// longer than <c>Dialer:VoiceFlow:MaxWrapUpSeconds</c>, whom routing gives calls again — ordered as routing picks them
/// (longest idle first). A collector who can take no account (no licence, inactive) is not idle for pacing: a line
/// opened for them would only be abandoned.
/// </summary>
internal sealed class AvailableCollectors(
    NpgsqlDataSource dataSource, IOptionsMonitor<DialerOptions> options, IOptions<Webhooks.VoiceFlowOptions> flow, TimeProvider clock) : IIdleCollectors
{
    public async ValueTask<IdleTeam> ReadAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var maxWrapUp = TimeSpan.FromSeconds(flow.Value.MaxWrapUpSeconds);
        await using var command = dataSource.CreateCommand("""
            select p.collector_id, c.languages, c.state_licences
              from collector_presence p join collectors c on c.id = p.collector_id
             where (p.state = 'Available' or (p.state = 'WrapUp' and p.since < @wrapUpOver)) and c.is_active
               and cardinality(c.state_licences) > 0
             order by case when p.state = 'WrapUp' then p.since + @maxWrapUp else p.since end, p.collector_id
            """);
        command.Parameters.AddWithValue("wrapUpOver", clock.GetUtcNow() - maxWrapUp);
        command.Parameters.AddWithValue("maxWrapUp", maxWrapUp);
        var present = new List<IdleCollector>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(new IdleCollector(
                    reader.GetGuid(0),
                    reader.GetFieldValue<string[]>(1).Select(l => l.ToLowerInvariant()).ToArray(),
                    reader.GetFieldValue<string[]>(2).Select(s => s.ToUpperInvariant()).ToArray()));
            }
        }

        return new IdleTeam(present, options.CurrentValue.SimulatedIdleCollectors);
    }
}
