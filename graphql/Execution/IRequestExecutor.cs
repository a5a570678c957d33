using DebtHub.GraphQL.Execution.Results;

namespace DebtHub.GraphQL.Execution;

/// <summary>
/// The seam between the transports and the pipeline (parse → cache → validate → coerce variables → execute): the HTTP
/// and WebSocket transports know requests and results, never the schema model.
/// </summary>
internal interface IRequestExecutor
{
    /// <summary>
    /// Runs one request. Request errors (syntax, validation, variable coercion, operation not allowed) come back as a
    /// result without data, never as exceptions; a subscription comes back as a result with a stream.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The schema in SDL, for <c>GET /graphql?sdl</c>.</summary>
    string PrintSchema();
}
