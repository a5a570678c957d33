using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Contact;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>Permits issued by the real compliance gate (the only way one comes to exist), for a New York landline.</summary>
internal static class Permits
{
    /// <summary>A Wednesday noon in New York: inside calling hours.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ComplianceGate> _gate = new(() =>
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddCompliance()
            .BuildServiceProvider();
        return services.GetRequiredService<ComplianceGate>();
    });

    public static ContactPermit ForCall(string destination, DateTimeOffset at, ContactChannel channel = ContactChannel.Call)
    {
        var facts = new ContactFacts(
            new DebtorFacts(Guid.NewGuid()),
            [new DebtFacts(Guid.NewGuid())],
            [new PhoneFacts(destination, LineType.Landline, PhoneUse.Home)],
            [new AddressFacts("10001", "NY")],
            [],
            [],
            null,
            [],
            [],
            [],
            [],
            new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty),
            null);
        var decision = _gate.Value.Decide(new ContactRequest(channel, ContactMode.ManualDial, destination, at), facts);
        return decision.Permit ?? throw new InvalidOperationException(
            "The gate refused the test contact: " + string.Join("; ", decision.BlockedBy.Select(b => b.Explanation)));
    }

    /// <summary>
    /// The permit as if the ledger had confirmed it. Only for tests of an adapter's wire contract in isolation: production
    /// code gets a <see cref="ConfirmedAttempt"/> from the contact gateway alone (PermitGateStructureTests), and the
    /// reserve → confirm path is tested in ContactGatewayTests and the dialer's tests.
    /// </summary>
    public static ConfirmedAttempt Confirmed(ContactPermit permit) => new(permit, permit.IssuedAt, null, null);

    public static ConfirmedAttempt ConfirmedCall(string destination, DateTimeOffset at, ContactChannel channel = ContactChannel.Call) =>
        Confirmed(ForCall(destination, at, channel));
}
