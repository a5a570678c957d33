using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Import;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.SkipTracing.Vendor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.SkipTracing.Batch;

/// <summary>
/// Batch file exchange with a vendor: export accounts in the common CSV layout (each row a skip trace awaiting the
/// vendor, the whole file charged to the month's budget at once or refused), and import the vendor's result file.
/// The export holds SSNs in clear, as vendors need them: it is handed to the caller, never written to disk or logs.
/// </summary>
public sealed partial class SkipTraceBatchExchange(
    IDbContextFactory<DebtHubDbContext> contexts,
    SkipTraceProviders providers,
    SkipTraceBudgets budgets,
    SsnProtector ssnProtector,
    Microsoft.Extensions.Options.IOptions<SkipTracingOptions> options,
    IHttpClientFactory httpClients,
    TimeProvider clock,
    ILogger<SkipTraceBatchExchange> logger)
{
    public const int MaxAccounts = 10_000;

    private static readonly Dictionary<string, CandidateKind> ContactRows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PHONE"] = CandidateKind.Phone, ["ADDRESS"] = CandidateKind.Address, ["EMAIL"] = CandidateKind.Email, ["EMPLOYER"] = CandidateKind.Employer,
    };

    public async Task<(SkipTraceBatch Batch, string File)> ExportAsync(
        string provider, IReadOnlyCollection<Guid> accountIds, PermissiblePurpose purpose, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        ArgumentNullException.ThrowIfNull(purpose);
        var checkedPurpose = PermissiblePurpose.Require(purpose.Fcra, purpose.Glba, purpose.Dppa);
        var (name, vendor) = providers.Vendor(provider);
        var ids = accountIds.Distinct().ToArray();
        if (ids.Length is 0 or > MaxAccounts)
        {
            throw new DomainException("INVALID_BATCH_SIZE", $"A batch holds 1 to {MaxAccounts} accounts.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.DebtorId }).ToListAsync(cancellationToken);
        if (accounts.Count != ids.Length)
        {
            throw new DomainException("UNKNOWN_ACCOUNT", $"{ids.Length - accounts.Count} of these accounts do not exist; nothing was exported.");
        }

        var debtorIds = accounts.Select(a => a.DebtorId).Distinct().ToArray();
        var debtors = await db.Debtors.AsNoTracking().AsSplitQuery().Include(d => d.Phones).Include(d => d.Addresses)
            .Where(d => debtorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);

        var month = budgets.CurrentMonth();
        var total = vendor.CostPerLookup * ids.Length;
        if (!await budgets.TryChargeAsync(name, month, total, vendor.Currency, vendor.MonthlyBudget, ids.Length, cancellationToken))
        {
            throw new DomainException("BUDGET_EXHAUSTED",
                $"This month's budget for {name} cannot pay for {ids.Length} lookups ({total.ToString("0.00", CultureInfo.InvariantCulture)} {vendor.Currency}); nothing was exported.");
        }

        try
        {
            var now = clock.GetUtcNow();
            var batch = SkipTraceBatch.Export(name, requestedBy, ids.Length, now);
            var file = new StringBuilder();
            BatchLayout.WriteRow(file, BatchLayout.ExportColumns);
            foreach (var account in accounts.OrderBy(a => a.Id))
            {
                var trace = SkipTrace.Start(account.Id, account.DebtorId, checkedPurpose, requestedBy, SkipTraceMode.Batch, batch.Id, now);
                trace.RecordUnanswered(name, LookupOutcome.Sent, vendor.CostPerLookup, vendor.Currency, now);
                db.Add(trace);
                var s = Providers.SkipSubjects.Of(debtors[account.DebtorId], account.Id, ssnProtector);
                BatchLayout.WriteRow(file,
                [
                    trace.Id.ToString(), s.FirstName, s.MiddleName, s.LastName, s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Ssn,
                    s.LastKnownAddress?.Line1, s.LastKnownAddress?.Line2, s.LastKnownAddress?.City, s.LastKnownAddress?.State, s.LastKnownAddress?.Zip,
                    s.Phones.FirstOrDefault(), PurposeCodes.Of(checkedPurpose.Fcra), PurposeCodes.Of(checkedPurpose.Glba), PurposeCodes.Of(checkedPurpose.Dppa),
                ]);
            }

            db.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            LogExported(logger, batch.Id, name, ids.Length);
            return (batch, file.ToString());
        }
        catch
        {
            await budgets.RefundAsync(name, month, total, ids.Length, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Sends an exported file to the vendor's batch endpoint and returns its result file (vendors with an HTTP batch API, and the sandbox).</summary>
    public async Task<string> SubmitAsync(string provider, string file, CancellationToken cancellationToken)
    {
        var (name, vendor) = providers.Vendor(provider);
        var http = httpClients.CreateClient($"skiptrace:{name}");
        http.BaseAddress = vendor.BaseUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, vendor.BatchPath) { Content = new StringContent(file, Encoding.UTF8, "text/csv") };
        HttpVendorProvider.Authenticate(request.Headers, vendor);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DomainException("VENDOR_FAILED", $"{name} refused the batch file (HTTP {(int)response.StatusCode}).");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task<BatchImportReport> ImportAsync(Guid batchId, string file, string importedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Set<SkipTraceBatch>().FromSql($"select * from skip_trace_batches where id = {batchId} for update").FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("UNKNOWN_BATCH", "No skip-trace batch has that id.");
        if (batch.Status == BatchStatus.Imported)
        {
            throw new DomainException("BATCH_IMPORTED", "This batch's result file was imported already.");
        }

        var traces = await db.Set<SkipTrace>().Include(t => t.Lookups).Include(t => t.Candidates).Include(t => t.Indicators)
            .Where(t => t.BatchId == batchId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var (rows, parsed, errors) = Parse(file, traces.Keys.ToHashSet());
        if (errors.Count > 0)
        {
            LogRejected(logger, batchId, errors.Count);
            return new BatchImportReport(batchId, false, rows, 0, 0, 0, errors);
        }

        var debtorIds = traces.Values.Select(t => t.DebtorId).Distinct().ToArray();
        var debtors = await db.Debtors.AsSplitQuery().Include(d => d.Phones).ThenInclude(p => p.Consents).Include(d => d.Addresses).Include(d => d.Emails)
            .Where(d => debtorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var vendor = providers.Vendor(batch.Provider).Options;
        int findings = 0, noHits = 0;
        foreach (var trace in traces.Values)
        {
            var found = parsed.TryGetValue(trace.Id, out var rowsOfTrace) ? rowsOfTrace : new ParsedRows();
            findings += found.Candidates.Count + found.Indicators.Count;
            var lookup = trace.RecordAnswer(batch.Provider, 0m, vendor.Currency, found.Candidates, found.Indicators, debtors[trace.DebtorId], now);
            noHits += lookup.Outcome == LookupOutcome.NoHit ? 1 : 0;
            trace.Complete(now);
            if (options.Value.AutoApplyMinimumConfidence is { } minimum)
            {
                SkipResultApplier.ApplyConfident(trace, debtors[trace.DebtorId], minimum, SkipTraceWaterfall.AutoApplyReviewer, now);
            }

            await SkipTraceWaterfall.ClearFlagAsync(db, trace.AccountId, now, cancellationToken);
        }

        batch.Imported(importedBy, rows, 0, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogImported(logger, batchId, rows, traces.Count);
        return new BatchImportReport(batchId, true, rows, findings, noHits, traces.Count, []);
    }

    private sealed class ParsedRows
    {
        public List<CandidateData> Candidates { get; } = [];

        public List<IndicatorData> Indicators { get; } = [];
    }

    private static (int Rows, Dictionary<Guid, ParsedRows> Parsed, List<BatchRowError> Errors) Parse(string file, HashSet<Guid> traceIds)
    {
        var errors = new List<BatchRowError>();
        var parsed = new Dictionary<Guid, ParsedRows>();
        var reader = new CsvRecordReader(new StringReader(file));
        string[]? header;
        try
        {
            header = reader.Read();
        }
        catch (CsvSyntaxException e)
        {
            return (0, parsed, [new BatchRowError(e.Line, null, "", e.Message)]);
        }

        var missing = BatchLayout.ResultColumns.Where(c => header is null || !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return (0, parsed, [new BatchRowError(1, null, string.Join(',', missing), $"The header lacks {string.Join(", ", missing)}: this is not a result file in the common layout.")]);
        }

        var column = BatchLayout.ResultColumns.ToDictionary(c => c, c => Array.FindIndex(header!, h => h.Equals(c, StringComparison.OrdinalIgnoreCase)));
        var rows = 0;
        while (true)
        {
            string[]? cells;
            try
            {
                cells = reader.Read();
            }
            catch (CsvSyntaxException e)
            {
                errors.Add(new BatchRowError(e.Line, null, "", e.Message));
                break;
            }

            if (cells is null)
            {
                break;
            }

            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue;
            }

            rows++;
            var line = reader.RecordLine;
            string? Cell(string name) => column[name] < cells.Length && cells[column[name]].Trim() is { Length: > 0 } v ? v : null;
            var reference = Cell("reference_id");
            void Fail(string col, string message) => errors.Add(new BatchRowError(line, reference, col, message));
            if (!Guid.TryParse(reference, out var traceId) || !traceIds.Contains(traceId))
            {
                Fail("reference_id", "This reference is not a row of this batch.");
                continue;
            }

            var type = Cell("record_type")?.ToUpperInvariant();
            var target = parsed.TryGetValue(traceId, out var existing) ? existing : parsed[traceId] = new ParsedRows();
            if (type is "NOHIT" or "REFUSED")
            {
                continue;
            }

            if (!BatchLayout.TryDate(Cell("first_seen"), out var firstSeen))
            {
                Fail("first_seen", "Not a date in yyyy-MM-dd form.");
                continue;
            }

            if (!BatchLayout.TryDate(Cell("last_seen"), out var lastSeen))
            {
                Fail("last_seen", "Not a date in yyyy-MM-dd form.");
                continue;
            }

            if (VendorFindings.IndicatorOf(type) is { } indicator)
            {
                target.Indicators.Add(new IndicatorData(indicator, 100, lastSeen ?? firstSeen, Cell("detail")));
                continue;
            }

            if (type is null || !ContactRows.TryGetValue(type, out var kind))
            {
                Fail("record_type", $"\"{type}\" is not a record type of the layout (PHONE, ADDRESS, EMAIL, EMPLOYER, DECEASED, BANKRUPTCY, LITIGIOUS, NOHIT, REFUSED).");
                continue;
            }

            if (!int.TryParse(Cell("score"), NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score > 100)
            {
                Fail("score", "A score from 0 to 100 is required.");
                continue;
            }

            var phone = Cell("phone");
            if ((kind == CandidateKind.Phone || phone is not null) && !PhoneNumber.TryParse(phone, out _, out var phoneError))
            {
                Fail("phone", phoneError!);
                continue;
            }

            if (kind == CandidateKind.Address && (Cell("address1") is null || Cell("city") is null || Cell("state") is null || Cell("zip") is null))
            {
                Fail("address1", "An address needs address1, city, state and zip.");
                continue;
            }

            if (kind == CandidateKind.Email && !EmailAddress.IsValid(Cell("email")))
            {
                Fail("email", "Not an email address.");
                continue;
            }

            if (kind == CandidateKind.Employer && Cell("employer_name") is null)
            {
                Fail("employer_name", "An employer row needs employer_name.");
                continue;
            }

            target.Candidates.Add(new CandidateData(kind, score, firstSeen, lastSeen, Phone: phone,
                LineType: kind == CandidateKind.Phone ? VendorFindings.LineTypeOf(Cell("phone_type")) : LineType.Unknown,
                Line1: Cell("address1"), Line2: Cell("address2"), City: Cell("city"), State: Cell("state"), Zip: Cell("zip"),
                Email: Cell("email"), EmployerName: Cell("employer_name")));
        }

        return (rows, parsed, errors);
    }

    [LoggerMessage(EventId = 8011, Level = LogLevel.Information, Message = "Skip-trace batch {BatchId} exported to {Provider}: {Rows} accounts")]
    private static partial void LogExported(ILogger logger, Guid batchId, string provider, int rows);

    [LoggerMessage(EventId = 8012, Level = LogLevel.Information, Message = "Skip-trace batch {BatchId} imported: {Rows} rows for {Traces} traces")]
    private static partial void LogImported(ILogger logger, Guid batchId, int rows, int traces);

    [LoggerMessage(EventId = 8013, Level = LogLevel.Warning, Message = "Skip-trace batch {BatchId} result file refused: {Errors} bad rows")]
    private static partial void LogRejected(ILogger logger, Guid batchId, int errors);
}
