namespace DebtHub.Domain.Resolutions.Scheduling;

/// <summary>What a scheduled payment turned out to be once payments and the grace period are known.</summary>
public enum ScheduledPaymentStatus
{
    /// <summary>Not yet paid in full, and its grace period has not run out.</summary>
    Scheduled,

    /// <summary>Paid in full (together with everything due before it) by its due date plus grace.</summary>
    Kept,

    /// <summary>Its grace period ran out before it was paid in full.</summary>
    Broken,
}

/// <summary>The verdict on one scheduled payment and how much of it has been paid.</summary>
public readonly record struct ScheduledPaymentVerdict(ScheduledPaymentStatus Status, decimal Paid);

/// <summary>
/// Decides which scheduled payments were kept. Money is applied oldest-due first and may arrive early or late within
/// grace: the n-th payment is kept when the money received by its due date plus grace covers it and everything due
/// before it. A payment later reversed no longer counts, so re-evaluating after an NSF can turn a kept payment broken.
/// The verdict is a pure function of the schedule, the payments and the day, so running the job twice changes nothing.
/// </summary>
public static class ScheduleEvaluator
{
    public static IReadOnlyList<ScheduledPaymentVerdict> Evaluate(
        IReadOnlyList<ScheduledPayment> schedule, IReadOnlyList<ReceivedPayment> payments, int graceDays, DateOnly today)
    {
        var verdicts = new ScheduledPaymentVerdict[schedule.Count];
        var receivedToday = ReceivedBy(payments, today);
        var dueBefore = 0m;
        for (var i = 0; i < schedule.Count; i++)
        {
            var line = schedule[i];
            var dueThrough = dueBefore + line.Amount;
            var deadline = line.DueOn.AddDays(graceDays);
            var paid = Math.Clamp(receivedToday - dueBefore, 0m, line.Amount);
            ScheduledPaymentStatus status;
            if (today > deadline)
            {
                // Only money received by the deadline counts toward keeping it; what came later is still shown as paid.
                status = ReceivedBy(payments, deadline) >= dueThrough ? ScheduledPaymentStatus.Kept : ScheduledPaymentStatus.Broken;
            }
            else
            {
                status = receivedToday >= dueThrough ? ScheduledPaymentStatus.Kept : ScheduledPaymentStatus.Scheduled;
            }

            verdicts[i] = new ScheduledPaymentVerdict(status, paid);
            dueBefore = dueThrough;
        }

        return verdicts;
    }

    private static decimal ReceivedBy(IReadOnlyList<ReceivedPayment> payments, DateOnly day)
    {
        var sum = 0m;
        foreach (var payment in payments)
        {
            if (payment.EffectiveOn <= day)
            {
                sum += payment.Amount;
            }
        }

        return sum;
    }
}
