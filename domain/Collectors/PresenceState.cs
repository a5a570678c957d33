namespace DebtHub.Domain.Collectors;

/// <summary>Where a collector is in the dialer's eyes; only <see cref="Available"/> collectors are routed calls.</summary>
public enum PresenceState
{
    Offline,
    Available,

    /// <summary>Talking to (or being rung for) a routed debtor.</summary>
    OnCall,

    /// <summary>The call ended; the collector records its outcome before taking the next one.</summary>
    WrapUp,
}
