using System.Collections;
using System.Text.Json;
using DebtHub.GraphQL.Execution.Coercion;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Planning;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Introspection;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution;

/// <summary>
/// Spec §6.3–6.4: ExecuteSelectionSet, ExecuteField, CompleteValue and null propagation. Sibling fields of a query (and
/// list items) start before any is awaited, so their async resolvers run concurrently and DataLoader batches fill;
/// mutation root fields run one after another. When a non-null position fails, <see cref="Propagate"/> travels up to
/// the nearest nullable position, which becomes null; the error is recorded once, where it happened.
/// </summary>
internal static class Executor
{
    /// <summary>Marks a value that became null at a non-null position: its parent must become null too.</summary>
    internal static readonly object Propagate = new();

    public static async ValueTask<ResultMap?> ExecuteRootAsync(ExecutionState state, ObjectType rootType, FieldPlan[] plan, bool serially)
    {
        var result = serially
            ? await ExecuteSeriallyAsync(state, rootType, state.RootValue, plan)
            : await ExecuteSelectionAsync(state, rootType, state.RootValue, plan, null);
        return result as ResultMap;
    }

    private static async ValueTask<object?> ExecuteSeriallyAsync(ExecutionState state, ObjectType type, object? source, FieldPlan[] plan)
    {
        var map = new ResultMap(Keys(plan));
        for (var i = 0; i < plan.Length; i++)
        {
            var value = await ExecuteFieldAsync(state, type, source, plan[i], null);
            if (value == Propagate)
            {
                return Propagate;
            }
            map.Set(i, value);
        }
        return map;
    }

    private static string[] Keys(FieldPlan[] plan)
    {
        var keys = new string[plan.Length];
        for (var i = 0; i < plan.Length; i++)
        {
            keys[i] = plan[i].ResponseKey;
        }
        return keys;
    }

    /// <summary>A result map, or <see cref="Propagate"/> when a non-null field of it failed.</summary>
    internal static ValueTask<object?> ExecuteSelectionAsync(ExecutionState state, ObjectType type, object? source, FieldPlan[] plan, ResultPath? path)
    {
        var map = new ResultMap(Keys(plan));
        ValueTask<object?>[]? pending = null;
        for (var i = 0; i < plan.Length; i++)
        {
            var task = ExecuteFieldAsync(state, type, source, plan[i], path);
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                if (value == Propagate)
                {
                    // graphql-js stops at the first failed non-null field when fields resolve synchronously.
                    return pending is null ? new ValueTask<object?>(Propagate) : DrainAsync(pending);
                }
                map.Set(i, value);
            }
            else
            {
                pending ??= new ValueTask<object?>[plan.Length];
                pending[i] = task;
            }
        }
        return pending is null ? new ValueTask<object?>(map) : AwaitFieldsAsync(map, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, ValueTask<object?>[] pending)
    {
        var propagate = false;
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] != default)
            {
                var value = await pending[i];
                if (value == Propagate)
                {
                    propagate = true;
                }
                map.Set(i, value);
            }
        }
        return propagate ? Propagate : map;
    }

    private static async ValueTask<object?> DrainAsync(ValueTask<object?>[] pending)
    {
        foreach (var task in pending)
        {
            if (task != default)
            {
                await task;
            }
        }
        return Propagate;
    }

    /// <summary>
    /// ExecuteField: resolve, then complete. The field's response path is built only when something needs it (a
    /// resolver context, children, or an error), so leaf fields read by the default resolver allocate nothing.
    /// </summary>
    private static async ValueTask<object?> ExecuteFieldAsync(ExecutionState state, ObjectType parentType, object? source, FieldPlan field, ResultPath? parentPath)
    {
        var definition = field.Definition;
        var returnType = definition.Type;
        if (field.IsTypeName)
        {
            return parentType.Name;
        }
        ResultPath? path = null;
        try
        {
            if (field.Resolver is null)
            {
                field.Introspection = definition.Resolver is null ? IntrospectionResolvers.For(parentType, definition, state.Schema) : null;
                field.UsesDefaultResolver = definition.Resolver is null && field.Introspection is null;
                field.Resolver = definition.Resolver ?? DefaultResolvers.ResolveField;
            }
            object? resolved;
            if (field.Introspection is { } introspection)
            {
                resolved = introspection(new IntrospectionContext(source, GetArguments(state, field), state.Schema));
            }
            else if (field.UsesDefaultResolver && definition.Arguments.Count == 0
                && DefaultResolvers.ReadProperty(source, definition.Name) is var property && property is not Delegate)
            {
                resolved = property;
            }
            else
            {
                path = PathOf(field, parentPath);
                var context = new ResolverContext(state, parentType, definition, field.Node, source, GetArguments(state, field), path);
                var resolving = field.Resolver(context);
                resolved = resolving.IsCompletedSuccessfully ? resolving.Result : await resolving;
            }
            if (!field.IsLeaf)
            {
                path ??= PathOf(field, parentPath);
            }
            var completing = CompleteValueAsync(state, returnType, parentType, field, path, resolved);
            var completed = completing.IsCompletedSuccessfully ? completing.Result : await completing;
            return completed == Propagate && returnType is not NonNullType ? null : completed;
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && state.CancellationToken.IsCancellationRequested))
        {
            state.AddError(ToError(state, exception, field, path ?? PathOf(field, parentPath)));
            return returnType is NonNullType ? Propagate : null;
        }
    }

    private static ResultPath PathOf(FieldPlan field, ResultPath? parentPath)
        => parentPath is null ? ResultPath.Root(field.ResponseKey) : parentPath.Append(field.ResponseKey);

    private static IReadOnlyDictionary<string, object?> GetArguments(ExecutionState state, FieldPlan field)
    {
        var definitions = field.Definition.Arguments;
        if (definitions.Count == 0)
        {
            return ResolverContext.Empty;
        }
        if (field.ArgumentsUseVariables)
        {
            return InputCoercion.CoerceArgumentValues(definitions, field.Node, state.Variables);
        }
        return field.ConstantArguments ??= InputCoercion.CoerceArgumentValues(definitions, field.Node, state.Variables);
    }

    private static ValueTask<object?> CompleteValueAsync(
        ExecutionState state, GraphQLType type, ObjectType parentType, FieldPlan field, ResultPath? path, object? value)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                throw new LocatedException($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.");
            }
            return CompleteValueAsync(state, nonNull.OfType, parentType, field, path, value);
        }
        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }
        switch (type)
        {
            case ScalarType scalar:
                if (value is JsonElement json && IsVerbatim(scalar, json.ValueKind))
                {
                    // Already in its serialized form: the writer copies the JSON token as is.
                    return new ValueTask<object?>(value);
                }
                var serialized = scalar.Serialize(value);
                if (serialized is null)
                {
                    throw new LocatedException(
                        $"Expected `{scalar.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null");
                }
                return new ValueTask<object?>(serialized);
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(value is JsonElement { ValueKind: JsonValueKind.String } text ? text.GetString()! : value));
            case ListType list:
                return CompleteListAsync(state, list, parentType, field, path!, value);
            case ObjectType objectType:
                return CompleteObjectAsync(state, objectType, field, path!, value);
            case InterfaceType or UnionType:
                var runtimeType = ResolveAbstractType(state, (NamedType)type, parentType, field, path!, value);
                return CompleteObjectAsync(state, runtimeType, field, path!, value);
            default:
                throw new LocatedException($"Cannot complete value of unexpected output type: \"{type}\".");
        }
    }

    /// <summary>JSON strings for String and ID, numbers for Float and booleans for Boolean serialize to themselves.</summary>
    private static bool IsVerbatim(ScalarType scalar, JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID),
        JsonValueKind.Number => ReferenceEquals(scalar, BuiltInScalars.Float),
        JsonValueKind.True or JsonValueKind.False => ReferenceEquals(scalar, BuiltInScalars.Boolean),
        _ => false,
    };

    private static ValueTask<object?> CompleteObjectAsync(ExecutionState state, ObjectType type, FieldPlan field, ResultPath path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new LocatedException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.");
        }
        var plan = state.CachePlans
            ? field.GetSubPlan(type, t => CollectSubfields(state, t, field))
            : CollectSubfields(state, type, field);
        return ExecuteSelectionAsync(state, type, value, plan, path);
    }

    private static FieldPlan[] CollectSubfields(ExecutionState state, ObjectType type, FieldPlan field)
    {
        var selectionSets = new List<Language.Ast.SelectionSetNode>(field.Nodes.Count);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }
        return state.Collector.Collect(type, selectionSets, state.Variables);
    }

    private static ObjectType ResolveAbstractType(ExecutionState state, NamedType abstractType, ObjectType parentType, FieldPlan field, ResultPath path, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? typeName;
        if (resolver is not null)
        {
            var context = new ResolverContext(state, parentType, field.Definition, field.Node, value, ResolverContext.Empty, path);
            typeName = resolver(value, context);
        }
        else if (value is JsonElement { ValueKind: JsonValueKind.Object } json)
        {
            // JSON data carries __typename as a JSON string; graphql-js's default type resolver reads exactly that.
            typeName = json.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : DefaultResolvers.ResolveType(value, null, state.Schema, abstractType);
        }
        else
        {
            typeName = DefaultResolvers.ResolveType(value, null, state.Schema, abstractType);
        }
        if (typeName is null)
        {
            throw new LocatedException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var runtimeType = state.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new LocatedException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw new LocatedException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }
        if (!state.Schema.IsSubType(abstractType, objectType))
        {
            throw new LocatedException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }
        return objectType;
    }

    private static ValueTask<object?> CompleteListAsync(ExecutionState state, ListType type, ObjectType parentType, FieldPlan field, ResultPath path, object value)
    {
        IEnumerable items;
        if (value is JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                throw NotIterable(parentType, field);
            }
            items = json.EnumerateArray();
        }
        else if (value is string || value is IDictionary || value is not IEnumerable enumerable)
        {
            throw NotIterable(parentType, field);
        }
        else
        {
            items = enumerable;
        }
        var itemType = type.OfType;
        var results = new List<object?>(value is ICollection collection ? collection.Count : value is JsonElement array ? array.GetArrayLength() : 8);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = path.Append(index);
            var task = CompleteItemAsync(state, itemType, parentType, field, itemPath, item);
            if (task.IsCompletedSuccessfully)
            {
                var completed = task.Result;
                if (completed == Propagate)
                {
                    return pending is null ? new ValueTask<object?>(Propagate) : DrainAsync(pending.Select(p => p.Task).ToArray());
                }
                results.Add(completed);
            }
            else
            {
                (pending ??= []).Add((index, task));
                results.Add(null);
            }
            index++;
        }
        return pending is null ? new ValueTask<object?>(results.ToArray()) : AwaitItemsAsync(results, pending);
    }

    private static async ValueTask<object?> AwaitItemsAsync(List<object?> results, List<(int Index, ValueTask<object?> Task)> pending)
    {
        var propagate = false;
        foreach (var (index, task) in pending)
        {
            var completed = await task;
            if (completed == Propagate)
            {
                propagate = true;
            }
            results[index] = completed;
        }
        return propagate ? Propagate : results.ToArray();
    }

    /// <summary>One list item: its errors are recorded here, and a failed nullable item becomes null.</summary>
    private static async ValueTask<object?> CompleteItemAsync(
        ExecutionState state, GraphQLType itemType, ObjectType parentType, FieldPlan field, ResultPath path, object? item)
    {
        try
        {
            var completing = CompleteValueAsync(state, itemType, parentType, field, path, item);
            var completed = completing.IsCompletedSuccessfully ? completing.Result : await completing;
            return completed == Propagate && itemType is not NonNullType ? null : completed;
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && state.CancellationToken.IsCancellationRequested))
        {
            state.AddError(ToError(state, exception, field, path));
            return itemType is NonNullType ? Propagate : null;
        }
    }

    private static LocatedException NotIterable(ObjectType parentType, FieldPlan field)
        => new($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".");

    /// <summary>A field error: the client's own words for expected failures, a generic message for bugs outside development.</summary>
    internal static GraphQLError ToError(ExecutionState state, Exception exception, FieldPlan field, ResultPath path)
    {
        switch (exception)
        {
            case LocatedException located:
                return new GraphQLError(located.Message, located.Locations ?? field.Locations, path);
            case ScalarCoercionException coercion:
                return new GraphQLError(coercion.Message, field.Locations, path);
            case GraphQLException graphQL:
                var extensions = new Dictionary<string, object?>(graphQL.Extensions);
                if (graphQL.Code is not null)
                {
                    extensions["code"] = graphQL.Code;
                }
                return new GraphQLError(graphQL.Message, field.Locations, path, extensions.Count > 0 ? extensions : null);
            default:
                ExecutionLog.ResolverFailed(state.Logger, field.Definition.Coordinate, exception);
                if (state.Options.IncludeExceptionDetails)
                {
                    return new GraphQLError(exception.Message, field.Locations, path, new Dictionary<string, object?>
                    {
                        ["code"] = ErrorCodes.UnexpectedError,
                        ["exception"] = exception.GetType().FullName,
                        ["stackTrace"] = exception.StackTrace,
                    });
                }
                return new GraphQLError("Unexpected Execution Error", field.Locations, path,
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedError });
        }
    }
}
