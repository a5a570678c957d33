namespace DebtHub.Domain.Resolutions.Scheduling;

/// <summary>Money that reached the account and stayed there: a payment net of any refund, left out entirely if reversed.</summary>
public readonly record struct ReceivedPayment(DateOnly EffectiveOn, decimal Amount);
