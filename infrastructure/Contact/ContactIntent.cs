using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// A contact someone wants to make: about which debts (of one debtor), to which number, email or postal address on file
/// (by id: a phone id for calls and texts, an email id for email, an address id for letters), how, and for what.
/// </summary>
/// <param name="CampaignPolicy">The placing campaign's own limits; the stricter of these and the creditor's apply.</param>
/// <param name="CampaignId">The campaign asking, when one is; kept with a refusal (the report counts blocks by campaign).</param>
/// <param name="CollectorId">The collector on whose behalf the contact is asked, when known; kept with a refusal.</param>
/// <param name="CampaignHours">
/// The placing campaign's calling window, checked in the debtor's local time in every zone the gate uses, before
/// anything is reserved in the ledger.
/// </param>
public sealed record ContactIntent(
    IReadOnlyList<Guid> AccountIds,
    Guid DestinationId,
    ContactChannel Channel,
    ContactMode Mode,
    ContactPurpose Purpose = ContactPurpose.Collection,
    ContactPolicy? CampaignPolicy = null,
    Guid? CampaignId = null,
    Guid? CollectorId = null,
    CallingHours? CampaignHours = null)
{
    public static ContactIntent Call(Guid accountId, Guid phoneId, ContactMode mode) => new([accountId], phoneId, ContactChannel.Call, mode);
}

/// <summary>
/// A call about one account to whichever of the debtor's numbers may be dialed (the dialer's intent): the same fields as
/// <see cref="ContactIntent"/> without the destination, which the gateway picks.
/// </summary>
public sealed record CallIntent(
    Guid AccountId,
    ContactMode Mode,
    Guid? CampaignId = null,
    Guid? CollectorId = null,
    CallingHours? CampaignHours = null,
    ContactPolicy? CampaignPolicy = null)
{
    internal ContactIntent To(Guid phoneId) =>
        new([AccountId], phoneId, ContactChannel.Call, Mode, ContactPurpose.Collection, CampaignPolicy, CampaignId, CollectorId, CampaignHours);
}
