using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class InstallmentScheduleTests
{
    private static readonly DateOnly First = new(2026, 12, 1);

    [Fact]
    public void By_count_the_leftover_cents_go_to_the_earliest_installments_and_the_total_is_exact()
    {
        var schedule = InstallmentSchedule.ByCount(100m, 3, PaymentFrequency.Monthly, First);

        Assert.Equal([33.34m, 33.33m, 33.33m], schedule.Select(s => s.Amount));
        Assert.Equal(100m, schedule.Sum(s => s.Amount));
    }

    [Fact]
    public void By_count_every_installment_is_within_a_cent_of_the_others()
    {
        var schedule = InstallmentSchedule.ByCount(1234.57m, 7, PaymentFrequency.Weekly, First);

        Assert.Equal(1234.57m, schedule.Sum(s => s.Amount));
        Assert.True(schedule.Max(s => s.Amount) - schedule.Min(s => s.Amount) <= 0.01m);
    }

    [Fact]
    public void By_amount_the_last_installment_carries_what_remains()
    {
        var schedule = InstallmentSchedule.ByAmount(100m, 30m, PaymentFrequency.Biweekly, First);

        Assert.Equal([30m, 30m, 30m, 10m], schedule.Select(s => s.Amount));
    }

    [Fact]
    public void By_amount_that_divides_the_total_gives_equal_installments()
    {
        var schedule = InstallmentSchedule.ByAmount(90m, 30m, PaymentFrequency.Weekly, First);

        Assert.Equal([30m, 30m, 30m], schedule.Select(s => s.Amount));
    }

    [Fact]
    public void Weekly_and_biweekly_installments_fall_seven_and_fourteen_days_apart()
    {
        var weekly = InstallmentSchedule.ByCount(40m, 3, PaymentFrequency.Weekly, First);
        var biweekly = InstallmentSchedule.ByCount(40m, 3, PaymentFrequency.Biweekly, First);

        Assert.Equal([First, new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 15)], weekly.Select(s => s.DueOn));
        Assert.Equal([First, new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 29)], biweekly.Select(s => s.DueOn));
    }

    [Fact]
    public void A_monthly_plan_on_the_31st_uses_the_last_day_of_short_months_and_returns_to_the_31st()
    {
        var schedule = InstallmentSchedule.ByCount(400m, 4, PaymentFrequency.Monthly, new DateOnly(2027, 1, 31));

        Assert.Equal(
            [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30)],
            schedule.Select(s => s.DueOn));
    }

    [Fact]
    public void A_monthly_plan_on_the_29th_falls_on_february_29_in_a_leap_year()
    {
        var schedule = InstallmentSchedule.ByCount(200m, 2, PaymentFrequency.Monthly, new DateOnly(2028, 1, 29));

        Assert.Equal(new DateOnly(2028, 2, 29), schedule[1].DueOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(521)]
    public void An_impossible_number_of_installments_is_refused(int count)
    {
        var error = Assert.Throws<DomainException>(() => InstallmentSchedule.ByCount(100m, count, PaymentFrequency.Weekly, First));

        Assert.Equal("INVALID_INSTALLMENT_COUNT", error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    [InlineData(150)]
    public void An_installment_amount_that_is_not_positive_whole_cents_or_exceeds_the_total_is_refused(double amount)
    {
        var error = Assert.Throws<DomainException>(() => InstallmentSchedule.ByAmount(100m, (decimal)amount, PaymentFrequency.Weekly, First));

        Assert.Equal("INVALID_AMOUNT", error.Code);
    }

    [Fact]
    public void More_installments_than_cents_is_refused()
    {
        Assert.Equal("INVALID_INSTALLMENT_COUNT",
            Assert.Throws<DomainException>(() => InstallmentSchedule.ByCount(0.02m, 3, PaymentFrequency.Weekly, First)).Code);
    }
}
