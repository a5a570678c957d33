namespace DebtHub.Domain.Debtors;

/// <summary>Active-duty service (SCRA protections: interest caps, stays of proceedings).</summary>
public sealed record MilitaryStatus(DateOnly ActiveSince, DateOnly? ActiveUntil, string Source);
