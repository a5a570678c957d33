using DebtHub.GraphQL.Execution.Errors;

namespace DebtHub.GraphQL.Execution.Results;

/// <summary>
/// What one request produced (spec §7.1 Execution Result / Request Error Result): <c>data</c> (absent for request errors,
/// null when a non-null root field failed), <c>errors</c>, and for subscriptions the response stream instead.
/// </summary>
internal sealed class ExecutionResult
{
    private static readonly IReadOnlyList<GraphQLError> NoErrors = [];

    private ExecutionResult(ResultMap? data, bool hasData, IReadOnlyList<GraphQLError>? errors, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Data = data;
        HasData = hasData;
        Errors = errors ?? NoErrors;
        Stream = stream;
    }

    public ResultMap? Data { get; }

    /// <summary>False for a request error: the response has no <c>data</c> key at all.</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The response stream of a subscription; null for queries and mutations.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Extra top-level <c>extensions</c> (e.g. cost figures); null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public bool IsRequestError => !HasData && Stream is null;

    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors) => new(data, true, errors, null);

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, false, errors, null);

    public static ExecutionResult RequestError(GraphQLError error) => new(null, false, [error], null);

    public static ExecutionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, false, null, stream);
}
