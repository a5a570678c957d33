using System.Security.Claims;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Planning;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace DebtHub.GraphQL.Execution;

/// <summary>Everything one execution of one operation shares (graphql-js's ExecutionContext).</summary>
internal sealed class ExecutionState(
    Schema schema,
    CachedDocument document,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, object?> variables,
    object? rootValue,
    IServiceProvider services,
    GraphQLOptions options,
    ILogger logger,
    CancellationToken cancellationToken)
{
    private readonly List<GraphQLError> _errors = [];

    public Schema Schema { get; } = schema;

    public CachedDocument Document { get; } = document;

    public OperationDefinitionNode Operation { get; } = operation;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public object? RootValue { get; } = rootValue;

    public IServiceProvider Services { get; } = services;

    public GraphQLOptions Options { get; } = options;

    public ILogger Logger { get; } = logger;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Plans may be reused across requests only when no @skip/@include depends on variables.</summary>
    public bool CachePlans => !Document.HasVariableConditions;

    public FieldCollector Collector => Document.Collector;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count == 0 ? [] : [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
