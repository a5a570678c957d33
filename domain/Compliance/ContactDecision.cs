namespace DebtHub.Domain.Compliance;

/// <summary>
/// The gate's answer: allowed (with a permit) or blocked by every rule listed, the earliest instant the same contact
/// becomes allowed (null when only a person can lift a hold), and the zones and local times the decision used.
/// </summary>
public sealed class ContactDecision
{
    internal ContactDecision(
        DateTimeOffset evaluatedAt,
        string ruleSetVersion,
        IReadOnlyList<BlockingRule> blockedBy,
        DateTimeOffset? nextAllowedAt,
        IReadOnlyList<ZoneLocalTime> zonesUsed,
        bool zonesUnknown,
        ContactPermit? permit,
        bool countsTowardFrequency,
        bool mayLeaveVoicemail)
    {
        EvaluatedAt = evaluatedAt;
        RuleSetVersion = ruleSetVersion;
        BlockedBy = blockedBy;
        NextAllowedAt = nextAllowedAt;
        ZonesUsed = zonesUsed;
        ZonesUnknown = zonesUnknown;
        Permit = permit;
        CountsTowardFrequency = countsTowardFrequency;
        MayLeaveVoicemail = mayLeaveVoicemail;
    }

    public bool Allowed => BlockedBy.Count == 0;

    public DateTimeOffset EvaluatedAt { get; }

    public string RuleSetVersion { get; }

    /// <summary>Every rule that blocks the contact now, in registry order; empty when allowed.</summary>
    public IReadOnlyList<BlockingRule> BlockedBy { get; }

    /// <summary>
    /// When blocked: the earliest instant at which every rule allows this same contact, given the facts as they are; null
    /// when a hold only a person can lift blocks it (or no instant satisfies every rule). When allowed: the evaluation instant.
    /// </summary>
    public DateTimeOffset? NextAllowedAt { get; }

    /// <summary>Blocked by something only a person can lift (a cease, a dispute, missing consent, an opt-out).</summary>
    public bool NeedsPerson => !Allowed && NextAllowedAt is null;

    /// <summary>The candidate zones and the local time in each at the evaluated instant.</summary>
    public IReadOnlyList<ZoneLocalTime> ZonesUsed { get; }

    /// <summary>Nothing placed the consumer, so every US zone was a candidate.</summary>
    public bool ZonesUnknown { get; }

    /// <summary>The permit, when allowed; the caller passes it to whatever places the contact.</summary>
    public ContactPermit? Permit { get; }

    /// <summary>For the attempt record: false when the call is made under a direct consent covering every debt (1006.14(b)(3)(i)).</summary>
    public bool CountsTowardFrequency { get; }

    /// <summary>Whether policy still allows leaving a voicemail on this call (voicemails per week).</summary>
    public bool MayLeaveVoicemail { get; }
}

/// <summary>A rule that blocks a contact, as a collector reads it.</summary>
/// <param name="AllowedFrom">When this rule alone stops blocking, or null when a person must act.</param>
public sealed record BlockingRule(string RuleId, string Citation, string Explanation, DateTimeOffset? AllowedFrom);

/// <summary>One candidate zone and the consumer's local wall-clock time there.</summary>
public sealed record ZoneLocalTime(string ZoneId, DateTime LocalTime);
