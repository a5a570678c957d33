using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Scheduling;

/// <summary>
/// Builds installment schedules to the cent. By count, the total is split evenly and the leftover cents go one each to
/// the earliest installments (100.00 in 3 is 33.34, 33.33, 33.33). By amount, every installment is that amount and the
/// last one carries what remains (100.00 at 30.00 is 30, 30, 30, 10). Either way the installments sum to the total exactly.
/// </summary>
public static class InstallmentSchedule
{
    /// <summary>Ten years of weekly payments: more than any guardrail allows, fewer than a typo produces.</summary>
    public const int MaximumInstallments = 520;

    public static IReadOnlyList<ScheduledPayment> ByCount(decimal total, int count, PaymentFrequency frequency, DateOnly firstDueOn)
    {
        RequireTotal(total);
        if (count is < 1 or > MaximumInstallments)
        {
            throw new DomainException("INVALID_INSTALLMENT_COUNT", $"A plan has between 1 and {MaximumInstallments} installments.");
        }

        var totalCents = ToCents(total);
        if (totalCents < count)
        {
            throw new DomainException("INVALID_INSTALLMENT_COUNT", "Every installment must be at least one cent.");
        }

        var baseCents = totalCents / count;
        var extraCents = totalCents % count;
        var schedule = new ScheduledPayment[count];
        for (var i = 0; i < count; i++)
        {
            var cents = baseCents + (i < extraCents ? 1 : 0);
            schedule[i] = new ScheduledPayment(DueDate(firstDueOn, frequency, i), cents / 100m);
        }

        return schedule;
    }

    public static IReadOnlyList<ScheduledPayment> ByAmount(decimal total, decimal installment, PaymentFrequency frequency, DateOnly firstDueOn)
    {
        RequireTotal(total);
        if (installment <= 0m || decimal.Round(installment, 2) != installment)
        {
            throw new DomainException("INVALID_AMOUNT", "The installment amount must be more than zero, in whole cents.");
        }

        if (installment > total)
        {
            throw new DomainException("INVALID_AMOUNT", $"An installment of {installment:0.00} is more than the {total:0.00} the plan covers.");
        }

        var totalCents = ToCents(total);
        var installmentCents = ToCents(installment);
        var needed = (totalCents + installmentCents - 1) / installmentCents;
        if (needed > MaximumInstallments)
        {
            throw new DomainException("INVALID_INSTALLMENT_COUNT",
                $"{installment:0.00} a time takes {needed} installments; a plan has at most {MaximumInstallments}.");
        }

        var count = (int)needed;

        var schedule = new ScheduledPayment[count];
        for (var i = 0; i < count; i++)
        {
            var cents = i < count - 1 ? installmentCents : totalCents - (installmentCents * (count - 1));
            schedule[i] = new ScheduledPayment(DueDate(firstDueOn, frequency, i), cents / 100m);
        }

        return schedule;
    }

    /// <summary>
    /// The n-th due date (0-based). Monthly dates are counted from the first date, not from the previous one, so a plan
    /// on the 31st falls on Feb 28 (or 29) and returns to Mar 31 instead of drifting to the 28th for good.
    /// </summary>
    public static DateOnly DueDate(DateOnly first, PaymentFrequency frequency, int index) => frequency switch
    {
        PaymentFrequency.Weekly => first.AddDays(7 * index),
        PaymentFrequency.Biweekly => first.AddDays(14 * index),
        PaymentFrequency.Monthly => first.AddMonths(index),
        _ => throw new DomainException("INVALID_FREQUENCY", $"Unknown payment frequency {frequency}."),
    };

    private static void RequireTotal(decimal total)
    {
        if (total <= 0m || decimal.Round(total, 2) != total)
        {
            throw new DomainException("INVALID_AMOUNT", "A plan must cover more than zero, in whole cents.");
        }
    }

    private static long ToCents(decimal amount) => (long)(amount * 100m);
}
