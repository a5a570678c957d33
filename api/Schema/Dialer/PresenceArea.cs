using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Collectors;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Dialer;

/// <summary>
/// Collector presence for the dialer: a collector goes available or offline (a supervisor can set anyone), the dialer
/// moves them on call when it routes a call and to wrap-up when it hangs up; every change is a period whose time adds up.
/// </summary>
internal static class PresenceArea
{
    private const string Sdl = """
        extend type Query {
          "The signed-in collector's dialer state."
          myPresence: CollectorPresence! @authorize(roles: ["collector", "supervisor", "admin"])
        }

        "Where a collector stands for the dialer: only AVAILABLE collectors are routed calls (the longest idle first)."
        type CollectorPresence {
          collectorId: ID!
          state: PresenceState!
          "When the current state began (for AVAILABLE, the start of the idle time)."
          since: DateTime!
          "The routed call they are on or wrapping up."
          callSid: String
        }

        "ON_CALL and WRAP_UP are set by the dialer: when it routes a call, and when that call hangs up."
        enum PresenceState { OFFLINE AVAILABLE ON_CALL WRAP_UP }

        input SetPresenceInput {
          "AVAILABLE or OFFLINE; AVAILABLE also ends a wrap-up."
          state: PresenceState!
          "Another collector (supervisors and admins only); the signed-in collector when absent."
          collectorId: ID
        }

        """;

    public static SchemaBuilder AddPresence(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<PresenceState>("PresenceState")
        .Bind("Query.myPresence", (FieldResolver)MyPresenceAsync)
        .Bind("CollectorPresence.collectorId", (FieldResolver)(c => new(NodeIds.Format("Collector", c.ParentAs<CollectorPresence>().CollectorId))))
        .AddDebtHubMutation(
            new MutationField("setPresence", "presence", "CollectorPresence", [])
            {
                Description = "Sets a collector available or offline for the dialer (not while on a call).",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
            },
            SetPresenceAsync);

    private static async ValueTask<object?> MyPresenceAsync(IResolverContext context)
    {
        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        var collectorId = await db.Collectors.Where(c => c.UserName == user.UserName && c.IsActive).Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new GraphQLException("Only an active collector on record has a dialer presence.", "NOT_A_COLLECTOR");
        var presence = await db.CollectorPresence.AsNoTracking().SingleOrDefaultAsync(p => p.CollectorId == collectorId, context.CancellationToken);
        return presence ?? CollectorPresence.Start(collectorId, context.Service<TimeProvider>().GetUtcNow()).Presence;
    }

    private static async Task<MutationResult> SetPresenceAsync(MutationRequest request)
    {
        var input = request.Input;
        var state = input.Enum<PresenceState>("state");
        var otherId = input.OptionalId("collectorId", "Collector");
        if (input.HasErrors || state is not { } wanted)
        {
            return request.Failure();
        }

        var collectorId = await CollectorIdAsync(request, otherId);
        var presence = await request.Db.PresenceOfAsync(collectorId, request.Now, request.CancellationToken);
        if (presence.SetByUser(wanted) is { } next)
        {
            await request.Db.MoveAsync(presence, next, presence.CallSid, request.Now, request.CancellationToken);
            request.Audit("presence.changed", "Collector", collectorId, ["state"]);
        }

        await request.SaveAsync();
        return MutationResult.Success(presence);
    }

    /// <summary>The signed-in collector, or the named one when a supervisor or admin asks.</summary>
    private static async Task<Guid> CollectorIdAsync(MutationRequest request, Guid? otherId)
    {
        var user = request.User;
        var me = await request.Db.Collectors.Where(c => c.UserName == user!.UserName && c.IsActive).Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(request.CancellationToken);
        if (otherId is not { } other || other == me)
        {
            if (me is { } id)
            {
                return id;
            }

            throw new MutationErrorException([new NotAllowedError("Only an active collector on record has a dialer presence.")]);
        }

        if (user is not { IsSupervisorOrAdmin: true } || !await request.Db.Collectors.AnyAsync(c => c.Id == other && c.IsActive, request.CancellationToken))
        {
            // One answer for "no such collector" and "not yours to set": ids reveal nothing.
            request.Input.NotFound("collectorId", "Collector", other);
            throw request.Stop();
        }

        return other;
    }
}
