using System.Security.Claims;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Authorization;

/// <summary>
/// Enforces <c>@authorize</c> by wrapping the resolver (and subscriber) of each guarded field when the schema is built,
/// so the check costs nothing on unguarded fields. A refused field resolves to null with an error, as in HotChocolate:
/// <c>AUTH_NOT_AUTHENTICATED</c> for an anonymous request, <c>AUTH_NOT_AUTHORIZED</c> for a user without the role.
/// </summary>
internal static class FieldAuthorization
{
    private const string Message = "The current user is not authorized to access this resource.";

    public static void Apply(IEnumerable<NamedType> types)
    {
        foreach (var type in types)
        {
            if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var typeRules = AuthorizeDirective.Requirements(objectType.AppliedDirectives).ToArray();
            foreach (var field in objectType.Fields)
            {
                var rules = typeRules.Concat(AuthorizeDirective.Requirements(field.AppliedDirectives)).ToArray();
                if (rules.Length == 0)
                {
                    continue;
                }

                var inner = field.Resolver ?? DefaultResolvers.ResolveField;
                field.Resolver = context =>
                {
                    Demand(context.User, rules);
                    return inner(context);
                };
                if (field.Subscriber is { } subscriber)
                {
                    field.Subscriber = context =>
                    {
                        Demand(context.User, rules);
                        return subscriber(context);
                    };
                }
            }
        }
    }

    /// <summary>Throws the field error when <paramref name="user"/> fails any of <paramref name="rules"/>.</summary>
    private static void Demand(ClaimsPrincipal? user, string[][] rules)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLException(Message, ErrorCodes.NotAuthenticated);
        }

        foreach (var roles in rules)
        {
            if (roles.Length > 0 && !Array.Exists(roles, user.IsInRole))
            {
                throw new GraphQLException(Message, ErrorCodes.NotAuthorized);
            }
        }
    }
}
