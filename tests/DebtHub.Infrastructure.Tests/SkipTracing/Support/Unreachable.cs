using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.SkipTracing.Support;

/// <summary>Debtors the skip queue should hold: the only number disconnected, the only address returning mail.</summary>
internal static class Unreachable
{
    public static async Task<Scenario> DebtorAsync(PostgresFixture database, string firstName, string lastName, string? ssn = null)
    {
        var scenario = Scenario.At(Scenario.Morning);
        scenario.Debtor.Rename(firstName, null, lastName);
        if (ssn is not null)
        {
            scenario.Debtor.SetSsn(SkipWorld.Ssn.Protect(ssn));
        }

        scenario.Mobile.MarkStatus(PhoneStatus.Disconnected);
        foreach (var address in scenario.Debtor.Addresses)
        {
            address.MarkReturnedMail();
        }

        await scenario.SaveAsync(database);
        return scenario;
    }
}
