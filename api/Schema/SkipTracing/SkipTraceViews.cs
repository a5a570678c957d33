using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.SkipTracing.Batch;

namespace DebtHub.Api.Schema.SkipTracing;

/// <summary>Skip-tracing records as the GraphQL types show them (ids as node ids; nothing else is derived).</summary>
internal static class SkipTraceViews
{
    public static Dictionary<string, object?> Trace(SkipTrace trace) => new()
    {
        ["id"] = NodeIds.Format("SkipTrace", trace.Id),
        ["accountId"] = NodeIds.Format("Account", trace.AccountId),
        ["requestedBy"] = trace.RequestedBy,
        ["requestedAt"] = trace.RequestedAt,
        ["mode"] = trace.Mode,
        ["status"] = trace.Status,
        ["completedAt"] = trace.CompletedAt,
        ["batchId"] = trace.BatchId is { } batch ? NodeIds.Format("SkipTraceBatch", batch) : null,
        ["permissiblePurpose"] = new Dictionary<string, object?> { ["fcra"] = trace.FcraPurpose, ["glba"] = trace.GlbaPurpose, ["dppa"] = trace.DppaPurpose },
        ["totalCost"] = trace.TotalCost,
        ["bestConfidence"] = trace.BestConfidence,
        ["lookups"] = trace.Lookups.OrderBy(l => l.Step).Select(Lookup).ToList(),
        ["candidates"] = trace.Candidates.OrderBy(c => c.Rank).Select(Candidate).ToList(),
        ["indicators"] = trace.Indicators.OrderBy(i => i.FoundAt).ThenBy(i => i.Id).Select(Indicator).ToList(),
    };

    public static Dictionary<string, object?> Lookup(SkipLookup lookup) => new()
    {
        ["provider"] = lookup.Provider,
        ["step"] = lookup.Step,
        ["outcome"] = lookup.Outcome,
        ["cost"] = lookup.Cost,
        ["currency"] = lookup.Currency,
        ["candidateCount"] = lookup.CandidateCount,
        ["indicatorCount"] = lookup.IndicatorCount,
        ["unusableCount"] = lookup.UnusableCount,
        ["bestConfidence"] = lookup.BestConfidence,
        ["at"] = lookup.At,
    };

    public static Dictionary<string, object?> Candidate(SkipCandidate c) => new()
    {
        ["id"] = NodeIds.Format("SkipCandidate", c.Id),
        ["rank"] = c.Rank,
        ["kind"] = c.Kind,
        ["status"] = c.Status,
        ["source"] = c.Provider,
        ["confidence"] = c.Confidence,
        ["firstSeen"] = c.FirstSeen,
        ["lastSeen"] = c.LastSeen,
        ["phone"] = c.Phone,
        ["lineType"] = c.Phone is null ? null : c.LineType,
        ["address"] = c.Kind == CandidateKind.Address
            ? new Dictionary<string, object?> { ["line1"] = c.Line1, ["line2"] = c.Line2, ["city"] = c.City, ["state"] = c.State, ["zip"] = c.Zip }
            : null,
        ["email"] = c.Email,
        ["employerName"] = c.EmployerName,
        ["reviewedBy"] = c.ReviewedBy,
        ["reviewedAt"] = c.ReviewedAt,
        ["rejectionReason"] = c.RejectionReason,
        ["appliedContactId"] = c.AppliedContactId is { } id
            ? NodeIds.Format(c.Kind switch { CandidateKind.Address => "Address", CandidateKind.Email => "Email", _ => "Phone" }, id)
            : null,
    };

    public static Dictionary<string, object?> Indicator(SkipIndicator i) => new()
    {
        ["kind"] = i.Kind,
        ["source"] = i.Provider,
        ["confidence"] = i.Confidence,
        ["reportedOn"] = i.ReportedOn,
        ["detail"] = i.Detail,
    };

    public static Dictionary<string, object?> Batch(SkipTraceBatch batch) => new()
    {
        ["id"] = NodeIds.Format("SkipTraceBatch", batch.Id),
        ["provider"] = batch.Provider,
        ["status"] = batch.Status,
        ["rowCount"] = batch.RowCount,
        ["createdBy"] = batch.CreatedBy,
        ["createdAt"] = batch.CreatedAt,
        ["importedAt"] = batch.ImportedAt,
    };

    public static Dictionary<string, object?> Import(BatchImportReport report) => new()
    {
        ["batchId"] = NodeIds.Format("SkipTraceBatch", report.BatchId),
        ["rows"] = report.Rows,
        ["findings"] = report.Findings,
        ["noHits"] = report.NoHits,
        ["tracesCompleted"] = report.TracesCompleted,
    };

    public static Dictionary<string, object?> RowError(BatchRowError e) => new()
    {
        ["line"] = e.Line,
        ["referenceId"] = e.ReferenceId,
        ["column"] = e.Column,
        ["message"] = e.Message,
    };
}
