using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.WorkItems;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.WorkQueue;

/// <summary>
/// A collector's next accounts to work, in priority order. Workable means open (not paid, settled or closed), without
/// an active hold, and assigned to the collector. Accounts with open follow-up work (a plan or promise the daily job
/// found broken) come first: the debtor is reachable and a call now can save the arrangement. Then accounts never
/// contacted (the validation notice clock starts with the first communication); then the balance weighted by age,
/// since recovery falls as a debt ages: ×1 up to 180 days delinquent, ×0.6 to a year, ×0.3 to two years, ×0.1 beyond.
/// </summary>
internal static class WorkQueueArea
{
    private const string Sdl = """
        extend type Query {
          "The accounts to work next, highest priority first: the signed-in collector's, or (supervisors, admins) those of collectorId."
          workQueue(first: Int! = 25, collectorId: ID): [WorkQueueItem!]! @authorize(roles: ["collector", "supervisor", "admin"])
        }

        type WorkQueueItem {
          "1 for the account to work first."
          rank: Int!
          "The balance weighted by the debt's age."
          priority: Decimal!
          "Why it ranks here: BROKEN_PLAN, BROKEN_PROMISE, NEVER_CONTACTED, or BALANCE_AND_AGE."
          reason: String!
          account: Account!
          "Open follow-ups on the account (broken plans and promises), oldest first."
          workItems: [WorkItem!]!
        }

        "A follow-up the daily resolution job queued: a plan or promise broke and the collector should call."
        type WorkItem {
          id: ID!
          kind: WorkItemKind!
          "Which installment or promised payment was missed, and by how much."
          reason: String!
          "The broken plan's or promise's id."
          subjectId: ID!
          createdAt: DateTime!
          completedAt: DateTime
          completedBy: String
        }

        enum WorkItemKind { BROKEN_PLAN BROKEN_PROMISE }
        """;

    private static readonly AccountStatus[] Finished = [AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed];

    public static SchemaBuilder AddWorkQueue(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<WorkItemKind>("WorkItemKind")
        .Bind("Query.workQueue", (FieldResolver)WorkQueueAsync);

    private static async ValueTask<object?> WorkQueueAsync(IResolverContext context)
    {
        var user = context.CurrentUser();
        var first = Math.Clamp(context.GetArgument<int>("first"), 0, 100);
        await using var db = await context.DbAsync();
        Guid collectorId;
        if (context.GetArgument<string?>("collectorId") is { } requested)
        {
            if (!user.IsSupervisorOrAdmin)
            {
                throw new GraphQLException("Only supervisors and admins see another collector's queue.", ErrorCodes.NotAuthorized);
            }

            collectorId = NodeIds.Parse(requested, "Collector");
        }
        else
        {
            collectorId = await db.Collectors.Where(c => c.UserName == user.UserName).Select(c => c.Id).FirstOrDefaultAsync(context.CancellationToken);
        }

        var today = DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        var (d180, d365, d730) = (today.AddDays(-180), today.AddDays(-365), today.AddDays(-730));
        var ranked = await db.Accounts.AsNoTracking()
            .Where(a => a.AssignedCollectorId == collectorId && !Finished.Contains(a.Status) && !a.Holds.Any(h => h.LiftedAt == null))
            .Select(a => new
            {
                a.Id,
                OpenWork = db.WorkItems.Where(w => w.AccountId == a.Id && w.CompletedAt == null)
                    .OrderBy(w => w.CreatedAt).Select(w => (WorkItemKind?)w.Kind).FirstOrDefault(),
                NeverContacted = a.FirstCommunicationAt == null,
                Priority = (a.PrincipalBalance + a.InterestBalance + a.FeeBalance) * (a.DelinquencyDate == null || a.DelinquencyDate >= d180 ? 1.0m
                    : a.DelinquencyDate >= d365 ? 0.6m
                    : a.DelinquencyDate >= d730 ? 0.3m
                    : 0.1m),
            })
            .OrderByDescending(x => x.OpenWork != null).ThenByDescending(x => x.NeverContacted).ThenByDescending(x => x.Priority).ThenBy(x => x.Id)
            .Take(first)
            .ToListAsync(context.CancellationToken);
        var ids = ranked.Select(r => r.Id).ToArray();
        var accounts = await db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, context.CancellationToken);
        var work = (await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.AccountId) && w.CompletedAt == null)
            .OrderBy(w => w.CreatedAt).ToListAsync(context.CancellationToken)).ToLookup(w => w.AccountId);
        return ranked.Select((r, index) => new Dictionary<string, object?>
        {
            ["rank"] = index + 1,
            ["priority"] = decimal.Round(r.Priority, 2),
            ["reason"] = r.OpenWork switch
            {
                WorkItemKind.BrokenPlan => "BROKEN_PLAN",
                WorkItemKind.BrokenPromise => "BROKEN_PROMISE",
                _ => r.NeverContacted ? "NEVER_CONTACTED" : "BALANCE_AND_AGE",
            },
            ["account"] = accounts[r.Id],
            ["workItems"] = work[r.Id].ToList(),
        }).ToList();
    }
}
