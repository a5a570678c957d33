namespace DebtHub.Infrastructure.Import;

/// <summary>Which creditor a file comes from and the portfolio it becomes (a name is made from the file when omitted).</summary>
public sealed record PlacementImportRequest(string CreditorName, string? PortfolioName, string SourceName);

/// <summary>
/// One problem in a placement file: its line (the header is line 1; 0 for a problem with the request itself), the
/// column when there is one, and what is wrong.
/// </summary>
public sealed record PlacementError(int Line, string? Column, string Message)
{
    public override string ToString() => Line <= 0 ? Message : Column is null ? $"line {Line}: {Message}" : $"line {Line}, {Column}: {Message}";
}

/// <summary>Either every row was imported, or nothing was and <see cref="Errors"/> lists every problem found.</summary>
public sealed record PlacementImportResult(IReadOnlyList<PlacementError> Errors, Guid? PortfolioId, string? PortfolioName, int Debtors, int Accounts)
{
    public bool Succeeded => Errors.Count == 0;

    public static PlacementImportResult Failed(IReadOnlyList<PlacementError> errors) => new(errors, null, null, 0, 0);
}
