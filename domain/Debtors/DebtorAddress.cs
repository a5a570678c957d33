using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>A postal address on file for a debtor; its ZIP or state places the debtor in a time zone.</summary>
public sealed class DebtorAddress
{
    private DebtorAddress()
    {
        Line1 = City = State = Zip = string.Empty;
        Country = "US";
    }

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public AddressType Type { get; private set; }

    public string Line1 { get; private set; }

    public string? Line2 { get; private set; }

    public string City { get; private set; }

    /// <summary>USPS state or territory code.</summary>
    public string State { get; private set; }

    public string Zip { get; private set; }

    public string Country { get; private set; }

    public AddressStatus Status { get; private set; }

    public ContactSource Source { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    internal static DebtorAddress Create(
        Guid debtorId, AddressType type, string line1, string? line2, string city, string state, string zip,
        ContactSource source, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        DebtorId = debtorId,
        Type = type,
        Line1 = Text.Required(line1, "Address line 1", 200),
        Line2 = Text.Optional(line2, "Address line 2", 200),
        City = Text.Required(city, "City", 100),
        State = UsState.Normalize(state),
        Zip = ZipCode.Normalize(zip),
        Source = source,
        Status = AddressStatus.Unknown,
        FirstSeenAt = now,
        LastSeenAt = now,
    };

    public void MarkReturnedMail() => Status = AddressStatus.ReturnedMail;

    public void MarkValid(DateTimeOffset now)
    {
        Status = AddressStatus.Valid;
        LastSeenAt = now;
    }
}
