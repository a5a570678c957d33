namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// One contact point as a provider reports it, before it becomes a candidate. Only the fields of its kind are set:
/// Phone (+ LineType); Line1..Zip; Email; EmployerName (+ Phone for the employer's number).
/// </summary>
/// <param name="Confidence">The provider's score, 0 to 100.</param>
public sealed record CandidateData(
    CandidateKind Kind,
    int Confidence,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    string? Phone = null,
    Debtors.LineType LineType = Debtors.LineType.Unknown,
    string? Line1 = null,
    string? Line2 = null,
    string? City = null,
    string? State = null,
    string? Zip = null,
    string? Email = null,
    string? EmployerName = null);

/// <summary>An indicator as a provider reports it (deceased, bankruptcy, litigious), with what it says about it.</summary>
public sealed record IndicatorData(IndicatorKind Kind, int Confidence, DateOnly? ReportedOn, string? Detail);
