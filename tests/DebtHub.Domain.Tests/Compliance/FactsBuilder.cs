using System.Globalization;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Tests.Compliance;

/// <summary>Builds facts snapshots for scenarios; defaults: one active debt A, a New York address, a third-party collector.</summary>
internal sealed class FactsBuilder
{
    public static readonly Guid DebtorId = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    public static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    public static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    public const string NyMobile = "+12125550100";
    public const string NyHome = "+12125550111";
    public const string NyWork = "+12125550122";

    private readonly List<DebtFacts> _debts = [];
    private readonly List<PhoneFacts> _phones = [];
    private readonly List<AddressFacts> _addresses = [];
    private readonly List<EmailFacts> _emails = [];
    private readonly List<InconvenientWindowFacts> _windows = [];
    private readonly List<AttemptFacts> _attempts = [];
    private readonly List<ConversationFacts> _conversations = [];
    private readonly List<DirectConsentFacts> _consents = [];
    private readonly List<OptOutFacts> _optOuts = [];
    private DateTimeOffset? _deceased;
    private StatedLocationFacts? _stated;
    private CreditorFacts _creditor = new(Guid.Parse("00000000-0000-0000-0000-0000000000c1"), CollectionRegime.ThirdParty);
    private ContactPolicy? _campaign;
    private bool _noDefaultAddress;

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public FactsBuilder Debt(DebtFacts debt)
    {
        _debts.Add(debt);
        return this;
    }

    public FactsBuilder Debts(params Guid[] ids)
    {
        foreach (var id in ids)
        {
            _debts.Add(new DebtFacts(id));
        }

        return this;
    }

    public FactsBuilder Phone(string number, LineType line = LineType.Wireless, PhoneUse use = PhoneUse.Mobile, bool consent = false, bool employerProhibits = false, bool notAtWork = false)
    {
        _phones.Add(new PhoneFacts(number, line, use, consent ? [new TcpaConsentFacts("application", Utc("2025-01-01 00:00"))] : null, employerProhibits, notAtWork));
        return this;
    }

    public FactsBuilder PhoneFacts(PhoneFacts phone)
    {
        _phones.Add(phone);
        return this;
    }

    public FactsBuilder Address(string? zip, string? state)
    {
        _addresses.Add(new AddressFacts(zip, state));
        return this;
    }

    /// <summary>No address on file (the default New York address is not added).</summary>
    public FactsBuilder NoAddress()
    {
        _noDefaultAddress = true;
        return this;
    }

    public FactsBuilder Email(string address, bool employerProvided = false)
    {
        _emails.Add(new EmailFacts(address, employerProvided));
        return this;
    }

    public FactsBuilder Stated(string? zone = null, string? zip = null, string? state = null)
    {
        _stated = new StatedLocationFacts(Utc("2026-01-01 00:00"), zone, zip, state);
        return this;
    }

    public FactsBuilder Call(string at, AttemptOutcome outcome = AttemptOutcome.NoAnswer, string number = NyMobile, FrequencyExclusion exclusion = FrequencyExclusion.None, ContactMode mode = ContactMode.Predictive, bool respondsToRequest = false, params Guid[] debts) =>
        Attempt(new AttemptFacts(Utc(at), ContactChannel.Call, mode, number, debts.Length == 0 ? [A] : debts, outcome, exclusion, respondsToRequest));

    public FactsBuilder Calls(params string[] times)
    {
        foreach (var t in times)
        {
            Call(t);
        }

        return this;
    }

    public FactsBuilder Text(string at, string number = NyMobile, params Guid[] debts) =>
        Attempt(new AttemptFacts(Utc(at), ContactChannel.Text, ContactMode.ManualDial, number, debts.Length == 0 ? [A] : debts, AttemptOutcome.Sent));

    public FactsBuilder SentEmail(string at, string address, params Guid[] debts) =>
        Attempt(new AttemptFacts(Utc(at), ContactChannel.Email, ContactMode.ManualDial, address, debts.Length == 0 ? [A] : debts, AttemptOutcome.Sent));

    public FactsBuilder Attempt(AttemptFacts attempt)
    {
        _attempts.Add(attempt);
        return this;
    }

    public FactsBuilder Conversation(string at, bool inbound = false, params Guid[] debts)
    {
        _conversations.Add(new ConversationFacts(Utc(at), debts.Length == 0 ? [A] : debts, inbound));
        return this;
    }

    public FactsBuilder Consent(string granted, string? statedEnd = null, string? revoked = null, params Guid[] debts)
    {
        _consents.Add(new DirectConsentFacts(Utc(granted), debts.Length == 0 ? [A] : debts, statedEnd is null ? null : Utc(statedEnd), revoked is null ? null : Utc(revoked)));
        return this;
    }

    public FactsBuilder OptOut(ContactChannel channel, string? destination, string at = "2026-01-01 00:00")
    {
        _optOuts.Add(new OptOutFacts(channel, destination, Utc(at)));
        return this;
    }

    public FactsBuilder Window(TimeOnly start, TimeOnly end, string? zone = null, string? destination = null, params DayOfWeek[] days)
    {
        _windows.Add(new InconvenientWindowFacts(days.Length == 0 ? Enum.GetValues<DayOfWeek>() : days, start, end, zone, destination));
        return this;
    }

    public FactsBuilder Deceased(string at)
    {
        _deceased = Utc(at);
        return this;
    }

    public FactsBuilder Creditor(CollectionRegime regime, ContactPolicy? policy = null, bool followsRegF = true)
    {
        _creditor = _creditor with { Regime = regime, Policy = policy, FollowsRegulationFAsFirstParty = followsRegF };
        return this;
    }

    public FactsBuilder Campaign(ContactPolicy policy)
    {
        _campaign = policy;
        return this;
    }

    public ContactFacts Build()
    {
        var debts = _debts.Count == 0 ? [new DebtFacts(A)] : _debts.ToList();
        var addresses = _addresses.Count == 0 && !_noDefaultAddress ? [new AddressFacts("10001", "NY")] : _addresses.ToList();
        return new ContactFacts(
            new DebtorFacts(DebtorId, _deceased),
            debts,
            _phones.ToList(),
            addresses,
            _emails.ToList(),
            _windows.ToList(),
            _stated,
            _attempts.ToList(),
            _conversations.ToList(),
            _consents.ToList(),
            _optOuts.ToList(),
            _creditor,
            _campaign);
    }
}
