using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.Domain.SkipTracing;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.SkipTracing;
using DebtHub.Infrastructure.SkipTracing.Batch;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.SkipTracing;

/// <summary>A lookup refused because no permissible purpose was given; nothing was looked up or charged.</summary>
internal sealed record PermissiblePurposeRequiredError(string Message) : IMutationError;

/// <summary>A found address whose state or ZIP is not valid, or whose ZIP is not in its state; nothing was put on file.</summary>
internal sealed record AddressCheckFailedError(string Message) : IMutationError;

/// <summary>A batch result file with bad rows; nothing of it was recorded.</summary>
internal sealed record BatchFileRejectedError(string Message, IReadOnlyList<Dictionary<string, object?>> RowErrors) : IMutationError;

/// <summary>
/// Flagging accounts, lookups (single through the waterfall, or batch files), and the review that applies or rejects
/// results. Every lookup names a permissible purpose and records who asked.
/// </summary>
internal static class SkipTracingMutations
{
    private const string Sdl = """
        "Ask for an account to be skip-traced."
        input FlagForSkipTraceInput {
          accountId: ID!
          "Why: \"number reaches someone else\", \"debtor moved\"..."
          reason: String!
        }

        "A lookup through the configured providers, in order, until a result meets the confidence threshold. At least one purpose is required."
        input RequestSkipTraceInput {
          accountId: ID!
          fcraPurpose: FcraPurpose
          glbaPurpose: GlbaPurpose
          dppaPurpose: DppaPurpose
        }

        input ApplySkipCandidateInput {
          candidateId: ID!
        }

        input RejectSkipCandidateInput {
          candidateId: ID!
          reason: String!
        }

        "Accounts to send to a batch vendor as a file in the common CSV layout. At least one purpose is required."
        input ExportSkipTraceBatchInput {
          "A vendor configured under SkipTracing:Vendors."
          provider: String!
          accountIds: [ID!]!
          fcraPurpose: FcraPurpose
          glbaPurpose: GlbaPurpose
          dppaPurpose: DppaPurpose
        }

        input ImportSkipTraceBatchInput {
          batchId: ID!
          "The vendor's result file (CSV, the common result layout)."
          file: String!
        }

        "A file of accounts sent to a vendor."
        type SkipTraceBatch {
          id: ID!
          provider: String!
          status: SkipTraceBatchStatus!
          rowCount: Int!
          createdBy: String!
          createdAt: DateTime!
          importedAt: DateTime
        }

        enum SkipTraceBatchStatus { EXPORTED IMPORTED }

        "What importing a result file recorded."
        type SkipTraceBatchImport {
          batchId: ID!
          rows: Int!
          findings: Int!
          noHits: Int!
          tracesCompleted: Int!
        }

        "One bad row of a result file; line 1 is the header."
        type SkipTraceBatchRowError {
          line: Int!
          referenceId: String
          column: String!
          message: String!
        }

        "A lookup needs an FCRA, GLBA or DPPA permissible purpose; nothing was looked up or charged."
        type PermissiblePurposeRequiredError implements Error {
          message: String!
        }

        "A found address whose state or ZIP code is not valid, or whose ZIP is not in that state; nothing was put on file."
        type AddressCheckFailedError implements Error {
          message: String!
        }

        "The result file has bad rows; nothing of it was recorded. Fix the rows and import it again."
        type BatchFileRejectedError implements Error {
          message: String!
          rowErrors: [SkipTraceBatchRowError!]!
        }

        """;

    private static readonly string[] Workers = [Roles.Collector, Roles.Supervisor, Roles.Admin];

    public static SchemaBuilder AddSkipTracingMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<BatchStatus>("SkipTraceBatchStatus")
        .AddDebtHubMutation(
            new MutationField("flagForSkipTrace", "account", "Account", [])
            {
                Description = "Puts an account in the skip queue; the flag clears when a skip trace of it completes.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            FlagAsync)
        .AddDebtHubMutation(
            new MutationField("requestSkipTrace", "skipTrace", "SkipTrace", [nameof(PermissiblePurposeRequiredError)])
            {
                Description = "Looks the debtor of an account up through the configured providers. Results wait for review; nothing on file changes.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            RequestAsync)
        .AddDebtHubMutation(
            new MutationField("applySkipCandidate", "candidate", "SkipCandidate", [nameof(AddressCheckFailedError)])
            {
                Description = "Puts a result on file: a phone unverified and without consent (hand-dialed calls only until the consumer consents), an address once its ZIP and state agree.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "skipTrace: SkipTrace",
            },
            ApplyAsync)
        .AddDebtHubMutation(
            new MutationField("rejectSkipCandidate", "candidate", "SkipCandidate", [])
            {
                Description = "Marks a result wrong (for example, the number reaches someone else).",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "skipTrace: SkipTrace",
            },
            RejectAsync)
        .AddDebtHubMutation(
            new MutationField("exportSkipTraceBatch", "batch", "SkipTraceBatch", [nameof(PermissiblePurposeRequiredError)])
            {
                Description = "Charges the batch to the vendor's monthly budget and returns the file to send (it holds SSNs: supervisors and admins only).",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
                MoreFields = "\"The CSV file for the vendor.\"\nfile: String",
            },
            ExportAsync)
        .AddDebtHubMutation(
            new MutationField("importSkipTraceBatch", "import", "SkipTraceBatchImport", [nameof(BatchFileRejectedError)])
            {
                Description = "Reads a vendor's result file into the batch's skip traces, all or nothing.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
            },
            ImportAsync);

    private static async Task<MutationResult> FlagAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var reason = input.Text("reason", 500, required: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId", tracked: false);
        if (await request.Db.Set<SkipFlag>().AnyAsync(f => f.AccountId == accountId && f.ClearedAt == null, request.CancellationToken))
        {
            return MutationResult.Failure(new ConflictError("This account is already flagged for skip tracing.", "ALREADY_FLAGGED"));
        }

        var flag = SkipFlag.Raise(accountId, reason!, request.Actor, request.Now);
        request.Db.Add(flag);
        request.Audit("skip-trace.flagged", "Account", accountId, ["reason"], new Dictionary<string, Guid> { ["flagId"] = flag.Id });
        await request.SaveAsync();
        return MutationResult.Success(account);
    }

    private static async Task<MutationResult> RequestAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        if (Purpose(input) is not { } purpose)
        {
            return PurposeRequired();
        }

        await request.AccountAsync(accountId, "accountId", tracked: false);
        var trace = await request.Services.GetRequiredService<SkipTraceWaterfall>().TraceAsync(accountId, purpose, request.Actor, request.CancellationToken);
        request.Audit("skip-trace.requested", "Account", accountId, Purposes(purpose), new Dictionary<string, Guid> { ["skipTraceId"] = trace.Id });
        await request.SaveAsync();
        return MutationResult.Success(SkipTraceViews.Trace(trace));
    }

    private static Task<MutationResult> ApplyAsync(MutationRequest request) =>
        ReviewAsync(request, "skip-trace.applied", (review, id) => review.ApplyAsync(id, request.Actor, request.CancellationToken));

    private static Task<MutationResult> RejectAsync(MutationRequest request)
    {
        var reason = request.Input.Text("reason", 500, required: true);
        return ReviewAsync(request, "skip-trace.rejected", (review, id) => review.RejectAsync(id, request.Actor, reason!, request.CancellationToken));
    }

    private static async Task<MutationResult> ReviewAsync(MutationRequest request, string action, Func<SkipTraceReview, Guid, Task<ReviewOutcome>> review)
    {
        var input = request.Input;
        var candidateId = input.Id("candidateId", "SkipCandidate");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var service = request.Services.GetRequiredService<SkipTraceReview>();
        if (await service.OwnerOfAsync(candidateId, request.CancellationToken) is not { } owner)
        {
            input.NotFound("candidateId", "SkipCandidate", candidateId);
            return request.Failure();
        }

        await request.AccountAsync(owner.AccountId, "candidateId", tracked: false);
        ReviewOutcome outcome;
        try
        {
            outcome = await review(service, candidateId);
        }
        catch (DomainException e) when (e.Code == "ADDRESS_CHECK_FAILED")
        {
            return MutationResult.Failure(new AddressCheckFailedError(e.Message));
        }
        catch (DomainException e) when (e.Code is "CANDIDATE_REVIEWED" or "DUPLICATE_PHONE" or "DUPLICATE_ADDRESS" or "DUPLICATE_EMAIL")
        {
            return MutationResult.Failure(new ConflictError(e.Message, e.Code));
        }

        var ids = new Dictionary<string, Guid> { ["skipTraceId"] = owner.TraceId, ["candidateId"] = candidateId };
        if (outcome.ContactId is { } contactId)
        {
            ids["contactId"] = contactId;
        }

        request.Audit(action, "Account", owner.AccountId, null, ids);
        if (outcome.ContactId is not null)
        {
            await request.DebtorChangedAsync(outcome.Trace.DebtorId);
        }

        await request.SaveAsync();
        return MutationResult.Success(SkipTraceViews.Candidate(outcome.Candidate),
            new Dictionary<string, object?> { ["skipTrace"] = SkipTraceViews.Trace(outcome.Trace) });
    }

    private static async Task<MutationResult> ExportAsync(MutationRequest request)
    {
        var input = request.Input;
        var provider = input.Text("provider", 60, required: true);
        var accountIds = input.Ids("accountIds", "Account");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        if (Purpose(input) is not { } purpose)
        {
            return PurposeRequired();
        }

        try
        {
            var (batch, file) = await request.Services.GetRequiredService<SkipTraceBatchExchange>()
                .ExportAsync(provider!, accountIds, purpose, request.Actor, request.CancellationToken);
            request.Audit("skip-trace.batch-exported", "SkipTraceBatch", batch.Id, Purposes(purpose));
            await request.SaveAsync();
            return MutationResult.Success(SkipTraceViews.Batch(batch), new Dictionary<string, object?> { ["file"] = file });
        }
        catch (DomainException e) when (e.Code is "BUDGET_EXHAUSTED" or "UNKNOWN_PROVIDER")
        {
            return MutationResult.Failure(new ConflictError(e.Message, e.Code));
        }
    }

    private static async Task<MutationResult> ImportAsync(MutationRequest request)
    {
        var input = request.Input;
        var batchId = input.Id("batchId", "SkipTraceBatch");
        var file = input.Text("file", 50_000_000, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        try
        {
            var report = await request.Services.GetRequiredService<SkipTraceBatchExchange>().ImportAsync(batchId, file!, request.Actor, request.CancellationToken);
            if (!report.Imported)
            {
                return MutationResult.Failure(new BatchFileRejectedError(
                    $"{report.Errors.Count} rows of the result file are bad; nothing was recorded.", report.Errors.Select(SkipTraceViews.RowError).ToList()));
            }

            request.Audit("skip-trace.batch-imported", "SkipTraceBatch", batchId);
            await request.SaveAsync();
            return MutationResult.Success(SkipTraceViews.Import(report));
        }
        catch (DomainException e) when (e.Code == "UNKNOWN_BATCH")
        {
            input.NotFound("batchId", "SkipTraceBatch", batchId);
            return request.Failure();
        }
        catch (DomainException e) when (e.Code == "BATCH_IMPORTED")
        {
            return MutationResult.Failure(new ConflictError(e.Message, e.Code));
        }
    }

    private static PermissiblePurpose? Purpose(InputReader input)
    {
        var fcra = input.Enum<FcraPurpose>("fcraPurpose");
        var glba = input.Enum<GlbaPurpose>("glbaPurpose");
        var dppa = input.Enum<DppaPurpose>("dppaPurpose");
        return fcra is null && glba is null && dppa is null ? null : new PermissiblePurpose(fcra, glba, dppa);
    }

    private static MutationResult PurposeRequired() => MutationResult.Failure(new PermissiblePurposeRequiredError(
        "A skip-trace lookup needs a permissible purpose: fcraPurpose (15 USC 1681b), glbaPurpose (15 USC 6802(e)) or dppaPurpose (18 USC 2721(b)). Nothing was looked up."));

    /// <summary>The audit trail names the purposes given (field names only, never values of personal data).</summary>
    private static List<string> Purposes(PermissiblePurpose purpose) =>
        [.. new[] { purpose.Fcra is null ? null : $"fcra:{purpose.Fcra}", purpose.Glba is null ? null : $"glba:{purpose.Glba}", purpose.Dppa is null ? null : $"dppa:{purpose.Dppa}" }.OfType<string>()];
}
