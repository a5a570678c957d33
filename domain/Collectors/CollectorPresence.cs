using DebtHub.Domain.Common;

namespace DebtHub.Domain.Collectors;

/// <summary>
/// A collector's dialer state. The row is what routing claims (one call per collector, across every instance), and
/// each state change closes one <see cref="PresencePeriod"/> and opens the next, so time per state can be summed.
/// </summary>
public sealed class CollectorPresence
{
    private CollectorPresence()
    {
    }

    public Guid CollectorId { get; private set; }

    public PresenceState State { get; private set; }

    /// <summary>When the current state began; for <see cref="PresenceState.Available"/>, the start of the idle time.</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>The routed call the collector is on or wrapping up.</summary>
    public string? CallSid { get; private set; }

    /// <summary>PostgreSQL's xmin: two changes racing on one collector cannot both win.</summary>
    public uint Version { get; private set; }

    public static (CollectorPresence Presence, PresencePeriod Period) Start(Guid collectorId, DateTimeOffset now)
    {
        var presence = new CollectorPresence { CollectorId = collectorId, State = PresenceState.Offline, Since = now };
        return (presence, PresencePeriod.Open(collectorId, PresenceState.Offline, null, now));
    }

    /// <summary>A state the collector (or a supervisor) sets: available, offline, or back from wrap-up.</summary>
    public PresenceState? SetByUser(PresenceState state)
    {
        if (state is PresenceState.OnCall)
        {
            throw new DomainException("INVALID_PRESENCE", "On call is set by the dialer when it routes a call, not by hand.");
        }

        if (State == PresenceState.OnCall && state != PresenceState.OnCall)
        {
            throw new DomainException("ON_CALL", "The collector is on a call; the state changes when the call ends.");
        }

        if (state == PresenceState.WrapUp && State != PresenceState.WrapUp)
        {
            throw new DomainException("INVALID_PRESENCE", "Wrap-up follows a call; it cannot be set by hand.");
        }

        return state == State ? null : state;
    }

    /// <summary>Moves to <paramref name="state"/>; returns the period that ends and the one that begins.</summary>
    public PresencePeriod MoveTo(PresenceState state, string? callSid, DateTimeOffset now)
    {
        State = state;
        Since = now;
        CallSid = state is PresenceState.OnCall or PresenceState.WrapUp ? callSid : null;
        return PresencePeriod.Open(CollectorId, state, CallSid, now);
    }

    /// <summary>
    /// Routing picked this collector for <paramref name="callSid"/>: available, or in a wrap-up that began before
    /// <paramref name="wrapUpDeadline"/> (wrap-up is limited, so a forgotten one does not keep the collector from calls).
    /// </summary>
    public PresencePeriod StartCall(string callSid, DateTimeOffset now, DateTimeOffset? wrapUpDeadline = null) =>
        State == PresenceState.Available || (State == PresenceState.WrapUp && wrapUpDeadline is { } deadline && Since < deadline)
            ? MoveTo(PresenceState.OnCall, callSid, now)
            : throw new DomainException("NOT_AVAILABLE", "Only an available collector can be routed a call.");

    /// <summary>The routed call hung up: on to wrap-up. False when the collector is not on that call (a repeated callback).</summary>
    public bool IsOnCall(string callSid) => State == PresenceState.OnCall && CallSid == callSid;

    public bool IsWrappingUp(string callSid) => State == PresenceState.WrapUp && CallSid == callSid;
}
