namespace DebtHub.Domain.Compliance.Facts;

/// <summary>
/// One outbound contact attempt to the person, as recorded: calls (voicemails and prerecorded drops included), texts,
/// emails and letters.
/// </summary>
/// <param name="At">When it was placed (UTC).</param>
/// <param name="Destination">The E.164 number, email address or postal address id used.</param>
/// <param name="DebtIds">The debts it concerned; a call about several debts counts toward each.</param>
/// <param name="Exclusion">Why it does not count toward Reg F frequency, as decided when it was placed.</param>
/// <param name="RespondsToConsumerRequest">Placed because the consumer asked for it (Massachusetts does not count these).</param>
public sealed record AttemptFacts(
    DateTimeOffset At,
    ContactChannel Channel,
    ContactMode Mode,
    string Destination,
    IReadOnlyList<Guid> DebtIds,
    AttemptOutcome Outcome,
    FrequencyExclusion Exclusion = FrequencyExclusion.None,
    bool RespondsToConsumerRequest = false)
{
    public bool ConcernsAny(IReadOnlyList<Guid> debtIds)
    {
        for (var i = 0; i < debtIds.Count; i++)
        {
            if (Concerns(debtIds[i]))
            {
                return true;
            }
        }

        return false;
    }

    public bool Concerns(Guid debtId)
    {
        for (var i = 0; i < DebtIds.Count; i++)
        {
            if (DebtIds[i] == debtId)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A telephone conversation with the person about one or more debts, whoever called (1006.14(b)(2)(i)(B)); a
/// right-party pickup that hung up counts.
/// </summary>
public sealed record ConversationFacts(DateTimeOffset At, IReadOnlyList<Guid> DebtIds, bool Inbound);

/// <summary>
/// Prior consent given directly to the collector to be called (1006.14(b)(3)(i)): calls within 7 consecutive days of it
/// (or until its stated end or revocation) do not count toward the frequency limits.
/// </summary>
public sealed record DirectConsentFacts(DateTimeOffset GrantedAt, IReadOnlyList<Guid> DebtIds, DateTimeOffset? StatedEnd = null, DateTimeOffset? RevokedAt = null)
{
    public bool Covers(Guid debtId)
    {
        for (var i = 0; i < DebtIds.Count; i++)
        {
            if (DebtIds[i] == debtId)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A medium the person asked us not to use (1006.14(h)): a whole channel ("no texts", "stop calling") when
/// <paramref name="Destination"/> is null, otherwise one number or address ("not this number").
/// </summary>
public sealed record OptOutFacts(ContactChannel Channel, string? Destination, DateTimeOffset RecordedAt);

/// <summary>
/// A time the consumer designated inconvenient ("don't call me before noon", "I work nights"), on the given days of
/// the week, in the given zone (or, when null, in every candidate zone). End may be before start for a window across
/// midnight. Limited to one number when <paramref name="Destination"/> is set.
/// </summary>
public sealed record InconvenientWindowFacts(
    IReadOnlyList<DayOfWeek> Days,
    TimeOnly Start,
    TimeOnly End,
    string? TimeZoneId = null,
    string? Destination = null);
