using System.Security.Claims;
using System.Text.Json;

namespace DebtHub.GraphQL.Execution;

/// <summary>
/// A GraphQL request as a transport received it (GraphQL over HTTP "request parameters"): the document text, the
/// operation to run, the raw variable values (coerced later, per spec CoerceVariableValues) and extensions.
/// </summary>
internal sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    JsonElement? Variables = null,
    JsonElement? Extensions = null)
{
    /// <summary>Which operation types this transport may run; GET allows queries only (spec: no mutations over GET).</summary>
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;

    /// <summary>Who sent the request, as the host authenticated them (null when anonymous); read by <c>@authorize</c>.</summary>
    public ClaimsPrincipal? User { get; init; }
}

[Flags]
internal enum OperationKinds
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
