namespace DebtHub.Dialer.Webhooks;

/// <summary>
/// Picks the collector whose softphone should ring for an answered call. Routing (skills, idle time, reservations)
/// belongs to the dialer's routing; until it is registered, every answered debtor waits in the collector queue.
/// </summary>
internal interface IAnsweredCallRouter
{
    /// <summary>The collector's client identity, or null to queue the call.</summary>
    ValueTask<string?> PickCollectorAsync(string callSid, CancellationToken cancellationToken);
}

internal sealed class QueueEveryCallRouter : IAnsweredCallRouter
{
    public ValueTask<string?> PickCollectorAsync(string callSid, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
