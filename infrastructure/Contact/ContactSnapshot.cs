using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Debtors;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// The facts for contacting one debtor about some of their debts, as loaded from PostgreSQL, with the ids of the numbers
/// and addresses on file so a caller can name a destination by id (a GraphQL client never handles raw numbers).
/// </summary>
public sealed record ContactSnapshot(
    ContactFacts Facts,
    IReadOnlyList<PhoneOnFile> Phones,
    IReadOnlyList<EmailOnFile> Emails,
    IReadOnlyList<Guid> AddressIds)
{
    public Guid DebtorId => Facts.Debtor.Id;

    /// <summary>
    /// What <see cref="ContactRequest.Destination"/> is for a contact on <paramref name="channel"/> to the number, email or
    /// postal address with id <paramref name="destinationId"/>; null when the debtor has none with that id.
    /// </summary>
    public string? Destination(ContactChannel channel, Guid destinationId) => channel switch
    {
        ContactChannel.Call or ContactChannel.Text => Phones.FirstOrDefault(p => p.Id == destinationId)?.Number,
        ContactChannel.Email => Emails.FirstOrDefault(e => e.Id == destinationId)?.Address,
        _ => AddressIds.Contains(destinationId) ? destinationId.ToString() : null,
    };
}

/// <summary>
/// A number on file: its id, E.164 number, status, whether it is a mobile and whether the debtor asked not to be called
/// on it.
/// </summary>
public sealed record PhoneOnFile(Guid Id, string Number, PhoneStatus Status, bool Mobile = false, bool DoNotCall = false)
{
    public bool KnownBad => Status is PhoneStatus.WrongNumber or PhoneStatus.Disconnected;

    /// <summary>Worth asking the gate about for a call: not known to be wrong or disconnected, not do-not-call.</summary>
    public bool Dialable => !KnownBad && !DoNotCall;
}

public sealed record EmailOnFile(Guid Id, string Address);
