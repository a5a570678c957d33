using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Accounts;

public sealed class LedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Account Place(decimal principal = 1000m, decimal interest = 80m, decimal fees = 20m) =>
        Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A-1", "Bank", "Bank", AccountType.CreditCard,
            new Money(principal, "USD"), interest, fees, new DateOnly(2026, 1, 31), null, null, null, null, "TX"), Now);

    [Fact]
    public void A_placed_account_owes_its_principal_interest_and_fees_as_one_charge()
    {
        var account = Place();

        Assert.Equal(new Buckets(1000m, 80m, 20m), account.Balances);
        Assert.Equal(1100m, account.ItemizationAmount);
        var charge = Assert.Single(account.Transactions);
        Assert.Equal(TransactionKind.Charge, charge.Kind);
        Assert.Equal(AccountStatus.New, account.Status);
    }

    [Fact]
    public void A_payment_pays_fees_then_interest_then_principal_by_default()
    {
        var account = Place();

        var payment = account.PostPayment(new Money(50m, "USD"), Today, "k1", PaymentApplicationOrder.Default, "ana", Now);

        Assert.Equal(new Buckets(-0m, -30m, -20m), payment.Deltas);
        Assert.Equal(new Buckets(1000m, 50m, 0m), account.Balances);
    }

    [Fact]
    public void A_configured_order_pays_principal_first()
    {
        var account = Place();

        account.PostPayment(new Money(1010m, "USD"), Today, null, [BalanceBucket.Principal, BalanceBucket.Interest, BalanceBucket.Fees], "ana", Now);

        Assert.Equal(new Buckets(0m, 70m, 20m), account.Balances);
    }

    [Fact]
    public void Paying_the_whole_balance_marks_the_account_paid_in_full_and_a_reversal_reopens_it()
    {
        var account = Place();
        var payment = account.PostPayment(new Money(1100m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now);
        Assert.Equal(AccountStatus.PaidInFull, account.Status);

        account.ReversePayment(payment, alreadyReversed: false, "NSF", "ana", Now);

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal(new Buckets(1000m, 80m, 20m), account.Balances);
        Assert.Equal(account.Transactions.Sum(t => t.Amount), account.Balance.Amount);
    }

    [Fact]
    public void A_payment_above_the_balance_is_refused_and_changes_nothing()
    {
        var account = Place();

        var error = Assert.Throws<DomainException>(() =>
            account.PostPayment(new Money(1100.01m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now));

        Assert.Equal("OVERPAYMENT", error.Code);
        Assert.Single(account.Transactions);
        Assert.Equal(1100m, account.Balance.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_payment_of_zero_or_less_is_refused(decimal amount)
    {
        var account = Place();

        Assert.Equal("INVALID_AMOUNT", Assert.Throws<DomainException>(() =>
            account.PostPayment(new Money(amount, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now)).Code);
    }

    [Fact]
    public void A_payment_in_another_currency_is_refused()
    {
        var account = Place();

        Assert.Equal("CURRENCY_MISMATCH", Assert.Throws<DomainException>(() =>
            account.PostPayment(new Money(10m, "EUR"), Today, null, PaymentApplicationOrder.Default, "ana", Now)).Code);
    }

    [Fact]
    public void A_payment_reversed_once_cannot_be_reversed_again()
    {
        var account = Place();
        var payment = account.PostPayment(new Money(10m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now);

        Assert.Equal("ALREADY_REVERSED", Assert.Throws<DomainException>(() =>
            account.ReversePayment(payment, alreadyReversed: true, "NSF", "ana", Now)).Code);
    }

    [Fact]
    public void A_refund_gives_back_principal_first_and_never_more_than_was_paid()
    {
        var account = Place();
        var payment = account.PostPayment(new Money(200m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now);
        // The payment paid 20 fees, 80 interest, 100 principal.

        var refund = account.RefundPayment(payment, new Money(150m, "USD"), alreadyRefunded: 0m, "Goodwill", "sup", Now);

        Assert.Equal(new Buckets(100m, 50m, 0m), refund.Deltas);
        Assert.Equal("INVALID_AMOUNT", Assert.Throws<DomainException>(() =>
            account.RefundPayment(payment, new Money(60m, "USD"), alreadyRefunded: 150m, "Again", "sup", Now)).Code);
    }

    [Fact]
    public void An_adjustment_cannot_take_a_bucket_below_zero()
    {
        var account = Place();

        Assert.Equal("NEGATIVE_BALANCE", Assert.Throws<DomainException>(() =>
            account.Adjust(new Buckets(0m, 0m, -20.01m), "Fee waiver", "sup", Now)).Code);
        account.Adjust(new Buckets(0m, 0m, -20m), "Fee waiver", "sup", Now);
        Assert.Equal(0m, account.FeeBalance);
    }

    [Fact]
    public void Interest_cannot_accrue_on_a_paid_account()
    {
        var account = Place(100m, 0m, 0m);
        account.PostPayment(new Money(100m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now);

        Assert.Equal("ACCOUNT_FINISHED", Assert.Throws<DomainException>(() => account.AccrueInterest(1m, Today, Now)).Code);
    }

    [Fact]
    public void Amounts_stay_exact_to_the_cent_over_many_small_payments()
    {
        var account = Place(100m, 0m, 0m);
        for (var i = 0; i < 1000; i++)
        {
            account.PostPayment(new Money(0.01m, "USD"), Today, null, PaymentApplicationOrder.Default, "ana", Now);
        }

        Assert.Equal(90m, account.Balance.Amount);
    }
}
