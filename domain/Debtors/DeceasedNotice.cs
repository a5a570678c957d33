namespace DebtHub.Domain.Debtors;

/// <summary>Notice that the debtor died; only the estate's representative may be contacted from then on.</summary>
public sealed record DeceasedNotice(DateOnly? DiedOn, string Source, DateTimeOffset ReportedAt);
