using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class ScheduleEvaluatorTests
{
    private static readonly ScheduledPayment[] TwoMonthly =
    [
        new(new DateOnly(2026, 12, 1), 50m),
        new(new DateOnly(2027, 1, 1), 50m),
    ];

    [Fact]
    public void A_payment_within_grace_days_keeps_the_installment()
    {
        var verdicts = ScheduleEvaluator.Evaluate(TwoMonthly, [new(new DateOnly(2026, 12, 4), 50m)], 3, new DateOnly(2026, 12, 10));

        Assert.Equal(ScheduledPaymentStatus.Kept, verdicts[0].Status);
        Assert.Equal(ScheduledPaymentStatus.Scheduled, verdicts[1].Status);
    }

    [Fact]
    public void A_payment_a_day_after_the_grace_period_does_not_keep_it()
    {
        var verdicts = ScheduleEvaluator.Evaluate(TwoMonthly, [new(new DateOnly(2026, 12, 5), 50m)], 3, new DateOnly(2026, 12, 10));

        Assert.Equal(ScheduledPaymentStatus.Broken, verdicts[0].Status);
        Assert.Equal(50m, verdicts[0].Paid);
    }

    [Fact]
    public void An_unpaid_installment_is_not_broken_until_its_last_grace_day_has_passed()
    {
        var onLastGraceDay = ScheduleEvaluator.Evaluate(TwoMonthly, [], 3, new DateOnly(2026, 12, 4));
        var dayAfter = ScheduleEvaluator.Evaluate(TwoMonthly, [], 3, new DateOnly(2026, 12, 5));

        Assert.Equal(ScheduledPaymentStatus.Scheduled, onLastGraceDay[0].Status);
        Assert.Equal(ScheduledPaymentStatus.Broken, dayAfter[0].Status);
    }

    [Fact]
    public void A_partial_payment_breaks_the_installment_and_shows_what_was_paid()
    {
        var verdicts = ScheduleEvaluator.Evaluate(TwoMonthly, [new(new DateOnly(2026, 12, 1), 49.99m)], 0, new DateOnly(2026, 12, 2));

        Assert.Equal(ScheduledPaymentStatus.Broken, verdicts[0].Status);
        Assert.Equal(49.99m, verdicts[0].Paid);
    }

    [Fact]
    public void Paying_ahead_keeps_later_installments_too()
    {
        var verdicts = ScheduleEvaluator.Evaluate(TwoMonthly, [new(new DateOnly(2026, 11, 25), 100m)], 0, new DateOnly(2026, 11, 26));

        Assert.All(verdicts, v => Assert.Equal(ScheduledPaymentStatus.Kept, v.Status));
    }

    [Fact]
    public void Several_small_payments_add_up_to_keep_an_installment()
    {
        ReceivedPayment[] payments = [new(new DateOnly(2026, 11, 28), 20m), new(new DateOnly(2026, 12, 1), 30m)];

        var verdicts = ScheduleEvaluator.Evaluate(TwoMonthly, payments, 0, new DateOnly(2026, 12, 2));

        Assert.Equal(ScheduledPaymentStatus.Kept, verdicts[0].Status);
    }
}
