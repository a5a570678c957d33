using DebtHub.Domain.Campaigns;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Pacing;

/// <summary>
/// How many collectors could take a call of the campaign right now. Collector presence (offline, available, on call,
/// wrap-up) belongs to call routing; until it is wired in, <see cref="ConfiguredIdleCollectors"/> answers.
/// </summary>
public interface IIdleCollectors
{
    ValueTask<int> CountAsync(Campaign campaign, CancellationToken cancellationToken);
}

/// <summary>A fixed count from <c>Dialer:SimulatedIdleCollectors</c> (the demo's simulated collectors; 0 by default).</summary>
internal sealed class ConfiguredIdleCollectors(IOptionsMonitor<DialerOptions> options) : IIdleCollectors
{
    public ValueTask<int> CountAsync(Campaign campaign, CancellationToken cancellationToken) =>
        ValueTask.FromResult(options.CurrentValue.SimulatedIdleCollectors);
}
