namespace DebtHub.Infrastructure.SkipTracing.Batch;

/// <summary>One row of a result file that could not be read, by its line in the file (the header is line 1).</summary>
public sealed record BatchRowError(int Line, string? ReferenceId, string Column, string Message);

/// <summary>
/// What importing a result file did. Imports are all-or-nothing: with any bad row nothing is recorded and every bad row
/// is listed, so the vendor (or the person importing) can fix the file and import it again.
/// </summary>
public sealed record BatchImportReport(
    Guid BatchId, bool Imported, int Rows, int Findings, int NoHits, int TracesCompleted, IReadOnlyList<BatchRowError> Errors);
