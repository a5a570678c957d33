using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.WorkQueue;

/// <summary>
/// A collector's next accounts to work, in priority order. Workable means open (not paid, settled or closed), without
/// an active hold, and assigned to the collector. Accounts never contacted come first (the validation notice clock
/// starts with the first communication); then the balance weighted by age, since recovery falls as a debt ages:
/// ×1 up to 180 days delinquent, ×0.6 to a year, ×0.3 to two years, ×0.1 beyond.
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
          "Why it ranks here: NEVER_CONTACTED, or BALANCE_AND_AGE."
          reason: String!
          account: Account!
        }
        """;

    private static readonly AccountStatus[] Finished = [AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed];

    public static SchemaBuilder AddWorkQueue(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
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
                NeverContacted = a.FirstCommunicationAt == null,
                Priority = (a.PrincipalBalance + a.InterestBalance + a.FeeBalance) * (a.DelinquencyDate == null || a.DelinquencyDate >= d180 ? 1.0m
                    : a.DelinquencyDate >= d365 ? 0.6m
                    : a.DelinquencyDate >= d730 ? 0.3m
                    : 0.1m),
            })
            .OrderByDescending(x => x.NeverContacted).ThenByDescending(x => x.Priority).ThenBy(x => x.Id)
            .Take(first)
            .ToListAsync(context.CancellationToken);
        var ids = ranked.Select(r => r.Id).ToArray();
        var accounts = await db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, context.CancellationToken);
        return ranked.Select((r, index) => new Dictionary<string, object?>
        {
            ["rank"] = index + 1,
            ["priority"] = decimal.Round(r.Priority, 2),
            ["reason"] = r.NeverContacted ? "NEVER_CONTACTED" : "BALANCE_AND_AGE",
            ["account"] = accounts[r.Id],
        }).ToList();
    }
}
