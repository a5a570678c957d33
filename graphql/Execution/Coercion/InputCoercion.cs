using System.Text;
using System.Text.Json;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution.Coercion;

/// <summary>
/// Input coercion (spec §3.5, §3.9, §3.10, §6.1.2, §6.4.1): variable values from JSON (graphql-js coerceInputValue),
/// literals (valueFromAST) and field arguments (CoerceArgumentValues), with graphql-js's messages.
/// Coerced input objects are <see cref="Dictionary{TKey,TValue}"/>s, lists are <see cref="List{T}"/>s.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Signals "invalid" where graphql-js returns undefined.</summary>
    private static readonly object Invalid = new();

    private const int MaxVariableErrors = 50;

    public static Dictionary<string, object?> CoerceVariableValues(
        Schema schema, OperationDefinitionNode operation, JsonElement? inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxVariableErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                return coerced;
            }
            var name = definition.Variable.Name.Value;
            var type = ResolveType(schema, definition.Type);
            var typeText = Printer.Print(definition.Type);
            var location = new[] { LocatedException.At(definition) };
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.", location));
                continue;
            }
            JsonElement value = default;
            var provided = inputs is { ValueKind: JsonValueKind.Object } map && map.TryGetProperty(name, out value);
            if (!provided)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = FromLiteral(defaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{typeText}\" was not provided.", location));
                }
                continue;
            }
            if (value.ValueKind == JsonValueKind.Null && type is NonNullType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", location));
                continue;
            }
            coerced[name] = CoerceInputValue(value, type, [], (path, invalid, message) =>
            {
                var at = path.Count > 0 ? $" at \"{name}{PrintPath(path)}\"" : "";
                errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}{at}; {message}", location));
            });
        }
        return coerced;
    }

    public static GraphQLType? ResolveType(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string PrintPath(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append(segment is int index ? $"[{index}]" : "." + segment);
        }
        return text.ToString();
    }

    /// <summary>graphql-js coerceInputValue over a JSON value; errors go to <paramref name="onError"/>.</summary>
    private static object? CoerceInputValue(JsonElement value, GraphQLType type, List<object> path, Action<List<object>, object?, string> onError)
    {
        if (type is NonNullType nonNull)
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                return CoerceInputValue(value, nonNull.OfType, path, onError);
            }
            onError(path, null, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return new List<object?> { CoerceInputValue(value, list.OfType, path, onError) };
                }
                var items = new List<object?>(value.GetArrayLength());
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items.Add(CoerceInputValue(item, list.OfType, [.. path, index++], onError));
                }
                return items;
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, onError);
            case EnumType enumType:
                if (value.ValueKind != JsonValueKind.String)
                {
                    var shown = ValueInspector.Inspect(value);
                    onError(path, value, $"Enum \"{enumType.Name}\" cannot represent non-string value: {shown}." + EnumSuggestion(enumType, shown));
                    return null;
                }
                var text = value.GetString()!;
                if (enumType.GetValue(text) is { } enumValue)
                {
                    return enumValue.Value;
                }
                onError(path, value, $"Value \"{text}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, text));
                return null;
            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        onError(path, value, $"Expected type \"{scalar.Name}\".");
                    }
                    return parsed;
                }
                catch (ScalarCoercionException exception)
                {
                    onError(path, value, exception.Message);
                    return null;
                }
#pragma warning disable CA1031 // a custom scalar's failure is the client's input error, reported like graphql-js does
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    onError(path, value, $"Expected type \"{scalar.Name}\". {exception.Message}");
                    return null;
                }
            default:
                onError(path, value, $"Expected type \"{type}\".");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(
        JsonElement value, InputObjectType type, List<object> path, Action<List<object>, object?, string> onError)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            onError(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!value.TryGetProperty(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    coerced[field.Name] = FromLiteral(defaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }
                continue;
            }
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, [.. path, field.Name], onError);
        }
        foreach (var property in value.EnumerateObject())
        {
            if (type.GetField(property.Name) is null)
            {
                var suggestions = Suggestions.For(property.Name, type.Fields.Select(f => f.Name));
                onError(path, value, $"Field \"{property.Name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                var (key, only) = coerced.First();
                if (only is null)
                {
                    onError([.. path, key], null, $"Field \"{key}\" must be non-null.");
                }
            }
        }
        return coerced;
    }

    private static string EnumSuggestion(EnumType type, string unknown)
        => Suggestions.DidYouMean(Suggestions.For(unknown, type.Values.Select(v => v.Name)), "the enum value");

    /// <summary>graphql-js valueFromAST; <see cref="Invalid"/> when the literal does not fit the type.</summary>
    private static object? ValueFromAst(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return Invalid;
            }
            return variableValue is null && type is NonNullType ? Invalid : variableValue;
        }
        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Invalid : ValueFromAst(node, nonNull.OfType, variables);
        }
        if (node is NullValueNode)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return Invalid;
                            }
                            items.Add(null);
                            continue;
                        }
                        var item = ValueFromAst(itemNode, list.OfType, variables);
                        if (item == Invalid)
                        {
                            return Invalid;
                        }
                        items.Add(item);
                    }
                    return items;
                }
                var single = ValueFromAst(node, list.OfType, variables);
                return single == Invalid ? Invalid : new List<object?> { single };
            case InputObjectType inputObject:
                if (node is not ObjectValueNode objectNode)
                {
                    return Invalid;
                }
                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.DefaultValue is { } defaultValue)
                        {
                            coerced[field.Name] = FromLiteral(defaultValue, field.Type, null);
                        }
                        else if (field.Type is NonNullType)
                        {
                            return Invalid;
                        }
                        continue;
                    }
                    var fieldValue = ValueFromAst(fieldNode.Value, field.Type, variables);
                    if (fieldValue == Invalid)
                    {
                        return Invalid;
                    }
                    coerced[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null))
                {
                    return Invalid;
                }
                return coerced;
            case EnumType enumType:
                return node is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue ? enumValue.Value : Invalid;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables) ?? Invalid;
                }
#pragma warning disable CA1031 // any failure of parseLiteral means "invalid", as in graphql-js
                catch (Exception)
#pragma warning restore CA1031
                {
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>A literal known to be valid (a default value); null if it is not.</summary>
    public static object? FromLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        var value = ValueFromAst(node, type, variables);
        return value == Invalid ? null : value;
    }

    /// <summary>Spec CoerceArgumentValues; throws <see cref="LocatedException"/> with graphql-js's message.</summary>
    public static Dictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions, FieldNode field, IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argumentType = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in field.Arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }
            if (argument is null)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = FromLiteral(defaultValue, argumentType, null);
                }
                else if (argumentType is NonNullType)
                {
                    throw new LocatedException($"Argument \"{name}\" of required type \"{argumentType}\" was not provided.", field);
                }
                continue;
            }
            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        coerced[name] = FromLiteral(defaultValue, argumentType, null);
                    }
                    else if (argumentType is NonNullType)
                    {
                        throw new LocatedException(
                            $"Argument \"{name}\" of required type \"{argumentType}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && argumentType is NonNullType)
            {
                throw new LocatedException($"Argument \"{name}\" of non-null type \"{argumentType}\" must not be null.", valueNode);
            }
            var value = ValueFromAst(valueNode, argumentType, variables);
            if (value == Invalid)
            {
                throw new LocatedException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }
            coerced[name] = value;
        }
        return coerced;
    }
}
