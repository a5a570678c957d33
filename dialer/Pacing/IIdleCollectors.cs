using DebtHub.Domain.Campaigns;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>How many collectors could take a call of the campaign right now.</summary>
public interface IIdleCollectors
{
    ValueTask<int> CountAsync(Campaign campaign, CancellationToken cancellationToken);
}

/// <summary>
/// Collectors whose presence (set through GraphQL, moved by call routing) is available now — or in a wrap-up longer than
/// <c>Dialer:VoiceFlow:MaxWrapUpSeconds</c>, whom routing gives calls again — plus
/// <c>Dialer:SimulatedIdleCollectors</c> (the demo's simulated collectors; 0 by default). Which of them takes a call
/// (longest idle, language, state licence) is routing's choice when the call is answered.
/// </summary>
internal sealed class AvailableCollectors(
    NpgsqlDataSource dataSource, IOptionsMonitor<DialerOptions> options, IOptions<Webhooks.VoiceFlowOptions> flow, TimeProvider clock) : IIdleCollectors
{
    public async ValueTask<int> CountAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select count(*)::int from collector_presence where state = 'Available' or (state = 'WrapUp' and since <= @wrapUpOver)");
        command.Parameters.AddWithValue("wrapUpOver", clock.GetUtcNow() - TimeSpan.FromSeconds(flow.Value.MaxWrapUpSeconds));
        var available = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return available + options.CurrentValue.SimulatedIdleCollectors;
    }
}
