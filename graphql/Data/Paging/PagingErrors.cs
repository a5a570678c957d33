using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>Paging argument errors, worded and coded as HotChocolate's so clients handle them the same way.</summary>
internal static class PagingErrors
{
    public static void CheckPageSize(IResolverContext context, string argument, int? requested, int maximum)
    {
        if (requested is not { } size)
        {
            return;
        }
        if (size < 0)
        {
            var negative = new GraphQLException($"The argument `{argument}` must be a non-negative integer.", "HC0052");
            negative.Extensions["coordinate"] = context.Field.Coordinate;
            negative.Extensions["argument"] = argument;
            throw negative;
        }
        if (size > maximum)
        {
            var tooMany = new GraphQLException("The maximum allowed items per page were exceeded.", "HC0051");
            tooMany.Extensions["coordinate"] = context.Field.Coordinate;
            tooMany.Extensions["requestedItems"] = size;
            tooMany.Extensions["maxAllowedItems"] = maximum;
            throw tooMany;
        }
    }
}
