using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Schema.Resolutions;
using DebtHub.Api.Security;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.WorkQueue;

/// <summary>Closing follow-ups in the work queue once the collector has dealt with them.</summary>
internal static class WorkQueueMutations
{
    private const string Sdl = """
        "A follow-up the collector has dealt with (called, renegotiated...): it leaves the queue."
        input CompleteWorkItemInput {
          workItemId: ID!
        }

        """;

    public static SchemaBuilder AddWorkQueueMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("completeWorkItem", "workItem", "WorkItem", [])
            {
                Description = "Marks a work item done; it stays in the account's history.",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
            },
            CompleteAsync);

    private static async Task<MutationResult> CompleteAsync(MutationRequest request)
    {
        var input = request.Input;
        var id = input.Id("workItemId", "WorkItem");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var items = request.Db.WorkItems.Where(w => w.Id == id);
        var account = await request.OwningAccountAsync(items, w => w.AccountId, id, "workItemId", "WorkItem");
        var item = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(items, request.CancellationToken);
        item.Complete(request.Actor(), request.Now);
        request.Changed("work-item.completed", "WorkItem", item.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(item);
    }
}
