using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.SkipTracing;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Api.Schema.SkipTracing;

/// <summary>
/// Skip tracing as collectors and supervisors see it: the queue of accounts nobody can reach, each account's traces
/// (who asked, under which permissible purpose, what each provider cost and found, ranked), and per-provider figures.
/// </summary>
internal static class SkipTracingArea
{
    /// <summary>The audit action of a read of skip-trace results (they are personal data).</summary>
    public const string ReadSkipTrace = "read-skip-trace";

    private const string Sdl = """
        extend type Query {
          "Accounts waiting for skip tracing, highest priority first: those a collector flagged, then those never traced, then by balance weighted by age. An account is in the queue when flagged, or when no number on file can be dialed and all mail came back. Collectors see their own and their team's accounts."
          skipQueue(first: Int! = 25): [SkipQueueItem!]! @authorize(roles: ["collector", "supervisor", "admin"])
          "An account's skip traces, newest first: who asked and why, each provider asked with its cost, and the ranked results."
          skipTraces(accountId: ID!): [SkipTrace!]! @authorize(roles: ["collector", "supervisor", "admin"])
          "Hit rate and yield per provider for lookups between from (default 30 days ago) and to (default now)."
          skipTraceFigures(from: DateTime, to: DateTime): [SkipTraceProviderFigures!]! @authorize(roles: ["supervisor", "admin"])
          "Each paid provider's spend this month (UTC) against its monthly budget."
          skipTraceBudgets: [SkipTraceBudget!]! @authorize(roles: ["supervisor", "admin"])
        }

        type SkipQueueItem {
          "1 for the account to trace first."
          rank: Int!
          "A collector flagged it for skip tracing."
          flagged: Boolean!
          "No number on file can be dialed and every address returned mail."
          unreachable: Boolean!
          "The balance weighted by the debt's age."
          priority: Decimal!
          lastTracedAt: DateTime
          "A batch file holding it is with a vendor."
          awaitingBatch: Boolean!
          account: Account!
        }

        "One search for a debtor, about one account."
        type SkipTrace {
          id: ID!
          accountId: ID!
          "The user (or rule) who asked."
          requestedBy: String!
          requestedAt: DateTime!
          mode: SkipTraceMode!
          status: SkipTraceStatus!
          completedAt: DateTime
          batchId: ID
          permissiblePurpose: PermissiblePurpose!
          "What every lookup of this trace cost."
          totalCost: Decimal!
          "The best confidence among new results (results already on file do not count)."
          bestConfidence: Int
          "The providers asked, in waterfall order."
          lookups: [SkipLookup!]!
          "Results, best first. None changes the debtor's file until applied."
          candidates: [SkipCandidate!]!
          indicators: [SkipIndicator!]!
        }

        "Why the lookup was lawful; at least one is always set."
        type PermissiblePurpose {
          fcra: FcraPurpose
          glba: GlbaPurpose
          dppa: DppaPurpose
        }

        "One provider asked once."
        type SkipLookup {
          provider: String!
          "1 for the first provider of the waterfall."
          step: Int!
          outcome: SkipLookupOutcome!
          cost: Decimal!
          currency: String!
          candidateCount: Int!
          indicatorCount: Int!
          "Rows of the answer that could not be used (a malformed number, an incomplete address)."
          unusableCount: Int!
          bestConfidence: Int
          at: DateTime!
        }

        "A phone, address, email or employer a provider found."
        type SkipCandidate {
          id: ID!
          "1 for the result to try first."
          rank: Int!
          kind: SkipCandidateKind!
          status: SkipCandidateStatus!
          "The provider that found it."
          source: String!
          "0 to 100."
          confidence: Int!
          firstSeen: Date
          lastSeen: Date
          "E.164: the debtor's number, or the employer's."
          phone: String
          lineType: LineType
          address: SkipCandidateAddress
          email: String
          employerName: String
          reviewedBy: String
          reviewedAt: DateTime
          rejectionReason: String
          "The phone, address or email put on file when applied."
          appliedContactId: ID
        }

        type SkipCandidateAddress {
          line1: String
          line2: String
          city: String
          state: String
          zip: String
        }

        "A provider's report that changes how the debt may be collected; a person records it on the debtor."
        type SkipIndicator {
          kind: SkipIndicatorKind!
          source: String!
          confidence: Int!
          reportedOn: Date
          detail: String
        }

        type SkipTraceProviderFigures {
          provider: String!
          "Lookups the provider answered."
          lookups: Int!
          "Answered lookups that found something."
          hits: Int!
          "Lookups skipped for budget or rate, or failed (not charged)."
          notAnswered: Int!
          "hits / lookups."
          hitRate: Float!
          cost: Decimal!
          "Results of this provider a collector (or the rule) applied."
          appliedResults: Int!
          "Conversations with the debtor on numbers this provider found, after they were applied."
          rightPartyContacts: Int!
          "Applied numbers of this provider that reached the debtor at least once."
          numbersReachingRightParty: Int!
          "numbersReachingRightParty / lookups: the share of lookups that led to a right-party contact."
          yield: Float!
        }

        type SkipTraceBudget {
          provider: String!
          "The first day of the month."
          month: Date!
          spent: Decimal!
          budget: Decimal!
          remaining: Decimal!
          currency: String!
          lookups: Int!
        }

        enum SkipTraceMode { SINGLE BATCH }
        enum SkipTraceStatus { AWAITING_BATCH COMPLETED }
        enum SkipLookupOutcome { HIT NO_HIT BUDGET_EXHAUSTED RATE_LIMITED FAILED SENT }
        enum SkipCandidateKind { PHONE ADDRESS EMAIL EMPLOYER }
        enum SkipCandidateStatus { PENDING ALREADY_ON_FILE APPLIED REJECTED }
        enum SkipIndicatorKind { DECEASED BANKRUPTCY LITIGIOUS }
        "FCRA permissible purposes (15 USC 1681b(a)): COLLECTION_OF_ACCOUNT is 1681b(a)(3)(A)."
        enum FcraPurpose { COLLECTION_OF_ACCOUNT }
        "GLBA exceptions (15 USC 6802(e)): ENFORCE_TRANSACTION (e)(1)(A), FRAUD_PREVENTION (e)(3)(B), LEGAL_COMPLIANCE (e)(8)."
        enum GlbaPurpose { ENFORCE_TRANSACTION FRAUD_PREVENTION LEGAL_COMPLIANCE }
        "DPPA permitted uses (18 USC 2721(b)): DEBT_RECOVERY (b)(3)(B), CIVIL_PROCEEDING (b)(4)."
        enum DppaPurpose { DEBT_RECOVERY CIVIL_PROCEEDING }
        """;

    public static SchemaBuilder AddSkipTracing(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<SkipTraceMode>("SkipTraceMode")
        .BindEnum<SkipTraceStatus>("SkipTraceStatus")
        .BindEnum<LookupOutcome>("SkipLookupOutcome")
        .BindEnum<CandidateKind>("SkipCandidateKind")
        .BindEnum<CandidateStatus>("SkipCandidateStatus")
        .BindEnum<IndicatorKind>("SkipIndicatorKind")
        .BindEnum<FcraPurpose>("FcraPurpose")
        .BindEnum<GlbaPurpose>("GlbaPurpose")
        .BindEnum<DppaPurpose>("DppaPurpose")
        .Bind("Query.skipQueue", (FieldResolver)QueueAsync)
        .Bind("Query.skipTraces", (FieldResolver)TracesAsync)
        .Bind("Query.skipTraceFigures", (FieldResolver)FiguresAsync)
        .Bind("Query.skipTraceBudgets", (FieldResolver)BudgetsAsync);

    private static async ValueTask<object?> QueueAsync(IResolverContext context)
    {
        var first = Math.Clamp(context.GetArgument<int>("first"), 0, 100);
        var today = DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var db = await context.DbAsync();
        var rows = await db.Accounts.VisibleTo(db, context.CurrentUser()).SkipQueue(db, today).Take(first).ToListAsync(context.CancellationToken);
        var ids = rows.Select(r => r.AccountId).ToArray();
        var accounts = await db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, context.CancellationToken);
        return rows.Select((r, index) => new Dictionary<string, object?>
        {
            ["rank"] = index + 1,
            ["flagged"] = r.Flagged,
            ["unreachable"] = r.Unreachable,
            ["priority"] = decimal.Round(r.Priority, 2),
            ["lastTracedAt"] = r.LastTracedAt,
            ["awaitingBatch"] = r.AwaitingBatch,
            ["account"] = accounts[r.AccountId],
        }).ToList();
    }

    private static async ValueTask<object?> TracesAsync(IResolverContext context)
    {
        var accountId = NodeIds.Parse(context.GetArgument<string>("accountId"), "Account");
        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        if (!await db.Accounts.Where(a => a.Id == accountId).VisibleTo(db, user).AnyAsync(context.CancellationToken))
        {
            throw new GraphQLException("No account with that id is visible to you.", "NOT_FOUND");
        }

        var traces = await db.Set<SkipTrace>().AsNoTracking().AsSplitQuery()
            .Include(t => t.Lookups).Include(t => t.Candidates).Include(t => t.Indicators)
            .Where(t => t.AccountId == accountId).OrderByDescending(t => t.RequestedAt).ThenByDescending(t => t.Id)
            .Take(50).ToListAsync(context.CancellationToken);
        var audit = context.Service<ReadAuditLog>();
        foreach (var trace in traces)
        {
            audit.RecordRead(user, ReadSkipTrace, "SkipTrace", trace.Id);
        }

        return traces.Select(SkipTraceViews.Trace).ToList();
    }

    private static async ValueTask<object?> FiguresAsync(IResolverContext context)
    {
        var now = context.Service<TimeProvider>().GetUtcNow();
        var to = context.Arguments.TryGetValue("to", out var t) && t is DateTimeOffset end ? end : now;
        var from = context.Arguments.TryGetValue("from", out var f) && f is DateTimeOffset start ? start : to.AddDays(-30);
        if (from >= to)
        {
            throw new GraphQLException("from must be before to.", ErrorCodes.BadUserInput);
        }

        return await SkipTraceFigures.ForAsync(context.Service<NpgsqlDataSource>(), from, to, context.CancellationToken);
    }

    private static async ValueTask<object?> BudgetsAsync(IResolverContext context)
    {
        var options = context.Service<IOptions<SkipTracingOptions>>().Value;
        var month = context.Service<SkipTraceBudgets>().CurrentMonth();
        await using var db = await context.DbAsync();
        var spent = await db.Set<SkipTraceBudget>().AsNoTracking().Where(b => b.Month == month).ToDictionaryAsync(b => b.Provider, context.CancellationToken);
        return options.Vendors.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v =>
        {
            var row = spent.GetValueOrDefault(v.Key);
            var used = row?.Spent ?? 0m;
            return new Dictionary<string, object?>
            {
                ["provider"] = v.Key,
                ["month"] = month,
                ["spent"] = used,
                ["budget"] = v.Value.MonthlyBudget,
                ["remaining"] = Math.Max(0m, v.Value.MonthlyBudget - used),
                ["currency"] = v.Value.Currency,
                ["lookups"] = row?.Lookups ?? 0,
            };
        }).ToList();
    }
}
