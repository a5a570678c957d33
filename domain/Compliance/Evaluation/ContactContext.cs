using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Evaluation;

/// <summary>
/// Everything a rule reads, resolved once per decision: the request, the facts, the rule set in force, the candidate
/// zones, the destination phone and the effective policy. Immutable; the gate evaluates rules against it at one or more
/// instants.
/// </summary>
public sealed class ContactContext
{
    private readonly long[] _consentStarts;
    private readonly long[] _consentEnds;

    public ContactContext(ContactRequest request, ContactFacts facts, RuleSet ruleSet, LocationTables tables)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(tables);
        Request = request;
        Facts = facts;
        RuleSet = ruleSet;
        Tables = tables;
        Location = CandidateZoneResolver.Resolve(facts, tables);
        CandidateZones = tables.Catalog.ZonesOf(Location.Zones);
        DestinationPhone = FindPhone(facts.Phones, request.Destination);
        Policy = Stricter(Stricter(ruleSet.DefaultPolicy, facts.Creditor.Policy), facts.CampaignPolicy);
        (_consentStarts, _consentEnds) = ConsentSpans(facts.DirectConsents, ruleSet.RegulationF.DirectConsentMaxDays);
        RegulationFApplies = facts.Creditor.Regime == CollectionRegime.ThirdParty
            || facts.Creditor.FollowsRegulationFAsFirstParty
            || (Location.Jurisdictions & Jurisdiction.California) != 0;
    }

    public ContactRequest Request { get; }

    public ContactFacts Facts { get; }

    public RuleSet RuleSet { get; }

    public LocationTables Tables { get; }

    public ConsumerLocation Location { get; }

    /// <summary>The candidate zones as an array shared by every decision with the same set (do not modify).</summary>
    public IReadOnlyList<ZoneRules> CandidateZones { get; }

    /// <summary>The phone on file the request dials or texts, or null (an email, a letter, or a number not on file).</summary>
    public PhoneFacts? DestinationPhone { get; }

    /// <summary>The stricter of the rule set's default, the creditor's and the campaign's policy, limit by limit.</summary>
    public ContactPolicy Policy { get; }

    /// <summary>
    /// Reg F binds third-party collectors; a first-party creditor follows it when its policy says so (the default) or the
    /// consumer may be in California, whose Rosenthal Act imports the FDCPA for creditors (Civ. Code 1788.17).
    /// </summary>
    public bool RegulationFApplies { get; }

    public bool IsCall => Request.Channel == ContactChannel.Call;

    public bool Is(Jurisdiction jurisdiction) => (Location.Jurisdictions & jurisdiction) != 0;

    /// <summary>Whether a direct consent (1006.14(b)(3)(i)) covering the debt was in force at the instant.</summary>
    public bool DirectConsentCovers(Guid debtId, DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        var consents = Facts.DirectConsents;
        for (var i = 0; i < _consentStarts.Length; i++)
        {
            if (ticks >= _consentStarts[i] && ticks < _consentEnds[i] && consents[i].Covers(debtId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each consent's span in UTC ticks: from its grant to the earliest of 7 days later, its stated end and its revocation.</summary>
    private static (long[] Starts, long[] Ends) ConsentSpans(IReadOnlyList<DirectConsentFacts> consents, int maxDays)
    {
        var starts = new long[consents.Count];
        var ends = new long[consents.Count];
        for (var i = 0; i < consents.Count; i++)
        {
            var consent = consents[i];
            var end = consent.GrantedAt.AddDays(maxDays);
            if (consent.StatedEnd is { } stated && stated < end)
            {
                end = stated;
            }

            if (consent.RevokedAt is { } revoked && revoked < end)
            {
                end = revoked;
            }

            starts[i] = consent.GrantedAt.UtcTicks;
            ends[i] = end.UtcTicks;
        }

        return (starts, ends);
    }

    /// <summary>Whether an attempt concerned the debt's Reg F "particular debt" (its frequency key).</summary>
    public bool ConcernsKey(AttemptFacts attempt, DebtFacts debt)
    {
        if (debt.FrequencyKey is null)
        {
            return attempt.Concerns(debt.Id);
        }

        var debts = Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i].FrequencyKey == debt.FrequencyKey && attempt.Concerns(debts[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a recorded call counts toward Reg F frequency for the debt: placed calls count whether or not answered,
    /// voicemails included (1006.2(b), cmt 2(b)-1); calls not connected, calls excluded when placed, and calls under a
    /// direct consent covering that debt do not (1006.14(b)(3)).
    /// </summary>
    public bool CountsTowardRegulationF(AttemptFacts attempt, DebtFacts debt) =>
        attempt.Channel == ContactChannel.Call
        && attempt.Outcome != AttemptOutcome.NotConnected
        && attempt.Exclusion == FrequencyExclusion.None
        && ConcernsKey(attempt, debt)
        && !DirectConsentCovers(debt.Id, attempt.At);

    public PhoneFacts? PhoneOnFile(string destination) => FindPhone(Facts.Phones, destination);

    private static PhoneFacts? FindPhone(IReadOnlyList<PhoneFacts> phones, string destination)
    {
        for (var i = 0; i < phones.Count; i++)
        {
            if (string.Equals(phones[i].Number, destination, StringComparison.Ordinal))
            {
                return phones[i];
            }
        }

        return null;
    }

    private static ContactPolicy Stricter(ContactPolicy baseline, ContactPolicy? other)
    {
        if (other is null)
        {
            return baseline;
        }

        return new ContactPolicy(
            Min(baseline.MaxAttemptsPerNumberPerDay, other.MaxAttemptsPerNumberPerDay),
            Max(baseline.MinSpacingOnOneNumber, other.MinSpacingOnOneNumber),
            Min(baseline.MaxVoicemailsPerWeek, other.MaxVoicemailsPerWeek));
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
