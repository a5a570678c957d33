using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Tests.Ledger.Support;
using DebtHub.Infrastructure.Tests.Persistence;

namespace DebtHub.Infrastructure.Tests.Ledger;

/// <summary>The load tests' breach queries find over-contact written behind the ledger's back, so their zero means something.</summary>
public sealed class BreachQueryTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Breach_queries_find_an_eighth_call_a_second_call_to_a_number_and_a_call_inside_the_conversation_bar()
    {
        var (debtor, account) = await LedgerHost.PlaceDebtorAsync(database);
        var start = LedgerHost.Start;
        await using (var db = database.NewContext())
        {
            var snapshot = new ComplianceSnapshot("test", []);
            for (var call = 0; call < 8; call++)
            {
                var at = start.AddHours(call * 6);
                db.ContactAttempts.Add(ContactAttempt.Outbound(
                    Guid.NewGuid(), debtor, [account], [account], [account], ContactChannel.Call, ContactMode.Progressive,
                    $"+1518555010{call}", PhoneUse.Mobile, at, snapshot, at, AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer));
            }

            var talk = start.AddDays(2).AddMinutes(1);
            db.ContactAttempts.Add(ContactAttempt.Inbound(Guid.NewGuid(), debtor, [account], [account], "+15185550100", talk, true, talk));
            var tooSoon = start.AddDays(3);
            db.ContactAttempts.Add(ContactAttempt.Outbound(
                Guid.NewGuid(), debtor, [account], [account], [account], ContactChannel.Call, ContactMode.Progressive,
                "+15185550100", PhoneUse.Mobile, tooSoon, snapshot, tooSoon, AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer));
            await db.SaveChangesAsync();
        }

        var (regulationF, perNumber, conversationBar) = await BreachQueries.CountAsync(database, TimeSpan.FromHours(1));

        Assert.Equal(2, regulationF); // the eighth and ninth calls within 168 hours
        Assert.Equal(0, perNumber); // +15185550100 was called 3 days apart
        Assert.Equal(1, conversationBar);
    }
}
