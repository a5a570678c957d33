using DebtHub.Domain.Common;

namespace DebtHub.Domain.Collectors;

/// <summary>One stretch of time a collector spent in one state (talk time is on-call time, wrap time is wrap-up time).</summary>
public sealed class PresencePeriod
{
    private PresencePeriod()
    {
    }

    public Guid Id { get; private set; }

    public Guid CollectorId { get; private set; }

    public PresenceState State { get; private set; }

    public string? CallSid { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Null while the collector is still in this state.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public static PresencePeriod Open(Guid collectorId, PresenceState state, string? callSid, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        CollectorId = collectorId,
        State = state,
        CallSid = callSid,
        StartedAt = now,
    };

    public void Close(DateTimeOffset now) => EndedAt ??= now < StartedAt ? StartedAt : now;
}
