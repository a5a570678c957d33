namespace DebtHub.Domain.Debtors;

/// <summary>A bankruptcy filing; the automatic stay (11 USC 362(a)) stops collection while it stands.</summary>
public sealed record BankruptcyFiling(int Chapter, string CaseNumber, DateOnly FiledOn, string Source, DateTimeOffset ReportedAt);
