using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Tests.Ledger.Support;

/// <summary>Reservation requests built the way the gate builds them: from a ContactContext over the facts.</summary>
internal static class Contacts
{
    private static readonly Lazy<LocationTables> _tables = new(() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddCompliance()
        .BuildServiceProvider()
        .GetRequiredService<LocationTables>());

    public static LocationTables Tables => _tables.Value;

    /// <summary>A call about one debt to a person at a New York (not NYC) address, third-party collector, no policy caps.</summary>
    public static ReservationRequest Call(
        Guid debtorId,
        Guid accountId,
        DateTimeOffset at,
        string number = "+15185550100",
        PhoneUse use = PhoneUse.Mobile,
        string state = "NY",
        string zip = "12207",
        RuleSet? ruleSet = null,
        ContactPolicy? policy = null,
        ContactChannel channel = ContactChannel.Call,
        Guid? reservationId = null)
    {
        var rules = ruleSet ?? NoPolicy(RuleSet.Default());
        var facts = new ContactFacts(
            new DebtorFacts(debtorId),
            [new DebtFacts(accountId)],
            [new PhoneFacts(number, LineType.Wireless, use)],
            [new AddressFacts(zip, state)],
            [],
            [],
            null,
            [],
            [],
            [],
            [],
            new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty, policy),
            null);
        var context = new ContactContext(new ContactRequest(channel, ContactMode.Progressive, number, at), facts, rules, Tables);
        return ReservationRequest.For(reservationId ?? Guid.NewGuid(), context, at + rules.PermitLifetime);
    }

    /// <summary>The rule set without the default policy caps, so a test sees the law's limits alone.</summary>
    public static RuleSet NoPolicy(RuleSet rules) => rules with { DefaultPolicy = new ContactPolicy() };

    public static ContactAttempt Placed(ReservationRequest request, DateTimeOffset? at = null) =>
        request.Attempt(at ?? request.At, new ComplianceSnapshot("test", [new ZoneLocalTime("America/New_York", (at ?? request.At).UtcDateTime.AddHours(-4))]), at ?? request.At);
}
