using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;

namespace DebtHub.Domain.Debtors;

/// <summary>
/// A person or business that owes one or more debts, with every way we know to reach them. Contact points are added
/// through the debtor so that their rules (E.164, states, ZIPs, duplicates) hold in one place.
/// </summary>
public sealed class Debtor
{
    private readonly List<DebtorAddress> _addresses = [];
    private readonly List<DebtorPhone> _phones = [];
    private readonly List<DebtorEmail> _emails = [];
    private readonly List<InconvenientTime> _inconvenientTimes = [];
    private readonly List<ContactOptOut> _optOuts = [];
    private readonly List<DirectCallConsent> _directConsents = [];

    private Debtor() => PreferredLanguage = "en";

    public Guid Id { get; private set; }

    public DebtorKind Kind { get; private set; }

    public string? FirstName { get; private set; }

    public string? MiddleName { get; private set; }

    public string? LastName { get; private set; }

    public string? BusinessName { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>AES-GCM cipher of the SSN (or EIN); decrypted only for supervisors, never logged.</summary>
    public byte[]? SsnCipher { get; private set; }

    public string? SsnLastFour { get; private set; }

    /// <summary>Keyed hash of the SSN, to find the same person across records without decrypting.</summary>
    public byte[]? SsnMatchHash { get; private set; }

    /// <summary>BCP 47 language tag of the language the debtor prefers ("en", "es").</summary>
    public string PreferredLanguage { get; private set; }

    public DeceasedNotice? Deceased { get; private set; }

    public BankruptcyFiling? Bankruptcy { get; private set; }

    public MilitaryStatus? Military { get; private set; }

    /// <summary>Where the consumer told us they are now (a state or ZIP), which places them in a time zone.</summary>
    public string? StatedLocation { get; private set; }

    /// <summary>When the consumer last stated where they are (or withdrew it).</summary>
    public DateTimeOffset? StatedLocationAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<DebtorAddress> Addresses => _addresses;

    public IReadOnlyList<DebtorPhone> Phones => _phones;

    public IReadOnlyList<DebtorEmail> Emails => _emails;

    public IReadOnlyList<InconvenientTime> InconvenientTimes => _inconvenientTimes;

    /// <summary>Media the person asked us not to use (active and revoked).</summary>
    public IReadOnlyList<ContactOptOut> OptOuts => _optOuts;

    /// <summary>Consents given directly to us to be called about some debts (1006.14(b)(3)(i)).</summary>
    public IReadOnlyList<DirectCallConsent> DirectConsents => _directConsents;

    public string DisplayName => Kind == DebtorKind.Business
        ? BusinessName ?? string.Empty
        : string.Join(' ', new[] { FirstName, MiddleName, LastName }.Where(n => !string.IsNullOrEmpty(n)));

    public static Debtor CreatePerson(
        string firstName, string? middleName, string lastName, DateOnly? dateOfBirth, string preferredLanguage, DateTimeOffset now)
    {
        if (dateOfBirth is { } dob && (dob.Year < 1900 || dob > DateOnly.FromDateTime(now.UtcDateTime)))
        {
            throw new DomainException("INVALID_DATE_OF_BIRTH", $"{dob:yyyy-MM-dd} is not a plausible date of birth.");
        }

        return new Debtor
        {
            Id = Ids.New(now),
            Kind = DebtorKind.Person,
            FirstName = Text.Required(firstName, "First name", 100),
            MiddleName = Text.Optional(middleName, "Middle name", 100),
            LastName = Text.Required(lastName, "Last name", 100),
            DateOfBirth = dateOfBirth,
            PreferredLanguage = Language(preferredLanguage),
            CreatedAt = now,
        };
    }

    public static Debtor CreateBusiness(string businessName, string preferredLanguage, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        Kind = DebtorKind.Business,
        BusinessName = Text.Required(businessName, "Business name", 200),
        PreferredLanguage = Language(preferredLanguage),
        CreatedAt = now,
    };

    public void SetSsn(ProtectedSsn ssn)
    {
        SsnCipher = ssn.Cipher;
        SsnLastFour = ssn.LastFour;
        SsnMatchHash = ssn.MatchHash;
    }

    public void Rename(string firstName, string? middleName, string lastName)
    {
        if (Kind != DebtorKind.Person)
        {
            throw new DomainException("NOT_A_PERSON", "A business debtor has a business name, not a person's name.");
        }

        var first = Text.Required(firstName, "First name", 100);
        var middle = Text.Optional(middleName, "Middle name", 100);
        var last = Text.Required(lastName, "Last name", 100);
        (FirstName, MiddleName, LastName) = (first, middle, last);
    }

    public void ChangePreferredLanguage(string language) => PreferredLanguage = Language(language);

    public void StateLocation(string? location, DateTimeOffset now)
    {
        StatedLocation = Text.Optional(location, "Stated location", 10);
        StatedLocationAt = now;
    }

    /// <summary>Records "no texts" (whole channel, <paramref name="destination"/> null) or "not this number/address".</summary>
    public ContactOptOut OptOut(ContactChannel channel, string? destination, DateTimeOffset now)
    {
        var optOut = ContactOptOut.Record(Id, channel, destination, now);
        _optOuts.Add(optOut);
        return optOut;
    }

    public void RevokeOptOut(Guid optOutId, DateTimeOffset now)
    {
        var optOut = _optOuts.Find(o => o.Id == optOutId)
                     ?? throw new DomainException("UNKNOWN_OPT_OUT", "That opt-out is not on file for the debtor.");
        optOut.Revoke(now);
    }

    public DirectCallConsent RecordDirectConsent(IReadOnlyCollection<Guid> accountIds, DateTimeOffset grantedAt, DateTimeOffset? statedEnd, DateTimeOffset now)
    {
        var consent = DirectCallConsent.Grant(Id, accountIds, grantedAt, statedEnd, now);
        _directConsents.Add(consent);
        return consent;
    }

    public void RevokeDirectConsent(Guid consentId, DateTimeOffset now)
    {
        var consent = _directConsents.Find(c => c.Id == consentId)
                      ?? throw new DomainException("UNKNOWN_CONSENT", "That consent is not on file for the debtor.");
        consent.Revoke(now);
    }

    public DebtorAddress AddAddress(
        AddressType type, string line1, string? line2, string city, string state, string zip, ContactSource source, DateTimeOffset now)
    {
        var address = DebtorAddress.Create(Id, type, line1, line2, city, state, zip, source, now);
        var same = _addresses.Find(a =>
            string.Equals(a.Line1, address.Line1, StringComparison.OrdinalIgnoreCase) &&
            ZipCode.Zip5(a.Zip) == ZipCode.Zip5(address.Zip));
        if (same is not null)
        {
            throw new DomainException("DUPLICATE_ADDRESS", "This address is already on file for the debtor.");
        }

        _addresses.Add(address);
        return address;
    }

    public DebtorPhone AddPhone(PhoneNumber number, LineType lineType, ContactSource source, bool isWorkNumber, DateTimeOffset now)
    {
        if (_phones.Exists(p => p.Number == number.Value))
        {
            throw new DomainException("DUPLICATE_PHONE", "This phone number is already on file for the debtor.");
        }

        var phone = DebtorPhone.Create(Id, number, lineType, source, isWorkNumber, now);
        _phones.Add(phone);
        return phone;
    }

    public DebtorEmail AddEmail(string address, bool isWorkEmail, ContactSource source, DateTimeOffset now)
    {
        var email = DebtorEmail.Create(Id, address, isWorkEmail, source, now);
        if (_emails.Exists(e => string.Equals(e.Address, email.Address, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("DUPLICATE_EMAIL", "This email address is already on file for the debtor.");
        }

        _emails.Add(email);
        return email;
    }

    public InconvenientTime AddInconvenientTime(
        Guid? phoneId, IReadOnlyList<DayOfWeek> days, TimeOnly start, TimeOnly end, string timeZoneId, DateTimeOffset now)
    {
        if (phoneId is { } id && !_phones.Exists(p => p.Id == id))
        {
            throw new DomainException("UNKNOWN_PHONE", "That phone number is not on file for the debtor.");
        }

        var window = InconvenientTime.Create(Id, phoneId, days, start, end, timeZoneId, now);
        _inconvenientTimes.Add(window);
        return window;
    }

    public void ReportDeceased(DateOnly? diedOn, string source, DateTimeOffset now) =>
        Deceased = new DeceasedNotice(diedOn, Text.Required(source, "Source", 200), now);

    public void ReportBankruptcy(int chapter, string caseNumber, DateOnly filedOn, string source, DateTimeOffset now)
    {
        if (chapter is not (7 or 9 or 11 or 12 or 13 or 15))
        {
            throw new DomainException("INVALID_BANKRUPTCY", $"Chapter {chapter} is not a bankruptcy chapter (7, 9, 11, 12, 13 or 15).");
        }

        if (filedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("INVALID_BANKRUPTCY", "A bankruptcy cannot be filed in the future.");
        }

        Bankruptcy = new BankruptcyFiling(chapter, Text.Required(caseNumber, "Case number", 40), filedOn, Text.Required(source, "Source", 200), now);
    }

    /// <summary>Only a documented dismissal or relief from the stay lifts a bankruptcy; the caller records which.</summary>
    public void ClearBankruptcy() => Bankruptcy = null;

    public void ReportMilitaryService(DateOnly activeSince, DateOnly? activeUntil, string source) =>
        Military = new MilitaryStatus(activeSince, activeUntil, Text.Required(source, "Source", 200));

    private static string Language(string? tag)
    {
        var value = Text.Required(tag, "Preferred language", 35);
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? value.ToLowerInvariant()
            : throw new DomainException("INVALID_LANGUAGE", $"\"{tag}\" is not a language tag such as \"en\" or \"es\".");
    }
}
