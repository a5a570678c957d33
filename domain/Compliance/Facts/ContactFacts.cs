namespace DebtHub.Domain.Compliance.Facts;

/// <summary>
/// An immutable snapshot of everything the compliance rules may look at for one contact: the person, the debts the
/// contact concerns, every phone and address on file, holds, consents, opt-outs, designated inconvenient times and the
/// contact history. The persistence layer maps entities to these records; the rules never see an entity.
/// </summary>
/// <param name="Debtor">The person contacted.</param>
/// <param name="Debts">The debts the contact concerns (a call about several debts counts toward each).</param>
/// <param name="Phones">Every phone number on file for the person; the destination number is one of them.</param>
/// <param name="Addresses">Every postal address on file, used to place the consumer in a time zone and a jurisdiction.</param>
/// <param name="Emails">Every email address on file.</param>
/// <param name="InconvenientWindows">Times the consumer said are inconvenient (1006.6(b)(1)).</param>
/// <param name="StatedLocation">Where the consumer said they are now, if they did.</param>
/// <param name="Attempts">Outbound attempts to this person (every debt, every channel), at least the last 30 days.</param>
/// <param name="Conversations">Telephone conversations with this person, inbound and outbound.</param>
/// <param name="DirectConsents">Consents to be called given directly to the collector (1006.14(b)(3)(i)).</param>
/// <param name="OptOuts">Media the person asked not to be used (1006.14(h)).</param>
/// <param name="Creditor">The client the debt is collected for, with its regime and policy.</param>
/// <param name="CampaignPolicy">Policy limits of the campaign placing the contact, if any; the stricter of this and the creditor's applies.</param>
public sealed record ContactFacts(
    DebtorFacts Debtor,
    IReadOnlyList<DebtFacts> Debts,
    IReadOnlyList<PhoneFacts> Phones,
    IReadOnlyList<AddressFacts> Addresses,
    IReadOnlyList<EmailFacts> Emails,
    IReadOnlyList<InconvenientWindowFacts> InconvenientWindows,
    StatedLocationFacts? StatedLocation,
    IReadOnlyList<AttemptFacts> Attempts,
    IReadOnlyList<ConversationFacts> Conversations,
    IReadOnlyList<DirectConsentFacts> DirectConsents,
    IReadOnlyList<OptOutFacts> OptOuts,
    CreditorFacts Creditor,
    ContactPolicy? CampaignPolicy);
