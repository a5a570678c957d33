using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Results;

namespace DebtHub.GraphQL.Tests.Transport;

/// <summary>
/// Stands in for the pipeline so transport tests can pin down what the transport does with each kind of result
/// (data, request error, stream) and what request it hands on.
/// </summary>
internal sealed class ScriptedExecutor(Func<GraphQLRequest, ExecutionResult> answer) : IRequestExecutor
{
    private readonly List<GraphQLRequest> _requests = [];

    public IReadOnlyList<GraphQLRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public string Sdl { get; init; } = "type Query {\n  hello: String\n}\n";

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
        return Task.FromResult(answer(request));
    }

    public string PrintSchema() => Sdl;

    public static ExecutionResult Data(string key, object? value)
    {
        var map = new ResultMap([key]);
        map.Set(0, value);
        return ExecutionResult.FromData(map, null);
    }
}
