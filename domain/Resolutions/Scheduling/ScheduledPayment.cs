namespace DebtHub.Domain.Resolutions.Scheduling;

/// <summary>One amount due on one date: an installment of a plan or one payment of a promise.</summary>
public readonly record struct ScheduledPayment(DateOnly DueOn, decimal Amount);
