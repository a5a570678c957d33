using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using DebtHub.GraphQL.Execution.Coercion;
using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Limits;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Planning;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Introspection;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DebtHub.GraphQL.Execution;

/// <summary>
/// The fixed pipeline: parse → document cache → validate → select the operation → limits → coerce variables →
/// execute (with DataLoader dispatch and a timeout). Request errors come back as results without data.
/// </summary>
internal sealed class RequestExecutor : IRequestExecutor
{
    /// <summary>Validates a document; empty when valid. Null runs no validation (tools that validate elsewhere).</summary>
    internal delegate IReadOnlyList<GraphQLError> DocumentValidation(Schema schema, DocumentNode document, int maxErrors);

    private readonly Schema _schema;
    private readonly GraphQLOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly DocumentValidation? _validate;
    private readonly object? _rootValue;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private string? _sdl;

    public RequestExecutor(
        Schema schema, GraphQLOptions options, TimeProvider timeProvider, DocumentValidation? validate, object? rootValue = null, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _schema = schema;
        _options = options;
        _timeProvider = timeProvider;
        _validate = validate;
        _rootValue = rootValue;
    }

    public Schema Schema => _schema;

    public string PrintSchema() => _sdl ??= SchemaPrinter.Print(_schema);

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var prepared = Prepare(request, out var document, out var operation);
        if (prepared is not null)
        {
            return prepared;
        }
        var variableErrors = new List<GraphQLError>();
        var variables = InputCoercion.CoerceVariableValues(_schema, operation!, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(variableErrors);
        }
        var rootType = _schema.GetRootType(operation!.Operation);
        if (rootType is null)
        {
            return ExecutionResult.FromData(null, [new GraphQLError(
                $"Schema is not configured to execute {OperationName(operation.Operation)} operation.", [LocatedException.At(operation)])]);
        }
        if (CheckLimits(document!, operation, rootType, variables) is { } limitError)
        {
            return ExecutionResult.RequestError(limitError);
        }

        var plan = document!.GetRootPlan(operation, rootType, variables);
        if (operation.Operation == OperationType.Subscription)
        {
            return await SubscribeAsync(document, operation, rootType, plan, variables, request.User, services, cancellationToken);
        }

        using var timeout = new CancellationTokenSource(_options.ExecutionTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var state = new ExecutionState(_schema, document, operation, variables, _rootValue, services, _options, _logger, linked.Token) { User = request.User };
        try
        {
            var running = Executor.ExecuteRootAsync(state, rootType, plan, serially: operation.Operation == OperationType.Mutation);
            ResultMap? data;
            if (running.IsCompletedSuccessfully)
            {
                data = running.Result;
            }
            else
            {
                var scheduler = services.GetService<DataLoaderScheduler>() ?? new DataLoaderScheduler();
                var task = running.AsTask();
                await scheduler.RunAsync(task, linked.Token);
                data = await task;
            }
            return ExecutionResult.FromData(data, state.Errors);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            ExecutionLog.TimedOut(_logger, _options.ExecutionTimeout.TotalSeconds);
            var seconds = _options.ExecutionTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            return ExecutionResult.FromData(null, [.. state.Errors, GraphQLError.WithCode(
                $"The request exceeded the execution timeout of {seconds} seconds.", ErrorCodes.Timeout)]);
        }
    }

    /// <summary>Parse, validate and choose the operation; a result when the request ends here.</summary>
    private ExecutionResult? Prepare(GraphQLRequest request, out CachedDocument? document, out OperationDefinitionNode? operation)
    {
        operation = null;
        document = GetDocument(request.Query, out var syntaxError);
        if (document is null)
        {
            return ExecutionResult.RequestError(syntaxError!);
        }
        if (document.ValidationErrors.Count > 0)
        {
            return ExecutionResult.RequestError(document.ValidationErrors);
        }
        operation = SelectOperation(document.Document, request.OperationName, out var selectError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(selectError!);
        }
        var kind = operation.Operation switch
        {
            OperationType.Query => OperationKinds.Query,
            OperationType.Mutation => OperationKinds.Mutation,
            _ => OperationKinds.Subscription,
        };
        if ((request.AllowedOperations & kind) == 0)
        {
            return ExecutionResult.RequestError(GraphQLError.WithCode(
                $"Can only perform a {OperationName(operation.Operation)} operation from a POST request.", ErrorCodes.OperationNotAllowed));
        }
        if (!_options.EnableIntrospection && UsesIntrospection(document, operation.SelectionSet, []))
        {
            return ExecutionResult.RequestError(GraphQLError.WithCode(
                "Introspection is not allowed for the current request.", ErrorCodes.IntrospectionDisabled));
        }
        return null;
    }

    private CachedDocument? GetDocument(string text, out GraphQLError? syntaxError)
    {
        syntaxError = null;
        if (_documents.TryGetValue(text, out var cached))
        {
            return cached;
        }
        DocumentNode parsed;
        try
        {
            parsed = GraphQLParser.Parse(text);
        }
        catch (GraphQLSyntaxException exception)
        {
            syntaxError = new GraphQLError(exception.Message, [new ErrorLocation(exception.Location.Line, exception.Location.Column)],
                null, new Dictionary<string, object?> { ["code"] = ErrorCodes.SyntaxError });
            return null;
        }
        var errors = _validate?.Invoke(_schema, parsed, _options.MaxValidationErrors) ?? [];
        cached = new CachedDocument(_schema, parsed, errors);
        if (_documents.Count >= _options.DocumentCacheSize)
        {
            // A full cache starts over: simple, and hostile unique documents cannot grow memory without bound.
            _documents.Clear();
        }
        _documents.TryAdd(text, cached);
        return cached;
    }

    /// <summary>graphql-js getOperation, with its messages.</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? name, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (name is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                found = operation;
            }
            else if (operation.Name?.Value == name)
            {
                return operation;
            }
        }
        if (found is null)
        {
            error = GraphQLError.WithCode(name is null ? "Must provide an operation." : $"Unknown operation named \"{name}\".", ErrorCodes.OperationNotFound);
        }
        return found;
    }

    private GraphQLError? CheckLimits(CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (_options.MaxExecutionDepth is null && _options.MaxOperationCost is null)
        {
            return null;
        }
        var limits = new OperationLimits(_schema, document.Fragments, variables, _options.DefaultListSize);
        if (_options.MaxExecutionDepth is { } maxDepth && limits.Depth(operation.SelectionSet) is var depth && depth > maxDepth)
        {
            return GraphQLError.WithCode(
                $"The operation has an execution depth of {depth}, which exceeds the maximum allowed depth of {maxDepth}.",
                ErrorCodes.MaxDepthExceeded, [LocatedException.At(operation)]);
        }
        if (_options.MaxOperationCost is { } maxCost && limits.Cost(rootType, operation.SelectionSet) is var cost && cost > maxCost)
        {
            return GraphQLError.WithCode(
                string.Create(CultureInfo.InvariantCulture, $"The operation has an estimated cost of {cost}, which exceeds the maximum allowed cost of {maxCost}."),
                ErrorCodes.MaxCostExceeded, [LocatedException.At(operation)]);
        }
        return null;
    }

    private static bool UsesIntrospection(CachedDocument document, SelectionSetNode selectionSet, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value is "__schema" or "__type":
                    return true;
                case FieldNode { SelectionSet: { } inner } when UsesIntrospection(document, inner, visited):
                    return true;
                case InlineFragmentNode inline when UsesIntrospection(document, inline.SelectionSet, visited):
                    return true;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && document.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && UsesIntrospection(document, fragment.SelectionSet, visited):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Spec §6.2.3: CreateSourceEventStream, then MapSourceToResponseEvent for every event.</summary>
    private async Task<ExecutionResult> SubscribeAsync(
        CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, FieldPlan[] plan,
        IReadOnlyDictionary<string, object?> variables, ClaimsPrincipal? user, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (plan.Length == 0)
        {
            return ExecutionResult.RequestError(new GraphQLError("Subscription operation must select a field.", [LocatedException.At(operation)]));
        }
        var field = plan[0];
        var state = new ExecutionState(_schema, document, operation, variables, _rootValue, services, _options, _logger, cancellationToken) { User = user };
        var path = ResultPath.Root(field.ResponseKey);
        object? source;
        try
        {
            var arguments = InputCoercion.CoerceArgumentValues(field.Definition.Arguments, field.Node, variables);
            var context = new ResolverContext(state, rootType, field.Definition, field.Node, _rootValue, arguments, path);
            source = field.Definition.Subscriber is { } subscriber
                ? await subscriber(context)
                : await DefaultResolvers.ResolveField(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ExecutionResult.RequestError(Executor.ToError(state, exception, field, path));
        }
        if (source is not IAsyncEnumerable<object?> stream)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                $"Subscription field must return Async Iterable. Received: {ValueInspector.Inspect(source)}.", field.Locations, path));
        }
        return ExecutionResult.FromStream(MapEventsAsync(document, operation, rootType, plan, variables, user, services, stream, cancellationToken));
    }

    private async IAsyncEnumerable<ExecutionResult> MapEventsAsync(
        CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, FieldPlan[] plan,
        IReadOnlyDictionary<string, object?> variables, ClaimsPrincipal? user, IServiceProvider services, IAsyncEnumerable<object?> stream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sourceEvent in stream.WithCancellation(cancellationToken))
        {
            // Each event is the root value of one execution of the operation's selection set, in a service scope of its
            // own: scoped state such as DataLoader caches must not carry one event's data into the next.
            var scope = services.GetService<IServiceScopeFactory>()?.CreateAsyncScope();
            try
            {
                var eventServices = scope?.ServiceProvider ?? services;
                var state = new ExecutionState(_schema, document, operation, variables, sourceEvent, eventServices, _options, _logger, cancellationToken) { User = user };
                var running = Executor.ExecuteRootAsync(state, rootType, plan, serially: false);
                ResultMap? data;
                if (running.IsCompletedSuccessfully)
                {
                    data = running.Result;
                }
                else
                {
                    var task = running.AsTask();
                    await (eventServices.GetService<DataLoaderScheduler>() ?? new DataLoaderScheduler()).RunAsync(task, cancellationToken);
                    data = await task;
                }
                yield return ExecutionResult.FromData(data, state.Errors);
            }
            finally
            {
                if (scope is { } owned)
                {
                    await owned.DisposeAsync();
                }
            }
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
