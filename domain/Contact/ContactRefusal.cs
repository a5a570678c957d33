using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Contact;

/// <summary>
/// A permit someone actually asked the contact gate for and did not get: who was to be contacted (ids only), how, when,
/// and every rule that refused it. This is what the report's "compliance blocks by rule" counts. Eligibility probes
/// (a screen asking whether a call would be allowed, the hopper explaining itself) are not refusals and leave no row.
/// A row is written once and never changed (old rows may be pruned: no retention rule applies to refusals); it holds no
/// number, address, name or amount.
/// </summary>
public sealed class ContactRefusal
{
    private ContactRefusal()
    {
        AccountIds = [];
        RuleIds = [];
        RuleSetVersion = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The debts the contact would have concerned.</summary>
    public Guid[] AccountIds { get; private set; }

    public ContactChannel Channel { get; private set; }

    public ContactMode Mode { get; private set; }

    public ContactPurpose Purpose { get; private set; }

    /// <summary>The id of the phone, email or postal address on file the contact was for (never the number or address).</summary>
    public Guid DestinationId { get; private set; }

    /// <summary>Every rule that refused the permit, each once, in the gate's order.</summary>
    public string[] RuleIds { get; private set; }

    public string RuleSetVersion { get; private set; }

    /// <summary>The earliest instant the gate named; null when a person must act first (or the ledger was unavailable).</summary>
    public DateTimeOffset? NextAllowedAt { get; private set; }

    /// <summary>The campaign that asked, when a campaign did.</summary>
    public Guid? CampaignId { get; private set; }

    /// <summary>The collector on whose behalf the permit was asked, when known.</summary>
    public Guid? CollectorId { get; private set; }

    public static ContactRefusal Record(
        Guid debtorId,
        IReadOnlyList<Guid> accountIds,
        ContactChannel channel,
        ContactMode mode,
        ContactPurpose purpose,
        Guid destinationId,
        IEnumerable<string> ruleIds,
        string ruleSetVersion,
        DateTimeOffset? nextAllowedAt,
        Guid? campaignId,
        Guid? collectorId,
        DateTimeOffset decidedAt)
    {
        var rules = ruleIds.Distinct(StringComparer.Ordinal).ToArray();
        if (rules.Length == 0)
        {
            throw new ArgumentException("A refusal names at least one rule.", nameof(ruleIds));
        }

        return new ContactRefusal
        {
            Id = Ids.New(decidedAt),
            DecidedAt = decidedAt,
            DebtorId = debtorId,
            AccountIds = [.. accountIds],
            Channel = channel,
            Mode = mode,
            Purpose = purpose,
            DestinationId = destinationId,
            RuleIds = rules,
            RuleSetVersion = ruleSetVersion,
            NextAllowedAt = nextAllowedAt,
            CampaignId = campaignId,
            CollectorId = collectorId,
        };
    }
}
