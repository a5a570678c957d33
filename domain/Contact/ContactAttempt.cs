using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Contact;

/// <summary>
/// One contact with a debtor — a call (voicemails included), text, email or letter we placed, or a call the consumer
/// made to us — as the record Reg F asks us to keep (12 CFR 1006.100; RULES.md REC-RETAIN): who, about which debts,
/// to which number or address, when, how it ended, whether it counts toward the frequency limits and why not, and the
/// compliance decision it was placed under. Append-only: a row is never deleted and what was placed never changes; the
/// result of a placed call is written once, when it becomes known (see <see cref="RecordResult"/>).
/// </summary>
public sealed class ContactAttempt
{
    private ContactAttempt()
    {
        AccountIds = DebtKeys = CountedDebtKeys = [];
        Destination = RuleSetVersion = string.Empty;
        ZoneIds = [];
        ZoneLocalTimes = [];
    }

    /// <summary>For an outbound contact, the id of the <see cref="ContactPermit"/> it used (a permit is used once).</summary>
    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The debts the contact concerned; a call about several debts counts toward each.</summary>
    public Guid[] AccountIds { get; private set; }

    /// <summary>The Reg F "particular debt" (frequency key, 1006.14(b)(4)) of each debt concerned.</summary>
    public Guid[] DebtKeys { get; private set; }

    /// <summary>
    /// The Reg F "particular debts" (frequency keys, 1006.14(b)(4)) this attempt counts toward; empty when it counts
    /// toward none (not a call, not connected, under direct consent, inbound).
    /// </summary>
    public Guid[] CountedDebtKeys { get; private set; }

    public ContactChannel Channel { get; private set; }

    /// <summary>How an outbound call was launched; null for inbound calls and for texts, emails and letters.</summary>
    public ContactMode? Mode { get; private set; }

    /// <summary>The E.164 number, email address or postal address id used.</summary>
    public string Destination { get; private set; }

    /// <summary>What the number is to the consumer (home, mobile, work) when it was used; state limits depend on it.</summary>
    public PhoneUse? DestinationUse { get; private set; }

    public ContactDirection Direction { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>How the contact connected; null while a placed call's result is not known yet.</summary>
    public AttemptOutcome? ConnectResult { get; private set; }

    public ContactDisposition Disposition { get; private set; }

    /// <summary>A telephone conversation took place (it starts the 7-day bar, 1006.14(b)(2)(i)(B)).</summary>
    public bool ConversationTookPlace { get; private set; }

    /// <summary>Whether it counts toward the Reg F call frequency for at least one debt.</summary>
    public bool CountsTowardFrequency { get; private set; }

    /// <summary>Why it does not count (or does not count for every debt): 1006.14(b)(3).</summary>
    public FrequencyExclusion Exclusion { get; private set; }

    /// <summary>Placed because the consumer asked for it (Massachusetts does not count these).</summary>
    public bool RespondsToConsumerRequest { get; private set; }

    public Guid? CollectorId { get; private set; }

    public Guid? CampaignId { get; private set; }

    /// <summary>The compliance rule-set version the decision was made under.</summary>
    public string RuleSetVersion { get; private set; }

    /// <summary>The candidate IANA zones the decision used, parallel to <see cref="ZoneLocalTimes"/>.</summary>
    public string[] ZoneIds { get; private set; }

    /// <summary>The consumer's wall-clock time in each candidate zone when the contact was placed.</summary>
    public DateTime[] ZoneLocalTimes { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// When a live answer reached no collector in time (47 CFR 64.1200(a)(7): an abandoned call). Predictive pacing
    /// keeps abandoned ÷ live-answered calls per campaign over 30 days at or below 3%.
    /// </summary>
    public DateTimeOffset? AbandonedAt { get; private set; }

    /// <summary>Whether the attempt counts toward Reg F frequency for the given particular debt.</summary>
    public bool CountsFor(Guid debtKey) => Array.IndexOf(CountedDebtKeys, debtKey) >= 0;

    /// <summary>
    /// An outbound contact placed under a permit. <paramref name="countedDebtKeys"/> are the frequency keys it counts toward
    /// as decided when it was placed (the gate excludes debts under direct consent); a call that did not connect, and
    /// anything that is not a call, counts toward none.
    /// </summary>
    public static ContactAttempt Outbound(
        Guid permitId,
        Guid debtorId,
        IReadOnlyCollection<Guid> accountIds,
        IReadOnlyCollection<Guid> debtKeys,
        IReadOnlyCollection<Guid> countedDebtKeys,
        ContactChannel channel,
        ContactMode? mode,
        string destination,
        PhoneUse? destinationUse,
        DateTimeOffset placedAt,
        ComplianceSnapshot compliance,
        DateTimeOffset recordedAt,
        AttemptOutcome? connectResult = null,
        ContactDisposition disposition = ContactDisposition.Pending,
        FrequencyExclusion exclusion = FrequencyExclusion.None,
        bool respondsToConsumerRequest = false,
        Guid? collectorId = null,
        Guid? campaignId = null)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        if (accountIds.Count == 0)
        {
            throw new DomainException("NO_DEBT", "A contact attempt concerns at least one debt.");
        }

        var attempt = new ContactAttempt
        {
            Id = permitId,
            DebtorId = debtorId,
            AccountIds = [.. accountIds.Distinct()],
            DebtKeys = [.. debtKeys.Distinct()],
            Channel = channel,
            Mode = mode,
            Destination = Text.Required(destination, "Destination", 320),
            DestinationUse = destinationUse,
            Direction = ContactDirection.Outbound,
            PlacedAt = placedAt,
            Exclusion = exclusion,
            RespondsToConsumerRequest = respondsToConsumerRequest,
            CollectorId = collectorId,
            CampaignId = campaignId,
            RuleSetVersion = Text.Required(compliance.RuleSetVersion, "Rule-set version", 40),
            ZoneIds = [.. compliance.Zones.Select(z => z.ZoneId)],
            ZoneLocalTimes = [.. compliance.Zones.Select(z => DateTime.SpecifyKind(z.LocalTime, DateTimeKind.Unspecified))],
            RecordedAt = recordedAt,
            Disposition = ContactDisposition.Pending,
        };
        attempt.CountedDebtKeys = channel == ContactChannel.Call && exclusion == FrequencyExclusion.None ? [.. countedDebtKeys.Distinct()] : [];
        attempt.CountsTowardFrequency = attempt.CountedDebtKeys.Length > 0;
        if (connectResult is { } result)
        {
            attempt.RecordResult(result, disposition, disposition == ContactDisposition.ConversationRightParty);
        }

        return attempt;
    }

    /// <summary>
    /// A call the consumer made to us. It never counts toward the 7 calls, but a conversation in it starts the 7-day bar
    /// for every debt discussed (RULES.md FREQ-CONV-BAR).
    /// </summary>
    public static ContactAttempt Inbound(
        Guid id,
        Guid debtorId,
        IReadOnlyCollection<Guid> accountIds,
        IReadOnlyCollection<Guid> debtKeys,
        string fromNumber,
        DateTimeOffset at,
        bool conversationTookPlace,
        DateTimeOffset recordedAt,
        Guid? collectorId = null) => accountIds.Count == 0
        ? throw new DomainException("NO_DEBT", "A contact attempt concerns at least one debt.")
        : new ContactAttempt
        {
            Id = id,
            DebtorId = debtorId,
            AccountIds = [.. accountIds.Distinct()],
            DebtKeys = [.. debtKeys.Distinct()],
            Channel = ContactChannel.Call,
            Destination = Text.Required(fromNumber, "Number", 320),
            Direction = ContactDirection.Inbound,
            PlacedAt = at,
            ConnectResult = AttemptOutcome.Answered,
            Disposition = conversationTookPlace ? ContactDisposition.ConversationRightParty : ContactDisposition.WrongParty,
            ConversationTookPlace = conversationTookPlace,
            CollectorId = collectorId,
            RuleSetVersion = "(inbound)",
            RecordedAt = recordedAt,
        };

    /// <summary>
    /// Writes the result of a placed contact, once. A call that was not connected to the dialed number stops counting
    /// (1006.14(b)(3)(ii)).
    /// </summary>
    public void RecordResult(AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace)
    {
        if (ConnectResult is not null)
        {
            throw new DomainException("RESULT_RECORDED", "The result of this contact attempt is already recorded.");
        }

        if (disposition == ContactDisposition.Pending)
        {
            throw new DomainException("RESULT_PENDING", "A recorded result needs a disposition.");
        }

        ConnectResult = result;
        Disposition = disposition;
        ConversationTookPlace = conversationTookPlace;
        if (result == AttemptOutcome.NotConnected)
        {
            CountedDebtKeys = [];
            CountsTowardFrequency = false;
            Exclusion = FrequencyExclusion.NotConnected;
        }
    }

    /// <summary>A person answered and no collector took the call in time; recorded once.</summary>
    public void MarkAbandoned(DateTimeOffset at)
    {
        if (Direction != ContactDirection.Outbound || Channel != ContactChannel.Call)
        {
            throw new DomainException("NOT_AN_OUTBOUND_CALL", "Only an outbound call can be abandoned.");
        }

        AbandonedAt ??= at;
    }
}

/// <summary>The compliance decision an outbound contact was placed under: the rule-set version and the zones it used.</summary>
public sealed record ComplianceSnapshot(string RuleSetVersion, IReadOnlyList<ZoneLocalTime> Zones)
{
    public static ComplianceSnapshot Of(ContactDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ComplianceSnapshot(decision.RuleSetVersion, decision.ZonesUsed);
    }
}
