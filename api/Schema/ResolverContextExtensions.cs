using DebtHub.Api.Security;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema;

internal static class ResolverContextExtensions
{
    /// <summary>The signed-in DebtHub user; fields reaching here are guarded by @authorize, so null means an unknown role.</summary>
    public static CurrentUser CurrentUser(this IResolverContext context) =>
        Security.CurrentUser.From(context.User)
        ?? throw new GraphQLException("The current user is not authorized to access this resource.", ErrorCodes.NotAuthorized);

    /// <summary>
    /// A DbContext of its own for one resolver or batch: sibling fields and batches run concurrently, and a DbContext
    /// allows one operation at a time. Contexts come from the pool, so this is cheap.
    /// </summary>
    public static ValueTask<DebtHubDbContext> DbAsync(this IResolverContext context) =>
        new(context.Services.GetRequiredService<IDbContextFactory<DebtHubDbContext>>().CreateDbContextAsync(context.CancellationToken));

    public static T Service<T>(this IResolverContext context)
        where T : notnull => context.Services.GetRequiredService<T>();

    public static T ParentAs<T>(this IResolverContext context) => (T)context.Parent!;
}
