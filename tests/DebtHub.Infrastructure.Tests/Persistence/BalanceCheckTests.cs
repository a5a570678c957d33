using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.Persistence;

public sealed class BalanceCheckTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Every_balance_equals_the_sum_of_its_ledger_after_payments_reversals_refunds_and_adjustments_and_a_tampered_one_is_named()
    {
        Guid tampered;
        await using (var db = database.NewContext())
        {
            var first = await TestData.PlaceAccountAsync(db, principal: 800m);
            var payment = first.PostPayment(new Money(300m, "USD"), new DateOnly(2026, 11, 20), "bc-1", PaymentApplicationOrder.Default, "ana", TestData.Now);
            var second = first.PostPayment(new Money(50m, "USD"), new DateOnly(2026, 11, 21), "bc-2", PaymentApplicationOrder.Default, "ana", TestData.Now);
            first.ReversePayment(second, alreadyReversed: false, "NSF", "sup", TestData.Now);
            first.RefundPayment(payment, new Money(40m, "USD"), 0m, "Overpaid", "sup", TestData.Now, "bc-refund");
            first.Adjust(new Buckets(-10m, 0m, 0m), "Goodwill", "sup", TestData.Now);
            var other = await TestData.PlaceAccountAsync(db, principal: 200m);
            await db.SaveChangesAsync();
            tampered = other.Id;
        }

        var check = new BalanceCheck(new Factory(database));
        var clean = await check.RunAsync(CancellationToken.None);
        Assert.True(clean.Balanced, string.Join(", ", clean.Mismatches.Select(m => m.AccountId)));
        Assert.True(clean.AccountsChecked >= 2);

        // Someone edits a balance outside the ledger.
        await using (var cmd = database.DataSource.CreateCommand($"update accounts set principal_balance = principal_balance + 1 where id = '{tampered}'"))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        var dirty = await check.RunAsync(CancellationToken.None);
        var mismatch = Assert.Single(dirty.Mismatches);
        Assert.Equal(tampered, mismatch.AccountId);
        Assert.Equal(["principal"], mismatch.Buckets);
    }
}
