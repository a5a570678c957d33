using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class PromiseToPayTests
{
    [Fact]
    public void Several_promised_payments_are_kept_in_date_order()
    {
        var promise = PromiseToPay.Record(Place(500m), [(new DateOnly(2026, 12, 15), Usd(100m)), (new DateOnly(2026, 11, 30), Usd(50m))], 2, Ana, Now);

        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 15)], promise.Payments.Select(p => p.DueOn));
        Assert.Equal(150m, promise.TotalAmount);
        Assert.Equal(PromiseStatus.Pending, promise.Status);
    }

    [Fact]
    public void A_promise_paid_by_its_date_is_kept()
    {
        var promise = PromiseToPay.Record(Place(), [(new DateOnly(2026, 11, 30), Usd(50m))], 0, Ana, Now);

        var broke = promise.Evaluate([new(new DateOnly(2026, 11, 29), 50m)], new DateOnly(2026, 11, 30), Now.AddDays(7));

        Assert.False(broke);
        Assert.Equal(PromiseStatus.Kept, promise.Status);
    }

    [Fact]
    public void A_promise_not_paid_within_grace_is_broken()
    {
        var promise = PromiseToPay.Record(Place(), [(new DateOnly(2026, 11, 30), Usd(50m)), (new DateOnly(2026, 12, 30), Usd(50m))], 2, Ana, Now);

        var broke = promise.Evaluate([new(new DateOnly(2026, 11, 30), 20m)], new DateOnly(2026, 12, 3), Now.AddDays(10));

        Assert.True(broke);
        Assert.Equal(PromiseStatus.Broken, promise.Status);
        Assert.Equal(20m, promise.Payments[0].PaidAmount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_promise_of_nothing_is_refused(double amount)
    {
        var error = Assert.Throws<DomainException>(() =>
            PromiseToPay.Record(Place(), [(new DateOnly(2026, 11, 30), Usd((decimal)amount))], 0, Ana, Now));

        Assert.Equal("INVALID_AMOUNT", error.Code);
    }

    [Fact]
    public void A_promise_dated_in_the_past_is_refused()
    {
        Assert.Equal("INVALID_DATE", Assert.Throws<DomainException>(() =>
            PromiseToPay.Record(Place(), [(Today.AddDays(-1), Usd(10m))], 0, Ana, Now)).Code);
    }

    [Fact]
    public void A_promise_above_the_balance_is_refused()
    {
        Assert.Equal("OVERPAYMENT", Assert.Throws<DomainException>(() =>
            PromiseToPay.Record(Place(100m), [(Today, Usd(60m)), (Today.AddDays(7), Usd(60m))], 0, Ana, Now)).Code);
    }

    [Fact]
    public void An_empty_promise_is_refused()
    {
        Assert.Equal("INVALID_PROMISE", Assert.Throws<DomainException>(() => PromiseToPay.Record(Place(), [], 0, Ana, Now)).Code);
    }
}
