using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Accounts;

public sealed class AccountStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static Account Place() =>
        Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A-1", "Bank", "Bank", AccountType.Medical,
            new Money(300m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), null, null, null, null, "WA"), Now);

    [Theory]
    [InlineData(AccountStatus.Active)]
    [InlineData(AccountStatus.Disputed)]
    [InlineData(AccountStatus.Legal)]
    [InlineData(AccountStatus.Closed)]
    public void An_open_account_can_move_to_another_open_status_or_be_closed(AccountStatus to)
    {
        var account = Place();

        account.ChangeStatus(to);

        Assert.Equal(to, account.Status);
    }

    [Fact]
    public void Paid_in_full_comes_only_from_the_ledger()
    {
        Assert.Equal("INVALID_STATUS_CHANGE", Assert.Throws<DomainException>(() => Place().ChangeStatus(AccountStatus.PaidInFull)).Code);
    }

    [Fact]
    public void A_closed_account_stays_closed_and_takes_no_payment()
    {
        var account = Place();
        account.ChangeStatus(AccountStatus.Closed);

        Assert.Throws<DomainException>(() => account.ChangeStatus(AccountStatus.Active));
        Assert.Equal("ACCOUNT_CLOSED", Assert.Throws<DomainException>(() =>
            account.PostPayment(new Money(1m, "USD"), new DateOnly(2026, 11, 23), null, PaymentApplicationOrder.Default, "ana", Now)).Code);
    }

    [Fact]
    public void Sending_the_validation_notice_activates_a_new_account()
    {
        var account = Place();

        account.RecordValidationNotice(Now, new DateOnly(2027, 1, 5));

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal(new DateOnly(2027, 1, 5), account.ValidationPeriodEndsOn);
    }

    [Fact]
    public void Only_one_active_hold_of_a_kind_and_attorney_holds_need_the_attorney()
    {
        var account = Place();
        Assert.Equal("REQUIRED", Assert.Throws<DomainException>(() =>
            account.PlaceHold(HoldKind.AttorneyRepresentation, "Has a lawyer", null, "ana", Now)).Code);

        var hold = account.PlaceHold(HoldKind.Cease, "Written cease letter", null, "ana", Now);
        Assert.Equal("HOLD_EXISTS", Assert.Throws<DomainException>(() => account.PlaceHold(HoldKind.Cease, "Again", null, "ana", Now)).Code);

        account.LiftHold(hold.Id, "sup", "Consumer withdrew the request in writing", Now.AddDays(1));
        Assert.False(account.HasActiveHold(HoldKind.Cease));
        Assert.Equal("HOLD_NOT_ACTIVE", Assert.Throws<DomainException>(() => account.LiftHold(hold.Id, "sup", "again", Now)).Code);
    }

    [Fact]
    public void A_future_itemization_date_or_a_zero_balance_cannot_be_placed()
    {
        Assert.Equal("INVALID_DATE", Assert.Throws<DomainException>(() => Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A", "B", "B",
            AccountType.Other, new Money(10m, "USD"), 0m, 0m, new DateOnly(2026, 12, 1), null, null, null, null, "NY"), Now)).Code);
        Assert.Equal("INVALID_AMOUNT", Assert.Throws<DomainException>(() => Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A", "B", "B",
            AccountType.Other, new Money(0m, "USD"), 0m, 0m, new DateOnly(2026, 1, 1), null, null, null, null, "NY"), Now)).Code);
        Assert.Equal("INVALID_STATE", Assert.Throws<DomainException>(() => Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A", "B", "B",
            AccountType.Other, new Money(10m, "USD"), 0m, 0m, new DateOnly(2026, 1, 1), null, null, null, null, "XX"), Now)).Code);
    }
}
