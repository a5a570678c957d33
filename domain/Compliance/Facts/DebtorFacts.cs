namespace DebtHub.Domain.Compliance.Facts;

/// <param name="Id">The debtor's id.</param>
/// <param name="DeceasedReportedAt">When we learned the person died; contact then goes to the estate's representative.</param>
public sealed record DebtorFacts(Guid Id, DateTimeOffset? DeceasedReportedAt = null);
