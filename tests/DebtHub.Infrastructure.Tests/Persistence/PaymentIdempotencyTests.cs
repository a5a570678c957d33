using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Accounts;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.Persistence;

public sealed class PaymentIdempotencyTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_same_payment_sent_sixteen_times_at_once_is_posted_once()
    {
        Guid accountId;
        await using (var db = database.NewContext())
        {
            accountId = (await TestData.PlaceAccountAsync(db)).Id;
        }

        var poster = new PaymentPoster(new Factory(database), new FakeTimeProvider(TestData.Now));
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            poster.PostAsync(accountId, new Money(75m, "USD"), new DateOnly(2026, 11, 23), "pay-16x", "ana", CancellationToken.None))));

        Assert.Single(results.Select(r => r.Payment.Id).Distinct());
        Assert.Single(results, r => !r.AlreadyPosted);
        Assert.Equal(1, await database.CountAsync("select count(*) from ledger_transactions where idempotency_key = 'pay-16x'"));
        await using var read = database.NewContext();
        var account = await read.Accounts.Include(a => a.Transactions).SingleAsync(a => a.Id == accountId);
        Assert.Equal(1075m - 75m, account.Balance.Amount);
        Assert.Equal(account.Transactions.Sum(t => t.Amount), account.Balance.Amount);
    }

    [Fact]
    public async Task Different_payments_racing_on_one_account_are_all_posted_from_fresh_balances()
    {
        Guid accountId;
        await using (var db = database.NewContext())
        {
            accountId = (await TestData.PlaceAccountAsync(db, principal: 500m)).Id;
        }

        var poster = new PaymentPoster(new Factory(database), new FakeTimeProvider(TestData.Now));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            poster.PostAsync(accountId, new Money(10m, "USD"), new DateOnly(2026, 11, 23), $"race-{accountId}-{i}", "ana", CancellationToken.None))));

        await using var read = database.NewContext();
        var account = await read.Accounts.Include(a => a.Transactions).SingleAsync(a => a.Id == accountId);
        Assert.Equal(4, account.Transactions.Count(t => t.Kind == TransactionKind.Payment));
        Assert.Equal(575m - 40m, account.Balance.Amount);
        Assert.Equal(0m, account.FeeBalance); // fees (25) are paid first, then interest
        Assert.Equal(35m, account.InterestBalance);
    }

    [Fact]
    public async Task A_key_used_on_another_account_is_refused()
    {
        Guid first, second;
        await using (var db = database.NewContext())
        {
            first = (await TestData.PlaceAccountAsync(db)).Id;
            second = (await TestData.PlaceAccountAsync(db)).Id;
        }

        var poster = new PaymentPoster(new Factory(database), new FakeTimeProvider(TestData.Now));
        await poster.PostAsync(first, new Money(5m, "USD"), new DateOnly(2026, 11, 23), "shared-key", "ana", CancellationToken.None);
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            poster.PostAsync(second, new Money(5m, "USD"), new DateOnly(2026, 11, 23), "shared-key", "ana", CancellationToken.None));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", error.Code);
    }

    [Fact]
    public async Task The_database_refuses_a_second_reversal_of_one_payment()
    {
        await using var db = database.NewContext();
        var account = await TestData.PlaceAccountAsync(db);
        var payment = account.PostPayment(new Money(20m, "USD"), new DateOnly(2026, 11, 23), null, PaymentApplicationOrder.Default, "ana", TestData.Now);
        account.ReversePayment(payment, alreadyReversed: false, "NSF", "ana", TestData.Now);
        // A racing writer that did not see the first reversal.
        account.ReversePayment(payment, alreadyReversed: false, "NSF again", "ana", TestData.Now);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
